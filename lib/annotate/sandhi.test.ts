import { describe, expect, it } from 'vitest';
import { readSentence } from './sentence';
import { hanIndicesOf, overrides, sentence, sentences } from './test-helpers';
import type { CharReading } from './types';

function charsOf(zh: string): CharReading[] {
  return readSentence(zh, overrides).tokens.flatMap((t) => (t.kind === 'word' ? t.chars : []));
}

/** The char at the first occurrence of `text` in `zh`, offset `k` characters into it. */
function at(zh: string, text: string, k = 0): CharReading {
  const i = hanIndicesOf(zh, text)[0];
  if (i === undefined) throw new Error(`${text} not in ${zh}`);
  return charsOf(zh)[i + k]!;
}

describe('一 and 不: citation tone in py, spoken tone change alongside', () => {
  it('keeps the citation tones yī and bù everywhere', () => {
    for (const s of sentences)
      for (const c of charsOf(s.zh)) {
        if (c.ch === '一') expect(c.py).toBe('yī');
        if (c.ch === '不') expect(c.py).toBe('bù');
      }
  });

  it.each([
    ['p2.s5', '不断', 'bú', 0], // 不 + 4th tone
    ['l2.s2', '一份', 'yí', 0], // 一 + 4th tone
    ['p9.s1', '一个', 'yí', 0],
    ['p9.s1', '一位', 'yí', 0],
    ['p10.s4', '进一步', 'yí', 1],
    ['p5.s2', '一刻钟', 'yí', 0],
    ['t2.s1', '一流', 'yì', 0], // 一 + 2nd tone
    ['l2.s2', '这一年', 'yì', 1],
    ['p1.s2', '一般', 'yì', 0], // + 1st tone
    ['p11.s6', '一老一小', 'yì', 0], // + 3rd tone
    ['p11.s6', '一老一小', 'yì', 2],
    ['p2.s4', '一体化', 'yì', 0],
  ] as const)('%s %s → %s', (id, text, spoken, k) => {
    const c = at(sentence(id).zh, text, k);
    expect(c.spoken).toBe(spoken);
    expect(c.spokenTone).toBe(spoken.includes('í') || spoken.includes('ú') ? 2 : 4);
  });

  it.each([
    ['p8.s5', '第一', 1], // ordinal
    ['sp2.s2', '一期', 0], // 项目一期 'phase one'
  ] as const)('%s %s keeps yī (number or ordinal)', (id, text, k) => {
    expect(at(sentence(id).zh, text, k).spoken).toBeUndefined();
  });

  it.each([
    ['统一了', 1, undefined], // word-final 一
    ['十一月', 1, undefined], // after a digit
    ['一二三', 0, undefined], // before a digit
    ['看一看', 1, 'yi'], // between two identical syllables: neutral
    ['好不好', 1, 'bu'],
    ['不好', 0, undefined], // 不 before a 3rd tone stays bù
    ['就这一', 2, undefined], // nothing follows
    ['一，二', 0, undefined], // punctuation breaks the chain
  ] as const)('%s: character %i spoken %s', (zh, i, spoken) => {
    expect(charsOf(zh)[i]!.spoken).toBe(spoken);
  });

  it('fills spoken only where it differs from py', () => {
    for (const s of sentences)
      for (const c of charsOf(s.zh)) if (c.spoken !== undefined) expect(c.spoken).not.toBe(c.py);
  });
});
