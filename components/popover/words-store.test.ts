import fs from 'node:fs';
import { toNumberedPinyin } from '@/lib/dictionary/pinyin';
import { describe, expect, it } from 'vitest';
import {
  ANKI_COLUMNS,
  addWord,
  parseWords,
  removeWord,
  serializeWords,
  toAnkiCsv,
  toPlecoText,
  type SavedWord,
} from './words-store';

const w = (word: string, extra: Partial<SavedWord> = {}): SavedWord => ({
  word,
  pinyin: 'píng jí',
  defs: ['flat, "level"', 'urgent'],
  sentence: '推进“平急两用”公共基础设施建设，',
  sentenceEn: 'Push ahead with "dual-use" public infrastructure,',
  href: '/en/articles/huaiyin-2024#p2.s4',
  savedAt: '2025-01-01T00:00:00.000Z',
  ...extra,
});

/** Minimal RFC 4180 reader, to check the CSV round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  return rows;
}

describe('My words storage', () => {
  it('round-trips', () => {
    const list = [w('平急'), w('两用')];
    expect(parseWords(serializeWords(list))).toEqual(list);
  });

  it('treats missing or corrupt storage as empty', () => {
    for (const raw of [null, '', '{', 'null', '42', '"x"', '{"words":5}', '[[]]'])
      expect(parseWords(raw)).toEqual([]);
  });

  it('drops invalid items and keeps the valid ones', () => {
    const good = w('平急');
    const raw = JSON.stringify({
      version: 1,
      words: [
        good,
        { ...good, word: 'abc' }, // no Han
        { ...good, word: '两用', href: 'javascript:alert(1)' }, // unsafe link
        { ...good, word: '两用', href: '//evil.example/x' },
        { ...good, word: '两用', defs: 'x' },
        { ...good, word: '两用', savedAt: 'yesterday' },
        { ...good }, // duplicate
      ],
    });
    expect(parseWords(raw)).toEqual([good]);
  });

  it('adds newest first without duplicates, and removes', () => {
    const a = addWord(addWord([], w('平急')), w('两用'));
    expect(a.map((x) => x.word)).toEqual(['两用', '平急']);
    const b = addWord(a, w('平急', { sentence: '新句子。' }));
    expect(b.map((x) => x.word)).toEqual(['平急', '两用']);
    expect(b[0]!.sentence).toBe('新句子。');
    expect(removeWord(b, '平急').map((x) => x.word)).toEqual(['两用']);
  });
});

describe('exports', () => {
  it('Anki CSV: header lines, the documented columns, quoting', () => {
    const csv = toAnkiCsv([w('平急'), w('两用', { sentenceEn: undefined })], 'https://example.org');
    const lines = csv.split('\n');
    expect(lines[0]).toBe('#separator:Comma');
    expect(lines[1]).toBe('#html:false');
    expect(lines[2]).toBe(`#columns:${ANKI_COLUMNS.join(',')}`);
    const rows = parseCsv(lines.slice(3).join('\n'));
    expect(rows).toHaveLength(2);
    for (const r of rows) expect(r).toHaveLength(ANKI_COLUMNS.length);
    expect(rows[0]).toEqual([
      '平急',
      'píng jí',
      'flat, "level"; urgent',
      '推进“平急两用”公共基础设施建设，',
      'Push ahead with "dual-use" public infrastructure,',
      'https://example.org/en/articles/huaiyin-2024#p2.s4',
    ]);
    expect(rows[1]![4]).toBe('');
  });

  it('README documents exactly these Anki columns', () => {
    const readme = fs.readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('## My words export'));
    const documented = [...section.matchAll(/^\| \d+ \| `([A-Za-z]+)` \|/gm)].map((m) => m[1]);
    expect(documented).toEqual([...ANKI_COLUMNS]);
  });

  it('Pleco: tab-separated, tone numbers', () => {
    expect(toNumberedPinyin('píng jí liǎng yòng')).toBe('ping2 ji2 liang3 yong4');
    expect(toNumberedPinyin('Jǐ nán')).toBe('Ji3 nan2');
    expect(toNumberedPinyin('lǜ de')).toBe('lu:4 de5');
    const line = toPlecoText([w('平急')]).trimEnd();
    expect(line.split('\t')).toEqual([
      '平急',
      'ping2 ji2',
      'flat, "level"; urgent — 推进“平急两用”公共基础设施建设，',
    ]);
  });
});
