import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { officialBacking, officialProblem } from './official';
import { glossaryFileSchema, type GlossaryEntry } from './schema';

const DIR = path.join(process.cwd(), 'content', 'glossary');

/** Read directly (not through loadContent, which would throw on the first bad entry before we can list them all). */
const entries: GlossaryEntry[] = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => glossaryFileSchema.parse(JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8'))));

type Probe = Pick<GlossaryEntry, 'english' | 'sources'>;
const probe = (usedBy: string, ...sources: { publisher?: string; url: string }[]): Probe => ({
  english: { text: 'x', status: 'official', usedBy },
  sources: sources.map((s) => ({ title: 't', ...s })),
});

describe('"official" means official', () => {
  it('every official rendering is used by a Chinese government body or state outlet, with a source from it', () => {
    const official = entries.filter((e) => e.english.status === 'official');
    expect(official.length).toBeGreaterThan(20);
    const unbacked = official.filter((e) => officialProblem(e)).map((e) => `${e.id} (usedBy: ${e.english.usedBy})`);
    expect(unbacked).toEqual([]);
  });

  it('every common rendering names who uses it', () => {
    for (const e of entries.filter((x) => x.english.status === 'common')) expect(e.english.usedBy, e.id).toBeTruthy();
  });

  it('rejects a foreign wire even when it cites state media', () => {
    const reuters = probe('Reuters (citing Chinese state media)', {
      publisher: 'Reuters, reprinted on squidbusiness.fr',
      url: 'https://squidbusiness.fr/chinas-cabinet-approves-infrastructure',
    });
    expect(officialBacking(reuters)).toBeUndefined();
    expect(officialProblem(reuters)).toMatch(/common/);
  });

  it('rejects a state outlet named in usedBy with no source from it', () => {
    expect(officialBacking(probe('Xinhua', { publisher: 'Reuters', url: 'https://www.reuters.com/a' }))).toBeUndefined();
  });

  it('rejects a government named in usedBy whose source is not on gov.cn', () => {
    expect(officialBacking(probe('Ningbo government', { publisher: 'a blog', url: 'https://example.com/x' }))).toBeUndefined();
  });

  it('accepts an outlet by its own host or by a reprint that names it', () => {
    expect(officialBacking(probe('Xinhua', { url: 'https://english.news.cn/2023/a.html' }))?.user).toBe('Xinhua');
    expect(
      officialBacking(probe('China Daily', { publisher: 'China Daily (reprint on example.org)', url: 'http://example.org/a' }))
        ?.user,
    ).toBe('China Daily');
  });

  it('accepts a government body with a gov.cn source', () => {
    const b = officialBacking(probe('Jinan Municipal People’s Government (English website)', { url: 'https://english.jinan.gov.cn/a' }));
    expect(b?.url).toBe('https://english.jinan.gov.cn/a');
  });

  it('does not question common or own renderings', () => {
    expect(officialProblem({ english: { text: 'x', status: 'common', usedBy: 'Reuters' }, sources: [] })).toBeUndefined();
    expect(officialProblem({ english: { text: 'x', status: 'own' }, sources: [] })).toBeUndefined();
  });
});
