import { describe, expect, it } from 'vitest';
import { pinyinOverridesSchema } from '@/lib/content/schema';
import { applyOverrides, compileOverrides, MAX_WORD_OVERRIDE } from './overrides';
import { auditArticle } from './report';
import { segmentHanRun } from './segment';
import { readSentence } from './sentence';
import { content, hanIndicesOf, overrides, readingAt, sentence, sentences, words } from './test-helpers';

const syllables = (o: { pinyin: string }) => o.pinyin.normalize('NFC').trim().split(/\s+/).join(' ');

describe('content/pinyin/overrides.json', () => {
  it('is valid and has a reason for every entry', () => {
    expect(pinyinOverridesSchema.safeParse(content.overrides).success).toBe(true);
    expect(new Set(content.overrides.map((o) => o.text)).size).toBe(content.overrides.length);
  });

  it('has no dead overrides: every override is applied in the articles, or is general', () => {
    const applied = new Set<string>();
    for (const a of content.articles)
      for (const t of auditArticle(a, overrides).applied.keys()) applied.add(t);
    // General ones apply to their own example (tested below) and wait for articles to come.
    const unused = content.overrides.filter((o) => !o.general && !applied.has(o.text));
    expect(unused.map((o) => o.text)).toEqual([]);
  });

  it('gives its reading wherever its text occurs (one-character overrides: where the character is a word alone)', () => {
    let checked = 0;
    for (const s of sentences) {
      const { tokens } = readSentence(s.zh, overrides);
      for (const o of content.overrides) {
        const n = [...o.text].length;
        for (const at of hanIndicesOf(s.zh, o.text)) {
          if (n === 1 && !isAloneAt(tokens, at)) continue;
          expect(readingAt(tokens, at, n), `${o.text} in ${s.id}`).toBe(syllables(o));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(content.overrides.length);
  });

  it('applies to its own example and gives its reading there', () => {
    for (const o of content.overrides.filter((x) => x.example)) {
      expect(o.example, o.text).toContain(o.text);
      const r = readSentence(o.example!, overrides);
      expect(
        r.applied.map((a) => a.override.text),
        o.text,
      ).toContain(o.text);
      const at = r.applied.find((a) => a.override.text === o.text)!.index;
      expect(readingAt(r.tokens, at, [...o.text].length), o.text).toBe(syllables(o));
    }
  });

  it('applies a two-character general override only where it cuts no word of pinyin-pro’s', () => {
    const reading = (zh: string, text: string) =>
      readingAt(readSentence(zh, overrides).tokens, hanIndicesOf(zh, text)[0]!, [...text].length);
    expect(content.overrides.find((o) => o.text === '一行')?.general).toBe(true);
    expect(reading('调研组一行来济调研', '一行')).toBe('yī xíng');
    expect(reading('同一行业', '行业')).toBe('háng yè'); // not 一行 'party of'
    expect(reading('尽早上马', '早上')).toBe('zǎo shàng'); // 尽早 | 上马, not 早上 'morning'
    expect(reading('发生意外', '意外')).toBe('yì wài'); // not 生意 shēng yi
    expect(reading('在济南工作', '济南')).toBe('jǐ nán'); // 在济 'in Jinan' does not cut 济南
    expect(reading('扶贫济困', '济')).toBe('jì');
  });

  it('forces word boundaries: an override of up to four characters is one word', () => {
    const ws = (id: string) => words(readSentence(sentence(id).zh, overrides).tokens).map((w) => w.text);
    expect(ws('p2.s2')).toEqual(expect.arrayContaining(['槐荫区', '区长', '刘敬涛']));
    expect(ws('p2.s4')).toEqual(expect.arrayContaining(['兴济河', '槐荫区', '段'])); // 槐荫区段: not 区段
    expect(ws('p2.s4')).not.toContain('区段');
    expect(ws('k2.s1')).toEqual(expect.arrayContaining(['济南', '区县'])); // not 市区
    expect(ws('k2.s1')).not.toContain('市区');
    expect(ws('p12.s2')).toEqual(expect.arrayContaining(['于一体', '目的地']));
    expect(ws('p12.s2')).not.toContain('等于');
    expect(ws('p4.s3')).toContain('槐荫');
    expect(ws('p1.s1')).toContain('之都');
  });

  it('keeps pinyin-pro’s segmentation inside a longer override (a phrase)', () => {
    const phrase = compileOverrides([{ text: '量的合理增长', pinyin: 'liàng de hé lǐ zēng zhǎng' }]);
    expect([...'量的合理增长'].length).toBeGreaterThan(MAX_WORD_OVERRIDE);
    const r = applyOverrides(segmentHanRun('实现质的有效提升和量的合理增长'), phrase);
    expect(r.words.map((w) => w.chars.join(''))).toEqual([
      '实现',
      '质',
      '的',
      '有效',
      '提升',
      '和',
      '量',
      '的',
      '合理',
      '增长',
    ]);
    expect(r.words.find((w) => w.chars.join('') === '量')?.py).toEqual(['liàng']);
  });

  it('never lets a one-character override reach into a longer word', () => {
    const only = compileOverrides([{ text: '量', pinyin: 'liáng' }]);
    const r = applyOverrides(segmentHanRun('数量和投资量均创历史新高'), only);
    expect(r.words.map((w) => w.chars.join(''))).toContain('数量');
    expect(r.words.find((w) => w.chars.join('') === '数量')?.py).toEqual(['shù', 'liàng']);
    expect(r.applied).toHaveLength(1);
  });
});

function isAloneAt(tokens: ReturnType<typeof readSentence>['tokens'], hanIndex: number): boolean {
  let i = 0;
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    if (i === hanIndex) return t.chars.length === 1;
    i += t.chars.length;
    if (i > hanIndex) return false;
  }
  return false;
}

/**
 * Readings checked by hand against the context (现代汉语词典 7th ed. / CC-CEDICT, and the sense in the
 * sentence). Each is a fact about the text, not a snapshot of the code's output.
 */
const VERIFIED: [sentenceId: string, text: string, pinyin: string][] = [
  ['t1.s1', '槐荫区', 'huái yīn qū'], // place name
  ['p4.s3', '约惠槐荫', 'yuē huì huái yīn'],
  ['l1.s1', '济南', 'jǐ nán'],
  ['l1.s1', '刘敬涛', 'liú jìng tāo'],
  ['p2.s4', '兴济河', 'xīng jì hé'],
  ['p13.s3', '腊山河', 'là shān hé'],
  ['l1.s1', '区长', 'qū zhǎng'], // district head, not 长 cháng
  ['p2.s3', '项目为王', 'xiàng mù wéi wáng'], // 为 wéi 'to be'
  ['t1.s1', '医养之都', 'yī yǎng zhī dū'], // 都 dū 'metropolis'
  ['p1.s1', '量的合理增长', 'liàng de hé lǐ zēng zhǎng'], // 量 liàng 'quantity'
  ['p6.s3', '量', 'liàng'],
  ['sp2.s1', '投资量', 'tóu zī liàng'],
  ['sp2.s1', '数量', 'shù liàng'],
  ['sp3.s4', '增长', 'zēng zhǎng'],
  ['p11.s3', '长效', 'cháng xiào'],
  ['sp3.s2', '皇冠假日', 'huáng guān jià rì'], // Crowne Plaza: 假日 jià
  ['p12.s2', '度假目的地', 'dù jià mù dì dì'],
  ['p13.s4', '表率', 'biǎo shuài'],
  ['p5.s1', '行动', 'xíng dòng'],
  ['p9.s3', '名校行', 'míng xiào xíng'],
  ['p2.s3', '重点', 'zhòng diǎn'],
  ['p2.s5', '重大', 'zhòng dà'],
  ['p6.s1', '还将', 'hái jiāng'],
  ['p2.s2', '打好', 'dǎ hǎo'],
  ['p11.s2', '友好', 'yǒu hǎo'],
  ['sp1.s3', '稳中向好', 'wěn zhōng xiàng hǎo'],
  ['p10.s2', '城市更新', 'chéng shì gēng xīn'],
  ['p8.s5', '转化', 'zhuǎn huà'],
  ['p2.s4', '供水', 'gōng shuǐ'],
  ['p7.s2', '供给', 'gōng jǐ'],
  ['p9.s1', '供需', 'gōng xū'],
  ['p11.s5', '处', 'chù'], // measure word: 20处
  ['p4.s3', '夜间', 'yè jiān'],
  ['p11.s3', '间', 'jiān'], // 套（间）
  ['p8.s3', '创建', 'chuàng jiàn'],
  ['p12.s2', '六村六创', 'liù cūn liù chuàng'],
  ['p11.s3', '体系', 'tǐ xì'],
  ['p7.s2', '欢乐', 'huān lè'],
  ['p13.s3', '标识', 'biāo shí'], // 现代汉语词典 (6th ed. on): 标识 biāoshí 'identifying sign'
  ['p2.s5', '做强', 'zuò qiáng'],
  ['p1.s1', '强省会', 'qiáng shěng huì'],
  ['p1.s1', '争当', 'zhēng dāng'],
  ['p5.s1', '大厦', 'dà shà'],
  ['sp2.s2', '省立', 'shěng lì'],
  ['k2.s1', '两会', 'liǎng huì'],
  ['p6.s2', '经十西路', 'jīng shí xī lù'],
  ['p5.s2', '便民', 'biàn mín'],
  ['p12.s2', '研学', 'yán xué'],
  ['p12.s2', '观光', 'guān guāng'],
  ['p3.s3', '头部', 'tóu bù'],
  ['p11.s5', '模范', 'mó fàn'],
  ['sp3.s3', '场', 'chǎng'], // 61场 (events)
  ['p6.s4', '后市场', 'hòu shì chǎng'],
  ['p12.s1', '扎实', 'zhā shi'],
  ['p13.s7', '金字招牌', 'jīn zì zhāo pai'],
  ['p13.s4', '作表率', 'zuò biǎo shuài'],
  ['l2.s2', '交出了', 'jiāo chū le'],
  ['l2.s2', '一份份', 'yī fèn fèn'], // citation tone; the spoken yí is tested with the sandhi
  ['p2.s5', '不断', 'bù duàn'],
  ['sp2.s2', '均和云谷', 'jūn hé yún gǔ'],
  ['p1.s1', '齐鲁', 'qí lǔ'],
];

describe('verified readings in context', () => {
  it.each(VERIFIED)('%s %s → %s', (id, text, pinyin) => {
    const s = sentence(id);
    const at = hanIndicesOf(s.zh, text);
    expect(at.length, `${text} occurs in ${id}`).toBeGreaterThan(0);
    const { tokens } = readSentence(s.zh, overrides);
    for (const i of at) expect(readingAt(tokens, i, [...text].length)).toBe(pinyin);
  });
});
