import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkArticle } from '@/lib/content/load';
import { articleSchema } from '@/lib/content/schema';
import { AuthoringError } from './draft';
import { createArticle } from './new-article';
import { EN, META, tempProject, ZH } from './test-fixtures';

const projects: ReturnType<typeof tempProject>[] = [];
const project = (files?: Parameters<typeof tempProject>[0]) => {
  const p = tempProject(files);
  projects.push(p);
  return p;
};
afterEach(() => projects.splice(0).forEach((p) => p.cleanup()));

const run = (p: ReturnType<typeof tempProject>, extra: { slug?: string; dryRun?: boolean } = {}) =>
  createArticle({
    zhFile: p.zhFile,
    enFile: p.enFile,
    metaFile: p.metaFile,
    contentDir: p.contentDir,
    today: '2026-12-05',
    ...extra,
  });

/** Runs and returns the problems it stops with; asserts nothing was written. */
function problems(p: ReturnType<typeof tempProject>, extra?: { slug?: string }): string[] {
  const before = fs.readdirSync(path.join(p.contentDir, 'articles'));
  try {
    run(p, extra);
  } catch (e) {
    expect(e).toBeInstanceOf(AuthoringError);
    expect(fs.readdirSync(path.join(p.contentDir, 'articles'))).toEqual(before);
    return (e as AuthoringError).problems;
  }
  throw new Error('expected an AuthoringError');
}

describe('article:new — a draft from two text files', () => {
  it('writes a draft that passes the schema and checkArticle, with stable ids and paired sentences', () => {
    const p = project();
    const r = run(p);
    const file = path.join(p.contentDir, 'articles', 'sample-text', 'article.json');
    const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
    const article = articleSchema.parse(raw);
    expect(checkArticle(article, file)).toEqual([]);
    expect(article.blocks.map((b) => b.id)).toEqual(['p1', 'p2']);
    expect(article.blocks[0]!.sentences).toEqual([
      {
        id: 'p1.s1',
        zh: '回望过去的2023年，是槐荫区奋力跨越的赶超之年。',
        en: 'Looking back, 2023 was a year of catching up.',
      },
      {
        id: 'p1.s2',
        zh: '这一年来，槐荫区交出了一份份亮眼的“成绩单”。',
        en: 'Over the year, Huaiyin turned in one impressive "report card" after another.',
      },
    ]);
    expect(article.meta).toMatchObject({
      publicationYear: 2024,
      sourceUrl: 'https://example.org/a',
      sourceFile: 'zh.txt',
    });
    expect(article.meta.translation.date).toBe('2026-12-05');
    // The source is copied beside the article for article:check's fidelity comparison.
    expect(fs.readFileSync(path.join(r.dir, 'zh.txt'), 'utf8')).toBe(ZH);
  });

  it('flags a paragraph whose sentence counts differ instead of guessing', () => {
    const article = run(project()).article;
    const p2 = article.blocks[1]!;
    expect(p2.sentences).toEqual([
      {
        id: 'p2.s1',
        zh: '“我们要深化项目攻坚。”',
        en: '"We will deepen our push on projects." That was the message.',
      },
    ]);
    expect(article.draftFlags).toEqual([
      {
        block: 'p2',
        kind: 'alignment',
        message: expect.stringContaining('1 Chinese sentence but 2 English'),
      },
    ]);
  });

  it('keeps all English on the first sentence and marks the others when there are more Chinese sentences', () => {
    const p = project({ zh: '第一句。第二句。第三句。\n', en: 'Only one English sentence here.\n' });
    const article = run(p).article;
    expect(article.blocks[0]!.sentences.map((s) => [s.en, s.enMergedWithPrevious])).toEqual([
      ['Only one English sentence here.', undefined],
      [null, true],
      [null, true],
    ]);
    expect(article.draftFlags?.[0]?.message).toMatch(/p1\.s2–s3 are marked enMergedWithPrevious/);
    expect(checkArticle(article, 'x')).toEqual([]);
  });

  it('writes nothing on a dry run', () => {
    const p = project();
    expect(run(p, { dryRun: true }).written).toBe(false);
    expect(fs.readdirSync(path.join(p.contentDir, 'articles'))).toEqual([]);
  });
});

describe('article:new — bad input gets a clear message and writes nothing', () => {
  it('a missing file', () => {
    const p = project();
    fs.rmSync(p.enFile);
    expect(problems(p)).toEqual([`English text file not found: ${p.enFile}`]);
  });

  it('mismatched paragraph counts', () => {
    const p = project({ en: 'Only one paragraph.\n' });
    expect(problems(p)).toEqual([
      'paragraph counts differ: zh.txt has 2 paragraphs (lines with text), en.txt has 1',
    ]);
  });

  it('HTML or Markdown in the text', () => {
    expect(problems(project({ zh: ZH.replace('赶超之年', '<b>赶超</b>之年') }))).toEqual([
      'zh.txt line 1: contains HTML (<b>); the text must be plain',
    ]);
    expect(problems(project({ en: `# Heading\n${EN}` }))[0]).toBe(
      'en.txt line 1: contains a Markdown heading (#); the text must be plain',
    );
  });

  it('an existing slug', () => {
    const p = project();
    fs.mkdirSync(path.join(p.contentDir, 'articles', 'sample-text'));
    expect(problems(p)[0]).toMatch(/^slug "sample-text" already exists/);
    expect(problems(p, { slug: 'Bad Slug' })[0]).toMatch(/^--slug: slug must be lowercase/);
  });

  it('bad metadata: date, URL, missing field, invalid JSON', () => {
    expect(problems(project({ meta: { ...META, publicationDate: '2024-02-30' } }))).toEqual([
      expect.stringMatching(/field publicationDate: publicationDate must be a real date written YYYY-MM-DD/),
    ]);
    expect(problems(project({ meta: { ...META, publicationDate: '18 Jan 2024' } }))[0]).toMatch(
      /publicationDate/,
    );
    expect(problems(project({ meta: { ...META, url: 'javascript:alert(1)' } }))[0]).toMatch(
      /field url: url must be an http\(s\) URL/,
    );
    const noReporter: Partial<typeof META> = { ...META };
    delete noReporter.reporter;
    expect(problems(project({ meta: noReporter }))[0]).toMatch(/field reporter: reporter is missing/);
    expect(problems(project({ meta: '{"slug": "x",' }))[0]).toMatch(/meta\.json: is not valid JSON/);
  });

  it('swapped files and a Chinese line without Chinese', () => {
    const p = project({ zh: EN, en: ZH });
    expect(problems(p)).toEqual(
      expect.arrayContaining([
        'zh.txt line 1: has no Chinese characters',
        'en.txt line 1: is mostly Chinese; are the two files swapped?',
      ]),
    );
  });
});
