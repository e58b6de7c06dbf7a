import { describe, expect, it } from 'vitest';
import { readSentence } from './sentence';
import { overrides } from './test-helpers';

/** Readings of every 为 in the sentence, in order. */
function weis(zh: string): string[] {
  return readSentence(zh, overrides)
    .tokens.flatMap((t) => (t.kind === 'word' ? t.chars : []))
    .filter((c) => c.ch === '为')
    .map((c) => c.py);
}

// Sentences in the register of the articles; readings checked by hand against 现代汉语词典.
describe('context rule 以…为', () => {
  it.each([
    ['坚持以人民为中心的发展思想', ['wéi']],
    ['加快构建以国内大循环为主体、国内国际双循环相互促进的新发展格局', ['wéi']],
    ['以改革开放为动力，以科技创新为引领，以项目建设为抓手', ['wéi', 'wéi', 'wéi']],
    ['以此为契机，推动各项工作再上新台阶', ['wéi']],
    ['以满足人民日益增长的美好生活需要为根本目的', ['wéi']],
    ['以改革创新为动力推动高质量发展', ['wéi']],
    ['以需求为导向提供服务', ['wéi']], // a noun the frame takes, though 提供 follows
    ['建设以社区为依托的养老服务网络', ['wéi']],
    ['以企业、高校、科研院所为主体', ['wéi']], // a list inside X
    ['以政府为主导、企业为主体', ['wéi', 'wéi']], // the second pair in the same frame
    ['以项目建设为抓手为经济发展提供支撑', ['wéi', 'wèi']], // 'for' belongs to the second 为
    ['以法治为引领为企业保驾护航', ['wéi', 'wèi']],
  ] as const)('以 X 为 Y, "take X as Y": %s', (zh, expected) => {
    expect(weis(zh)).toEqual(expected);
  });

  it.each([
    ['以实际行动为人民服务', ['wèi']], // for the people
    ['以更大力度为企业提供服务', ['wèi']],
    ['为高质量发展提供有力支撑', ['wèi']], // no 以
    ['可以为群众办实事', ['wèi']], // 以 inside 可以
    ['以质量求生存，为人民造福', ['wèi']], // 以 in another clause
    ['以创新为发展注入活力', ['wèi']], // 注入: split by the segmenter, still found
    ['以党建引领为基层治理赋能', ['wèi']],
    ['以实际行动为党旗增辉', ['wèi']],
    ['以实际行动为乡村振兴助力', ['wèi']],
  ] as const)('keeps 为 wèi "for": %s', (zh, expected) => {
    expect(weis(zh)).toEqual(expected);
  });

  it('says which readings it set, and leaves words that contain 为 alone', () => {
    const r = readSentence('以此为契机，成为认为行为作为', overrides);
    expect(r.ruled).toEqual([{ index: 2, rule: '以…为' }]);
    expect(r.raw[2]).toEqual({ ch: '为', py: 'wèi' }); // pinyin-pro's own reading
    expect(weis('成为认为行为作为以为')).toEqual(['wéi', 'wéi', 'wéi', 'wéi', 'wéi']);
  });
});

describe('context rule verb + 为', () => {
  it.each([
    ['该项目被确定为省级重点项目', ['wéi']],
    ['槐荫区被评为全国文明城区', ['wéi']],
    ['这片区域被划为生态保护区', ['wéi']],
    ['把它列为重点工作', ['wéi']],
    ['将闲置厂房改造为创业园区', ['wéi']],
    ['把温度设定为26度', ['wéi']],
  ] as const)('%s', (zh, expected) => {
    expect(weis(zh)).toEqual(expected);
    expect(readSentence(zh, overrides).ruled.map((r) => r.rule)).toEqual(['动词+为']);
  });

  it('leaves 为 "for" after a verb that does not make a result', () => {
    expect(weis('把握好时度效，为群众办实事')).toEqual(['wèi']);
    expect(weis('主动为群众服务')).toEqual(['wèi']);
  });
});

/** Reading of the free-standing `ch` (the n-th one) in the sentence. */
function alone(zh: string, ch: string, n = 0): string | undefined {
  return readSentence(zh, overrides)
    .tokens.filter((t) => t.kind === 'word' && t.text === ch)
    .map((t) => (t.kind === 'word' ? t.chars[0]!.py : ''))[n];
}

