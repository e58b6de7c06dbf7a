import { describe, expect, it } from 'vitest';
import { annotateArticleWith } from './article';
import { annotateSentence } from './sentence';
import { toneOf } from './tone';
import { attachTerms, buildTermMatcher, findTerms, normalizeQuotes } from './terms';
import { content, flatTokens, overrides, sentence, sentences } from './test-helpers';
import type { Piece, TermPiece } from './types';

const entry = (id: string, ...forms: string[]) => ({ id, forms });
const terms = (pieces: Piece[]) => pieces.filter((p): p is TermPiece => p.kind === 'term');
const found = (zh: string, entries: { id: string; forms: string[] }[]) =>
  findTerms(zh, buildTermMatcher(entries)).map((m) => [m.termId, zh.slice(m.start, m.end)]);

describe('glossary matching', () => {
  it('finds every form of an entry, in reading order', () => {
    const zh = sentence('p1.s1').zh;
    expect(
      found(zh, [entry('qilu', '“齐鲁门户，医养之都”', '齐鲁门户，医养之都'), entry('bt', '排头兵')]),
    ).toEqual([
      ['bt', '排头兵'],
      ['qilu', '“齐鲁门户，医养之都”'],
    ]);
  });

  it('matches quotation marks across styles', () => {
    const m = [entry('pj', '“平急两用”')];
    expect(found(sentence('p2.s4').zh, m)).toEqual([['pj', '“平急两用”']]);
    expect(found('推进"平急两用"项目', m)).toEqual([['pj', '"平急两用"']]);
    expect(found('推进「平急两用」项目', m)).toEqual([['pj', '「平急两用」']]);
    expect(found('推进‘平急两用’项目', m)).toEqual([]); // single quotes are another class
    expect(normalizeQuotes('“a”‘b’')).toHaveLength('“a”‘b’'.length);
  });

  it('lets the longest match win and never overlaps', () => {
    const zh = sentence('p3.s3').zh; // 紧盯“342”现代化产业体系，…产业链…
    const entries = [
      entry('342', '“342”现代化产业体系'),
      entry('modern-industry', '现代化产业体系'),
      entry('chain', '产业链'),
      entry('sys', '产业体系'),
    ];
    expect(found(zh, entries)).toEqual([
      ['342', '“342”现代化产业体系'],
      ['chain', '产业链'],
      ['chain', '产业链'],
    ]);
    // overlapping at different starts: the longer wins even when it starts later
    expect(found('ABCDE', [entry('ab', 'AB'), entry('bcd', 'BCD')])).toEqual([['bcd', 'BCD']]);
    // equal length: the leftmost wins, the other is dropped
    expect(found('ABC', [entry('ab', 'AB'), entry('bc', 'BC')])).toEqual([['ab', 'AB']]);
  });

  it('splits a segmented word at a term boundary, each part keeping its pinyin', () => {
    // 济南市区县两会: 区县 is one word; a term 市区 (hypothetical) cuts 济南|市 … and 区县 in two
    const zh = sentence('k2.s1').zh;
    const a = annotateSentence('k2.s1', zh, {
      overrides,
      matcher: buildTermMatcher([entry('city-district', '市区')]),
    });
    const [t] = terms(a.pieces);
    expect(t?.text).toBe('市区');
    expect(
      t?.tokens.map((x) => (x.kind === 'word' ? x.chars.map((c) => `${c.ch}${c.py}`).join('') : x.text)),
    ).toEqual(['市shì', '区qū']);
    const rest = flatTokens(a.pieces).map((x) => x.text);
    expect(rest).toContain('县');
    expect(rest.join('')).toBe(zh);
  });

  it('splits text tokens too: the quotes belong to the term only if the form has them', () => {
    const zh = sentence('p2.s3').zh; // 坚定“项目为王”理念
    const bare = annotateSentence('p2.s3', zh, {
      overrides,
      matcher: buildTermMatcher([entry('king', '项目为王')]),
    });
    expect(terms(bare.pieces).map((t) => t.text)).toEqual(['项目为王']);
    const quoted = annotateSentence('p2.s3', zh, {
      overrides,
      matcher: buildTermMatcher([entry('king', '“项目为王”')]),
    });
    expect(terms(quoted.pieces).map((t) => t.text)).toEqual(['“项目为王”']);
    expect(terms(quoted.pieces)[0]!.tokens[0]).toEqual({ kind: 'text', text: '“' });
    for (const a of [bare, quoted])
      expect(
        flatTokens(a.pieces)
          .map((x) => x.text)
          .join(''),
      ).toBe(zh);
  });

  it('keeps adjacent occurrences of the same term apart', () => {
    const tokens = [{ kind: 'text' as const, text: 'abab' }];
    const pieces = attachTerms(tokens, [
      { termId: 'ab', start: 0, end: 2 },
      { termId: 'ab', start: 2, end: 4 },
    ]);
    expect(pieces).toEqual([
      { kind: 'term', termId: 'ab', text: 'ab', tokens: [{ kind: 'text', text: 'ab' }] },
      { kind: 'term', termId: 'ab', text: 'ab', tokens: [{ kind: 'text', text: 'ab' }] },
    ]);
  });
});

describe('annotateArticleWith', () => {
  const article = content.articles.find((a) => a.slug === 'huaiyin-2024')!;
  const matcher = buildTermMatcher([
    entry('huaiyin', '槐荫区', '槐荫'),
    entry('one-old-one-young', '“一老一小”'),
  ]);
  const annotated = annotateArticleWith(article, { overrides, matcher });

  it('annotates every sentence and gives every Han character a pinyin syllable', () => {
    expect(Object.keys(annotated.sentences)).toEqual(
      sentences.filter((s) => s.slug === article.slug).map((s) => s.id),
    );
    const missing: string[] = [];
    for (const [id, a] of Object.entries(annotated.sentences))
      for (const t of flatTokens(a.pieces))
        if (t.kind === 'word')
          for (const c of t.chars)
            if (!/^\p{Script=Latin}+$/u.test(c.py) || c.tone !== toneOf(c.py))
              missing.push(`${id} ${c.ch} "${c.py}"`);
    expect(missing).toEqual([]);
    const hanInText = sentences
      .filter((s) => s.slug === article.slug)
      .reduce((n, s) => n + (s.zh.match(/\p{Script=Han}/gu)?.length ?? 0), 0);
    const hanAnnotated = Object.values(annotated.sentences).reduce(
      (n, a) => n + flatTokens(a.pieces).reduce((m, t) => m + (t.kind === 'word' ? t.chars.length : 0), 0),
      0,
    );
    expect(hanAnnotated).toBe(hanInText);
  });

  it('lists every occurrence of every term with its block and sentence', () => {
    const count = (re: RegExp) =>
      sentences.filter((s) => s.slug === article.slug).reduce((n, s) => n + (s.zh.match(re)?.length ?? 0), 0);
    expect(annotated.occurrences.filter((o) => o.termId === 'huaiyin')).toHaveLength(count(/槐荫/g));
    expect(annotated.occurrences.filter((o) => o.termId === 'one-old-one-young')).toEqual([
      { termId: 'one-old-one-young', blockId: 'p11', sentenceId: 'p11.s6' },
    ]);
  });

  it('lists the distinct words as rendered, including words split by a term', () => {
    expect(new Set(annotated.words).size).toBe(annotated.words.length);
    expect(annotated.words).toEqual(expect.arrayContaining(['槐荫区', '刘敬涛', '增长', '一']));
    for (const w of annotated.words) expect(w).toMatch(/^\p{Script=Han}+$/u);
  });
});
