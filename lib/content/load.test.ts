import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError } from './errors';
import { loadContent } from './load';

const REAL = path.join(process.cwd(), 'content');
const FILE = 'content/articles/huaiyin-2024/article.json';
const dirs: string[] = [];

type Json = Record<string, unknown> & { blocks: { id: string; kind: string; sentences: Record<string, unknown>[] }[] };

/** A copy of the real content with the article changed by `mutate`, loaded; returns the error text. */
function loadBroken(mutate: (article: Json) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-content-'));
  dirs.push(dir);
  const content = path.join(dir, 'content');
  fs.cpSync(REAL, content, { recursive: true });
  const file = path.join(content, 'articles', 'huaiyin-2024', 'article.json');
  const article = JSON.parse(fs.readFileSync(file, 'utf8')) as Json;
  mutate(article);
  fs.writeFileSync(file, JSON.stringify(article));
  try {
    loadContent(content);
  } catch (e) {
    expect(e).toBeInstanceOf(ContentError);
    return (e as Error).message;
  }
  throw new Error('broken content loaded without an error');
}

const block = (a: Json, id: string) => a.blocks.find((b) => b.id === id)!;

afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('content validation', () => {
  it('loads the real content', () => {
    const c = loadContent(REAL);
    expect(c.articles.map((a) => a.slug)).toContain('huaiyin-2024');
    expect(c.glossary.length).toBeGreaterThan(100);
  });

  it('names file, block, sentence and field for a missing translation', () => {
    const msg = loadBroken((a) => delete block(a, 'p7').sentences[1]!.en);
    expect(msg).toContain(`${FILE}: block p7 › sentence p7.s2 › field en: English translation is missing`);
  });

  it('rejects an empty translation', () => {
    const msg = loadBroken((a) => (block(a, 'p3').sentences[0]!.en = '  '));
    expect(msg).toContain('block p3 › sentence p3.s1 › field en: English translation is empty');
  });

  it('rejects a draft flag that names an unknown block', () => {
    const msg = loadBroken((a) => (a.draftFlags = [{ block: 'p99', kind: 'alignment', message: 'align it' }]));
    expect(msg).toContain(`${FILE}: field draftFlags: unknown block reference "p99"`);
  });

  it('rejects a source URL that is not http(s)', () => {
    const msg = loadBroken((a) => ((a.meta as Record<string, unknown>).sourceUrl = 'javascript:alert(1)'));
    expect(msg).toContain('meta › field sourceUrl: source URL must be an http(s) URL');
  });

  it('rejects a misaligned sentence holding two Chinese sentences', () => {
    const msg = loadBroken((a) => {
      const b = block(a, 'p1');
      b.sentences[0]!.zh = `${String(b.sentences[0]!.zh)}${String(b.sentences[1]!.zh)}`;
    });
    expect(msg).toMatch(/block p1 › sentence p1\.s1 › field zh: misaligned/);
  });

  it('rejects duplicate block and sentence ids', () => {
    const msg = loadBroken((a) => {
      const b = block(a, 'p2');
      b.id = 'p1';
      b.sentences.forEach((s, i) => (s.id = `p1.s${i + 1}`));
    });
    expect(msg).toContain('block p1: duplicate block id');
    expect(msg).toContain('duplicate sentence id');
  });

  it('rejects an unknown block kind', () => {
    const msg = loadBroken((a) => (block(a, 'p4').kind = 'poem'));
    expect(msg).toContain('block p4 › field kind: unknown block kind "poem"');
  });

  it('rejects an unknown glossary reference', () => {
    const msg = loadBroken((a) => ((a.meta as Record<string, unknown>).keyTerms = ['no-such-term']));
    expect(msg).toContain('meta › field keyTerms: unknown glossary reference "no-such-term"');
  });

  it('rejects HTML in text', () => {
    const msg = loadBroken((a) => (block(a, 'p5').sentences[0]!.en = 'Shops <b>open</b> late.'));
    expect(msg).toContain('block p5 › sentence p5.s1 › field en: English translation contains HTML');
  });

  it('rejects an editorial note that names an unknown block', () => {
    const msg = loadBroken((a) => ((a.editorialNotes as { blocks: string[] }[])[0]!.blocks = ['p99']));
    expect(msg).toContain('unknown block reference "p99"');
  });

  describe('translation changelog', () => {
    type Tr = { version: string; date: string; changes: { version: string; date: string; en: string; zh: string }[] };
    const tr = (a: Json) => (a.meta as { translation: Tr }).translation;

    it('rejects a version raised without a changelog entry', () => {
      const msg = loadBroken((a) => (tr(a).version = '9.0.0'));
      expect(msg).toContain('the newest entry of changes must have the same version and date as the translation');
    });

    it('rejects a changelog whose newest entry has another date', () => {
      const msg = loadBroken((a) => (tr(a).changes[0]!.date = '1999-01-01'));
      expect(msg).toContain('the newest entry of changes must have the same version and date');
    });

    it('rejects entries out of order', () => {
      const msg = loadBroken((a) => {
        const t = tr(a);
        // Two older entries, the older one listed first; the newest entry stays valid.
        t.changes.push({ version: '0.8.0', date: '2026-01-01', en: 'Draft.', zh: '草稿。' });
        t.changes.push({ version: '0.9.0', date: '2026-02-01', en: 'Draft.', zh: '草稿。' });
      });
      expect(msg).toContain('changes must be listed newest first');
    });

    it('rejects a translation with no changelog', () => {
      const msg = loadBroken((a) => (tr(a).changes = []));
      expect(msg).toContain('the translation needs a changelog entry for its version');
    });
  });

  it('rejects a Traditional override that does not keep one character per character', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-content-'));
    dirs.push(dir);
    const content = path.join(dir, 'content');
    fs.cpSync(REAL, content, { recursive: true });
    const file = path.join(content, 'traditional', 'overrides.json');
    const list = [
      { text: '对接平台', trad: '對接平台發', opencc: '對接平臺', reason: 'r', example: '人才供需对接平台' },
    ];
    fs.writeFileSync(file, JSON.stringify(list));
    expect(() => loadContent(content)).toThrow(/traditional\/overrides\.json: .*field trad: trad must have exactly one character/);
  });

  it('reports every problem at once', () => {
    const msg = loadBroken((a) => {
      block(a, 'p4').kind = 'poem';
      delete block(a, 'p7').sentences[0]!.en;
    });
    expect(msg).toMatch(/Invalid content \(2 problems\)/);
  });
});