describe('characters set by their neighbours', () => {
  it.each([
    // 地: the adverbial particle after an adjective or adverb; the noun 'land' otherwise
    ['他们积极地参与社区治理', '地', 'de'],
    ['动能源源不断地输出', '地', 'de'],
    ['一道一道地讲给学生听', '地', 'de'],
    ['扎扎实实地推进各项工作', '地', 'de'],
    ['这块地里种着玉米', '地', 'dì'],
    ['更好地服务群众', '地', 'de'], // one-character adjective after a degree word
    ['户籍所在地的派出所', '地', 'dì'], // the noun 'place', split off by the segmenter
    ['居住地和工作地', '地', 'dì'],
    ['苹果落了一地', '地', 'dì'],
    // after a verb or a noun, 地 is a kind of land: only adjectives and adverbs make it adverbial
    ['村里把闲置地盘活用于发展产业', '地', 'dì'],
    ['引导流转地经营走向规模化', '地', 'dì'],
    ['严格控制农用地转为建设用地', '地', 'dì'],
    ['全省所有地级市都已开通', '地', 'dì'],
    ['毫不动摇地坚持改革方向', '地', 'de'], // an adverbial the segmenter cuts into pieces
    ['较大幅度地提高补助标准', '地', 'de'],
    ['积极负责地参与国际合作', '地', 'de'], // two adjectives in a row
    // 得: the complement particle after a verb or adjective; dé 'to get' otherwise
    ['这件事情处理得非常妥当', '得', 'de'],
    ['他跑得很快', '得', 'de'],
    ['生意却好得很', '得', 'de'],
    ['让群众得实惠', '得', 'dé'],
    ['他在比赛中连得五分', '得', 'dé'],
    ['让产业得发展', '得', 'dé'],
    ['工作做得更好', '得', 'de'],
    ['这些措施经得起检验', '得', 'de'], // a complement of possibility after a one-character verb
    ['困难群众得不到实惠', '得', 'dé'],
    ['从实践中得出结论', '得', 'dé'], // no complement follows: 得 keeps pinyin-pro's dé
    ['打破既得利益格局', '得', 'dé'],
    // 只: 'only' unless counted
    ['立项到投产只用了一年多', '只', 'zhǐ'],
    ['湿地里栖息着数千只候鸟', '只', 'zhī'],
    ['院子里有3只小狗', '只', 'zhī'],
    // 干: the verb gàn before 了, 到, 成, 下去 …; gān 'dry' after 晾, 晒 …
    ['他在省里干了二十年', '干', 'gàn'],
    ['一定要把项目干成', '干', 'gàn'],
    ['撸起袖子加油干', '干', 'gàn'],
    ['以学促干', '干', 'gàn'],
    ['以干促学', '干', 'gàn'],
    ['他把衣服晾干了', '干', 'gān'],
    // 种: the verb zhòng before what is planted; the measure word zhǒng after a number
    ['土壤肥沃，适合种水稻', '种', 'zhòng'],
    ['街道两旁种满了梧桐树', '种', 'zhòng'],
    ['各种风险挑战', '种', 'zhǒng'],
    ['这种情况还会持续', '种', 'zhǒng'],
    ['受灾地块要及时补种', '种', 'zhòng'], // 'to plant' inside a verb compound the segmenter split
    ['部分农户改种大豆', '种', 'zhòng'],
    // 应: the modal yīng 'should'; yìng 'in response to' before a request later in the clause
    ['老年人和儿童应及时接种流感疫苗', '应', 'yīng'],
    ['应市民要求，延长开放时间', '应', 'yìng'],
    ['人才供给不适应市场需求', '应', 'yìng'], // 适应 is a dictionary word the segmenter split
    ['提高基层的应变能力', '应', 'yìng'],
    // 教: the verb jiāo 'to teach' before whom is taught; jiào 'religion, teaching' otherwise
    ['奶奶教我剪窗花', '教', 'jiāo'],
    ['尊重信教群众的合法权益', '教', 'jiào'],
    ['弘扬尊师重教的传统', '教', 'jiào'],
  ] as const)('%s: %s %s', (zh, ch, py) => {
    expect(alone(zh, ch)).toBe(py);
  });

  it('reads 长 zhǎng "to grow" before the particle 得 and before 高, 出', () => {
    expect(alone('这孩子长得真快', '长')).toBe('zhǎng');
    expect(alone('这孩子长得真快', '得')).toBe('de');
    expect(alone('个子长高了不少', '长')).toBe('zhǎng');
    expect(alone('这条路南北长五公里', '长')).toBe('cháng');
  });

  it('reports each reading it set', () => {
    const r = readSentence('他跑得很快，只用了三天', overrides);
    expect(r.ruled).toEqual([
      { index: 2, rule: '得 de' },
      { index: 5, rule: '只 zhǐ' },
    ]);
  });
});
