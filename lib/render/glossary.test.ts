import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { GLOSSARY_CATEGORIES, type GlossaryEntry } from '@/lib/content/schema';
import { buildGlossaryIndex } from '@/lib/glossary/across';
import { renderGlossary, splitTag, type GlossaryLabels } from './glossary';

const EVIL = '"><script>alert(1)</script><img src=x onerror=alert(1)>&amp;\'';

/** Labels whose every text is `s` (templates keep their tag, so the tagged span is made). */
function labels(s: string): GlossaryLabels {
  return {
    categories: s,
    category: (c) => `${s}${c}`,
    catCount: splitTag(`${s}{name} <n>(${s}{count})</n>${s}`, 'n'),
    rendering: s,
    own: s,
    official: splitTag(`${s}<en>{who}${s}</en>${s}`, 'en'),
    common: splitTag(`${s}<en>{who}</en>`, 'en'),
    literal: s,
    confidence: s,
    conf: { confirmed: s, partial: s, unconfirmed: s },
    labelled: (label) => `${label}${s}: `,
    note: s,
    related: s,
    occurrences: s,
    noOccurrences: s,
    occurrence: (id) => `${s}${id}`,
    sources: (n) => `${s}${n}`,
    sourceMeta: (parts) => parts.join(s),
  };
}

/** An entry with `s` in every free-text field (ids and urls stay well-formed, as the schema demands). */
function entry(id: string, s: string, over: Partial<GlossaryEntry> = {}): GlossaryEntry {
  return {
    id,
    term: `术${s}`,
    forms: [`形${s}`],
    pinyin: `shu${s}`,
    literal: `lit${s}`,
    english: { text: `en${s}`, status: 'official', usedBy: `who${s}` },
    explanation: { en: `ex${s}`, zh: `释${s}` },
    category: 'policy',
    confidence: 'partial',
    note: { en: `note${s}`, zh: `注${s}` },
    related: [],
    sources: [
      {
        title: `t${s}`,
        publisher: `p${s}`,
        date: `d${s}`,
        url: `https://example.org/?q=${encodeURIComponent(s)}&a=1`,
      },
    ],
    ...over,
  };
}

function render(s: string) {
  const entries = [
    entry('a-term', s, { related: ['b-term'] }),
    entry('b-term', s, {
      english: { text: `e${s}`, status: 'common', usedBy: `u${s}` },
      confidence: 'confirmed',
    }),
    entry('c-term', s, { english: { text: `o${s}`, status: 'own' }, category: 'slogan', sources: [] }),
  ];
  const index = buildGlossaryIndex([
    {
      slug: 'art-one',
      title: { zh: `题${s}`, en: `title${s}` },
      occurrences: [{ termId: 'a-term', blockId: 'p1', sentenceId: 'p1.s2' }],
    },
  ]);
  const groups = GLOSSARY_CATEGORIES.map((category) => ({
    category,
    entries: entries.filter((e) => e.category === category),
  })).filter((g) => g.entries.length > 0);
  return renderGlossary(groups, entries, index, 'en', labels(s));
}

/** The sequence of tags opened and closed: what content must never change. */
const tagSequence = (html: string) => [...html.matchAll(/<\/?([a-zA-Z0-9]+)/g)].map((m) => m[0]);

describe('renderGlossary escapes every field', () => {
  const plain = render('x');
  const evil = render(EVIL);

  it('markup, quotes and entities in content and labels add no element and no attribute', () => {
    expect(tagSequence(evil)).toEqual(tagSequence(plain));
    expect(evil).not.toMatch(/<script|<img/);
    // Each attribute value is one quoted string: the number of `="` equals that of the plain render.
    expect(evil.split('="').length).toBe(plain.split('="').length);
    // The text arrives as written, escaped once: `&amp;` stays visible as "&amp;", the quote as &quot;.
    expect(evil).toContain('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(evil).toContain('&amp;amp;&#39;');
  });

  it('keeps the markup the filter and tests read', () => {
    expect(plain).toContain(
      '<article id="a-term" data-entry="a-term" data-zh="术x 形x" data-py="shux" data-en="enx litx" data-articles="art-one" aria-labelledby="a-term-h" class="gl-entry scroll-mt-24">',
    );
    expect(plain).toContain('data-articles="" aria-labelledby="b-term-h"');
    expect(plain).toContain(
      '<li class="gl-occ-article" data-occ-article="art-one"><cite>titlex</cite><span class="gl-occ-links"><a href="/en/articles/art-one#p1.s2" data-occurrence="art-one#p1.s2" aria-label="xp1.s2">p1.s2</a></span></li>',
    );
    // The tagged parts of messages become their elements, around escaped text.
    expect(plain).toContain('<a href="#cat-policy">xxpolicy <span class="text-muted">(x2)</span>x</a>');
    expect(plain).toContain(
      '<span class="gl-badge" data-status="official">x<span lang="en">whoxx</span>x</span>',
    );
    expect(plain).toContain('<span class="gl-badge" data-status="own">x</span>');
    expect(plain).toContain(
      '<p class="gl-related"><span class="gl-label">xx: </span><span><a href="#b-term" lang="zh-Hans">术x</a></span></p>',
    );
    // Categories in the given order, each section holding its entries.
    expect(plain.indexOf('data-category="slogan"')).toBeLessThan(plain.indexOf('data-category="policy"'));
  });
});

describe('splitTag', () => {
  it('splits a message around its one tag, and leaves a message without it whole', () => {
    expect(splitTag('Used by <en>{who}</en> (not official)', 'en')).toEqual({
      before: 'Used by ',
      inner: '{who}',
      after: ' (not official)',
    });
    expect(splitTag('{name}<n>（{count}）</n>', 'n')).toEqual({
      before: '{name}',
      inner: '（{count}）',
      after: '',
    });
    expect(splitTag('no tag <b>here</b>', 'en')).toEqual({
      before: 'no tag <b>here</b>',
      inner: '',
      after: '',
    });
  });
});

describe('the real glossary', () => {
  const { glossary } = loadContent();
  const groups = GLOSSARY_CATEGORIES.map((category) => ({
    category,
    entries: glossary.filter((e) => e.category === category),
  })).filter((g) => g.entries.length > 0);

  it.each(['en', 'zh'] as const)(
    '%s: one [data-entry] per entry, with its id, in category order',
    (locale) => {
      const html = renderGlossary(groups, glossary, buildGlossaryIndex([]), locale, labels('L'));
      const ids = [...html.matchAll(/<article id="([^"]+)" data-entry="([^"]+)"/g)].map((m) => {
        expect(m[1]).toBe(m[2]);
        return m[1];
      });
      expect(ids).toEqual(groups.flatMap((g) => g.entries.map((e) => e.id)));
      expect(new Set(ids).size).toBe(glossary.length);
    },
  );
});
