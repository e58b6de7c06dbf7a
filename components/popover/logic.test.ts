import { describe, expect, it } from 'vitest';
import type { ArticleDictionary } from '@/lib/dictionary/types';
import { definitionsFor, lookupWord, orderEntries } from './logic';

const dict: ArticleDictionary = {
  version: 1,
  source: { name: 'CC-CEDICT', license: 'CC BY-SA 4.0', updated: '2026-01-04' },
  words: {
    行: {
      entries: [
        { py: 'xíng', defs: ['to walk'] },
        { py: 'háng', defs: ['row', 'profession'] },
      ],
    },
    兴济: { entries: [], fallback: ['兴', '济'] },
  },
  chars: {
    兴: [
      { py: 'xìng', defs: ['feeling'] },
      { py: 'xīng', defs: ['to rise'] },
    ],
    济: [{ py: 'jì', defs: ['to aid'] }],
  },
};

describe('word popover logic', () => {
  it('puts the reading used in the sentence first', () => {
    expect(orderEntries(dict.words['行']!.entries, 'háng').map((e) => e.py)).toEqual(['háng', 'xíng']);
    expect(orderEntries(dict.words['行']!.entries, 'xíng').map((e) => e.py)).toEqual(['xíng', 'háng']);
    expect(orderEntries(dict.words['行']!.entries, '').map((e) => e.py)).toEqual(['xíng', 'háng']);
  });

  it('falls back to characters, each with its in-context reading first', () => {
    const found = lookupWord(dict, '兴济', 'xīng jì');
    expect(found.kind).toBe('chars');
    if (found.kind !== 'chars') return;
    expect(found.chars.map((c) => [c.ch, c.entries[0]!.py])).toEqual([
      ['兴', 'xīng'],
      ['济', 'jì'],
    ]);
    expect(definitionsFor(found)).toEqual(['兴: to rise', '济: to aid']);
  });

  it('saves the in-context reading’s definitions', () => {
    expect(definitionsFor(lookupWord(dict, '行', 'háng'))).toEqual(['row', 'profession']);
    expect(lookupWord(dict, '无', 'wú').kind).toBe('none');
  });
});
