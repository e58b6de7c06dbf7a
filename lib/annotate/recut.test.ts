import { describe, expect, it } from 'vitest';
import { buildLexicon, MAX_WORD } from './lexicon';
import { recutTokens } from './recut';
import { toneOf } from './tone';
import type { Token, WordToken } from './types';

/** A word token from its text and one tone-marked syllable per character. */
function word(text: string, pinyin: string): WordToken {
  const py = pinyin.split(' ');
  return { kind: 'word', text, chars: [...text].map((ch, i) => ({ ch, py: py[i]!, tone: toneOf(py[i]!) })) };
}

const texts = (tokens: readonly Token[]) => tokens.map((t) => t.text);

// pinyin-pro's cut of this name, as the reader showed it before
const PBOC = [
  word('中', 'zhōng'),
  word('国', 'guó'),
  word('人民', 'rén mín'),
  word('银', 'yín'),
  word('行货', 'háng huò'),
  word('币', 'bì'),
  word('政策', 'zhèng cè'),
  word('委员会', 'wěi yuán huì'),
];
const LEXICON = buildLexicon([
  ['中国', 'Zhong1 guo2'],
  ['中国人民银行', 'Zhong1 guo2 Ren2 min2 Yin2 hang2'],
  ['人民', 'ren2 min2'],
  ['银行', 'yin2 hang2'],
  ['行货', 'xing2 huo4'],
  ['货币', 'huo4 bi4'],
  ['政策', 'zheng4 ce4'],
  ['委员', 'wei3 yuan2'],
  ['委员会', 'wei3 yuan2 hui4'],
]);

describe('recutTokens', () => {
  it('re-cuts a run into the fewest dictionary words', () => {
    expect(texts(recutTokens(PBOC, { lexicon: LEXICON }))).toEqual([
      '中国人民银行',
      '货币',
      '政策',
      '委员会',
    ]);
  });

  it('keeps every character reading object as it was', () => {
    const out = recutTokens(PBOC, { lexicon: LEXICON });
    const before = PBOC.flatMap((w) => w.chars);
    const after = out.flatMap((t) => (t.kind === 'word' ? t.chars : []));
    expect(after).toHaveLength(before.length);
    after.forEach((c, i) => expect(c).toBe(before[i]));
  });

  it('uses no headword whose CEDICT reading disagrees with the characters’ pinyin', () => {
    // 行 read xíng: 银行 (yin2 hang2) is no word here
    const tokens = [word('银', 'yín'), word('行', 'xíng'), word('货币', 'huò bì')];
    expect(texts(recutTokens(tokens, { lexicon: LEXICON }))).toEqual(['银', '行', '货币']);
    // 行 read háng: 行货 (xing2 huo4) is no word in pinyin-pro's 银 | 行货 | 币
    const hang = [word('银', 'yín'), word('行货', 'háng huò'), word('币', 'bì')];
    expect(texts(recutTokens(hang, { lexicon: LEXICON }))).toEqual(['银行', '货币']);
    // tones are ignored (CEDICT gives citation tones, the reader too, but 一/不 and neutral tones vary)
    const toneless = [word('银', 'yín'), word('行', 'hang'), word('货币', 'huò bì')];
    expect(texts(recutTokens(toneless, { lexicon: LEXICON }))).toEqual(['银行', '货币']);
  });

  it('never splits or merges across a reviewed override word', () => {
    // 中国 frozen as one override word: 中国人民银行 cannot be formed across its end
    const out = recutTokens(PBOC, { lexicon: LEXICON, frozen: [[0, 2]] });
    expect(texts(out)).toEqual(['中国', '人民', '银行', '货币', '政策', '委员会']);
    // a frozen word CEDICT would split stays whole
    const frozen = recutTokens([word('人民银', 'rén mín yín'), word('行', 'háng')], {
      lexicon: LEXICON,
      frozen: [[0, 3]],
    });
    expect(texts(frozen)).toEqual(['人民银', '行']);
  });

  it('puts a word boundary at every glossary term edge', () => {
    // a term starting at 银 (UTF-16 offset 4): no word may straddle it
    const out = recutTokens(PBOC, { lexicon: LEXICON, cuts: new Set([4]) });
    expect(texts(out)).toEqual(['中国', '人民', '银行', '货币', '政策', '委员会']);
  });

  it('splits a word of pinyin-pro’s only where none of its characters is left alone', () => {
    const lexicon = buildLexicon([
      ['精细', 'jing1 xi4'],
      ['细化管理', 'xi4 hua4 guan3 li3'],
      ['管理', 'guan3 li3'],
    ]);
    const tokens = [word('精细', 'jīng xì'), word('化', 'huà'), word('管理', 'guǎn lǐ')];
    expect(texts(recutTokens(tokens, { lexicon }))).toEqual(['精细', '化', '管理']);
    // where every character of 行货 joins a word, the split is made
    expect(texts(recutTokens(PBOC, { lexicon: LEXICON }))).not.toContain('行货');
  });

  it('keeps a word of pinyin-pro’s that CEDICT lacks, and leaves names CEDICT lacks as cut', () => {
    const lexicon = buildLexicon([['国立', 'guo2 li4']]);
    expect(texts(recutTokens([word('稳中求进', 'wěn zhōng qiú jìn')], { lexicon }))).toEqual(['稳中求进']);
    expect(texts(recutTokens([word('田', 'tián'), word('国立', 'guó lì')], { lexicon }))).toEqual([
      '田',
      '国立',
    ]);
  });

  it('breaks ties by the smallest variance of word lengths, then by pinyin-pro’s boundaries', () => {
    const lexicon = buildLexicon([
      ['甲乙', 'jia3 yi3'],
      ['丙丁', 'bing3 ding1'],
      ['乙丙丁', 'yi3 bing3 ding1'],
      ['乙丙', 'yi3 bing3'],
    ]);
    const abcd = [word('甲', 'jiǎ'), word('乙', 'yǐ'), word('丙', 'bǐng'), word('丁', 'dīng')];
    expect(texts(recutTokens(abcd, { lexicon }))).toEqual(['甲乙', '丙丁']);
    // 甲 | 乙丙 | 丁 and 甲乙 | 丙 | 丁 … equal; three characters: 甲乙 | 丙 vs 甲 | 乙丙
    const abc = [word('甲', 'jiǎ'), word('乙丙', 'yǐ bǐng')];
    expect(texts(recutTokens(abc, { lexicon }))).toEqual(['甲', '乙丙']);
  });

  it('leaves text tokens alone and re-cuts each Han run on its own', () => {
    const tokens: Token[] = [word('中', 'zhōng'), { kind: 'text', text: '，' }, word('国', 'guó')];
    expect(recutTokens(tokens, { lexicon: LEXICON })).toEqual(tokens);
  });

  it('caps dictionary words at MAX_WORD characters', () => {
    const long = '甲乙丙丁戊己庚'.slice(0, MAX_WORD + 1);
    const lexicon = buildLexicon([[long, 'jia3 yi3 bing3 ding1 wu4 ji3 geng1']]);
    expect(lexicon.readings(long)).toBeUndefined();
    const six = buildLexicon([[long.slice(0, MAX_WORD), 'jia3 yi3 bing3 ding1 wu4 ji3']]);
    expect(six.readings(long.slice(0, MAX_WORD))).toEqual([['jia', 'yi', 'bing', 'ding', 'wu', 'ji']]);
  });
});
