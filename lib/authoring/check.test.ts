import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '@/lib/content/schema';
import { checkArticleForEditor, type CheckReport } from './check';
import { formatCheckReport } from './check-format';
import { createArticle } from './new-article';
import { tempProject } from './test-fixtures';

/** A two-paragraph draft in a temporary content folder, aligned one to one, then edited per test. */
const ZH =
  '今年新增城镇就业1.73万人以上，打造四大板块。\n“我们要深化项目攻坚。”刘敬涛表示，要推进“平急两用”设施建设。\n';
const EN =
  'This year there will be 17,300 or more new urban jobs, and four major sectors.\n"We will deepen our push on projects." Liu Jingtao said the district would advance "dual-use" facilities.\n';
const GLOSSARY = [
  {
    id: 'ping-ji-liang-yong',
    term: '“平急两用”',
    forms: ['“平急两用”公共基础设施'],
    pinyin: 'píng jí liǎng yòng',
    literal: 'normal-emergency dual use',
    english: { text: 'dual-use', status: 'own' },
    explanation: { en: 'Facilities that serve daily life and emergencies.', zh: '平时与应急两用的设施。' },
    category: 'policy',
    confidence: 'confirmed',
  },
];

const projects: ReturnType<typeof tempProject>[] = [];
afterEach(() => projects.splice(0).forEach((p) => p.cleanup()));

function setup(edit?: (a: Article) => void) {
  const p = tempProject({ zh: ZH, en: EN });
  projects.push(p);
  fs.mkdirSync(path.join(p.contentDir, 'glossary'));
  fs.writeFileSync(path.join(p.contentDir, 'glossary', 'policy.json'), JSON.stringify(GLOSSARY));
  const { dir } = createArticle({
    zhFile: p.zhFile,
    enFile: p.enFile,
    metaFile: p.metaFile,
    contentDir: p.contentDir,
  });
  const file = path.join(dir, 'article.json');
  if (edit) {
    const a = JSON.parse(fs.readFileSync(file, 'utf8')) as Article;
    edit(a);
    fs.writeFileSync(file, JSON.stringify(a));
  }
  return { ...p, file, dir };
}

const check = (p: { contentDir: string }, slug = 'sample-text') =>
  checkArticleForEditor({ slug, contentDir: p.contentDir, inDictionary: () => (w) => w !== '板块' });
const errors = (r: CheckReport) =>
  r.findings.filter((f) => f.severity === 'error').map((f) => `${f.section}: ${f.message}`);
const warnings = (r: CheckReport) =>
  r.findings.filter((f) => f.severity === 'warning').map((f) => `${f.section}: ${f.message}`);

describe('article:check', () => {
  it('passes a clean draft with warnings only, and reports what it checked', () => {
    const r = check(setup());
    expect(errors(r)).toEqual([]);
    expect(r.fidelity?.identical).toBe(true);
    expect(r.numbersChecked).toBe(2);
    expect(warnings(r)).toEqual(
      expect.arrayContaining([
        'metadata: translation version 0.1.0 marks a draft: set 1.0.0 once reviewed',
        expect.stringMatching(/^pinyin: \d+ polyphonic occurrences/),
      ]),
    );
    const text = formatCheckReport(r);
    expect(text).toMatch(/Fidelity to .*zh\.txt: identical/);
    expect(text).toMatch(/0 errors, \d+ warnings/);
  });

  it('lists glossary candidates, and a glossary term that occurs without a matching form', () => {
    const r = check(setup());
    const byText = new Map(r.glossary!.candidates.map((c) => [c.text, c]));
    expect(byText.get('四大板块')?.reasons).toEqual(['numbered formula']);
    expect(byText.get('板块')?.reasons).toEqual(['not in CC-CEDICT']);
    expect(byText.get('平急两用')?.termId).toBe('ping-ji-liang-yong');
    expect(warnings(r)).toContain(
      'glossary: "平急两用" of glossary entry ping-ji-liang-yong occurs but no form matches it: add the form',
    );
  });

  it('errors on a draft flag left in place', () => {
    const p = tempProject({ zh: '第一句。第二句。\n', en: 'Only one.\n' });
    projects.push(p);
    createArticle({ zhFile: p.zhFile, enFile: p.enFile, metaFile: p.metaFile, contentDir: p.contentDir });
    expect(errors(check(p))).toEqual([
      expect.stringMatching(/^validation: draft flag \(alignment\): 2 Chinese sentences but 1 English/),
    ]);
  });

  it('errors when the Chinese no longer matches the source, or a number is not carried', () => {
    const r = check(
      setup((a) => {
        a.blocks[0]!.sentences[0]!.zh = a.blocks[0]!.sentences[0]!.zh.replace('1.73万', '1.74万');
        a.blocks[1]!.sentences[0]!.zh = '“我们要深化项目攻艰。”';
      }),
    );
    expect(errors(r)).toEqual([
      expect.stringMatching(
        /^fidelity: the Chinese differs from the source at character 12: source …年新增城镇就业1\.73万.* article …年新增城镇就业1\.74万/,
      ),
      'numbers: 1.74万 is not in the English (expected "17,400")',
    ]);
  });

  it('warns when a Chinese numeral is not carried', () => {
    const r = check(
      setup(
        (a) => (a.blocks[0]!.sentences[0]!.en = 'This year there will be 17,300 or more new urban jobs.'),
      ),
    );
    expect(warnings(r)).toContain('numbers: 四 is not in the English (expected "4" or "four")');
  });

  it('accepts the editorial repairs as expected differences', () => {
    const r = check(
      setup((a) => {
        a.blocks[1]!.sentences[1]!.zh = a.blocks[1]!.sentences[1]!.zh.replace('推进', '推动');
        a.editorialNotes.push({
          id: 'n1',
          kind: 'replace',
          blocks: ['p2'],
          en: 'A repair.',
          zh: '修正。',
          source: '推进',
          text: '推动',
        });
      }),
    );
    expect(errors(r)).toEqual([]);
    expect(r.fidelity?.repairs).toEqual(['note n1 (replace): the source\'s "推进" reads "推动"']);
  });

  it('bad input: unknown slug, invalid JSON, schema problems, missing source', () => {
    const p = setup();
    expect(errors(check(p, 'no-such-article'))).toEqual([
      'validation: unknown slug "no-such-article": no articles/no-such-article/article.json (articles: sample-text)',
    ]);
    fs.writeFileSync(p.file, '{"slug": "sample-text",');
    expect(errors(check(p))).toEqual([expect.stringMatching(/^validation: article\.json is not valid JSON/)]);
    fs.writeFileSync(
      p.file,
      JSON.stringify({ slug: 'sample-text', meta: {}, editorialNotes: [], blocks: [] }),
    );
    expect(errors(check(p)).length).toBeGreaterThan(3);
    const q = setup();
    fs.rmSync(path.join(q.dir, 'zh.txt'));
    expect(errors(check(q))).toEqual([expect.stringMatching(/^fidelity: source file not found/)]);
  });
});
