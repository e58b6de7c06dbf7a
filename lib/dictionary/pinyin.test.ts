import { describe, expect, it } from 'vitest';
import { markSyllable, numberedToMarked, plainPinyin, tidyDefinition } from './pinyin';

describe('CC-CEDICT pinyin to tone marks', () => {
  it('puts the mark where pinyin orthography does', () => {
    expect(numberedToMarked('fa1 zhan3')).toBe('fā zhǎn');
    expect(numberedToMarked('Huai2 yin1')).toBe('Huái yīn');
    expect(markSyllable('gou4')).toBe('gòu');
    expect(markSyllable('liu2')).toBe('liú');
    expect(markSyllable('gui4')).toBe('guì');
    expect(markSyllable('lu:3')).toBe('lǚ');
    expect(markSyllable('nu:e4')).toBe('nüè');
    expect(markSyllable('Ou1')).toBe('Ōu');
    expect(markSyllable('me5')).toBe('me');
    expect(markSyllable('r5')).toBe('r');
    expect(markSyllable('A')).toBe('A');
  });

  it('tidies cross-references', () => {
    expect(tidyDefinition('variant of 什麼|什么[shen2 me5]')).toBe('variant of 什么 [shén me]');
    expect(tidyDefinition('see 大家[da4 jia1]')).toBe('see 大家 [dà jiā]');
    expect(tidyDefinition('percent (Tw)')).toBe('percent (Tw)');
  });

  it('plain pinyin drops tones, case and spaces', () => {
    expect(plainPinyin('Píng jí liǎng yòng')).toBe('pingjiliangyong');
    expect(plainPinyin('lǚ')).toBe('lu');
  });
});
