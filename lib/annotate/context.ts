import type { Token, WordToken } from './types';

/**
 * Readings that depend on the clause, not on the word: applied after the overrides, before 一/不
 * sandhi. pinyin-pro reads a 为 that stands alone as wèi 'for', which is right in 为人民服务 and
 * 为企业提供服务; two frames make it wéi 'to be, to act as':
 *
 * - 以 X 为 Y, 'take X as Y' (以人民为中心, 以改革创新为动力, 以此为契机): a 为 after a 以 standing
 *   alone in the same clause (a list with 、 inside X stays in the clause). Each 以 licenses one 为,
 *   and a word that already ends in wéi (化为, 作为) uses it up; a later pair in the same frame
 *   counts too when its 为 comes before such a noun (以政府为主导、企业为主体).
 * - verb + 为, 'into / as' (确定为, 列为, 评为, 调整为): a 为 right after one of RESULT_VERBS.
 *
 * Either way 为 stays wèi when what follows it, up to the next 为 or the end of the clause, goes on
 * with a verb of doing something for someone (以实际行动为人民服务, 以创新为发展注入活力) — unless
 * the word right after 为 is a noun that the frame takes (以需求为导向提供服务: 导向). Verbs that
 * name what someone becomes open the same frame (任命他为秘书长, 确定全年目标为增长6%).
 *
 * pinyin-pro also reads some characters standing alone as words with one fixed reading; their
 * neighbours decide (applyNeighbourRules below): the particles 地 and 得 (de), 只 'only', 干 'to do',
 * 种 'to plant', 长 'to grow', 应 'should'.
 */
const CLAUSE_END = /[，。；：！？,;:!?\n]/;

/** 为 X + one of these = 'for X'. Matched at a word start, so a word split by the segmenter counts. */
const FOR_VERBS = [
  '服务',
  '提供',
  '办',
  '作出',
  '做出',
  '贡献',
  '献礼',
  '减负',
  '护航',
  '保驾护航',
  '撑腰',
  '着想',
  '负责',
  '奋斗',
  '谋',
  '代言',
  '鼓劲',
  '排忧解难',
  '纾困',
  '解难',
  '解决',
  '造福',
  '注入',
  '赋能',
  '创造',
  '营造',
  '奠定',
  '带来',
  '增添',
  '增辉',
  '开路',
  '拓展',
  '谱写',
  '添砖加瓦',
  '奉献',
  '开好局',
  '助力',
  '加油',
  '插上',
  '点赞',
  '喝彩',
];

/** 为 + one of these is 'as': 以需求为导向, 以企业为主体. */
const FRAME_NOUNS = new Set([
  '中心',
  '导向',
  '目标',
  '重点',
  '主线',
  '主体',
  '核心',
  '基础',
  '依托',
  '支撑',
  '抓手',
  '引领',
  '牵引',
  '标准',
  '宗旨',
  '己任',
  '单位',
  '主导',
  '契机',
  '动力',
  '载体',
  '根本',
  '前提',
  '保障',
  '指导',
  '统领',
  '突破口',
]);

/** Verb + 为 = 'into / as' (确定为, 列为). pinyin-pro reads wèi when it does not join them. */
const RESULT_VERBS = new Set([
  '当选',
  '设定',
  '规定',
  '设置',
  '指定',
  '诊断',
  '判定',
  '鉴定',
  '核定',
  '折合',
  '换算',
  '简称',
  '统称',
  '认证',
  '确定',
  '认定',
  '转化',
  '命名',
  '更名',
  '调整',
  '升级',
  '列',
  '评',
  '划',
  '定',
  '改',
  '选',
  '设',
  '称',
  '视',
  '转变',
  '改造',
  '分',
  '合并',
  '变更',
  '细化',
  '界定',
  '归纳',
  '概括',
]);

/** Verbs that open the frame at a distance: 任命 X 为 Y 'appoint X as Y'. */
const FRAME_VERBS = new Set([
  '任命',
  '选举',
  '推选',
  '推举',
  '聘请',
  '聘任',
  '命名',
  '认定',
  '确定',
  '评定',
  '称呼',
  '尊称',
  '誉',
]);

export type ContextRule =
  '以…为' | '动词+为' | '地 de' | '得 de' | '长 zhǎng' | '只 zhǐ' | '干 gàn' | '种 zhòng' | '应 yīng';

/** A reading a rule changed: the Han-character index in the sentence and the rule. */
export interface RuledReading {
  index: number;
  rule: ContextRule;
}

const isWord = (t: Token): t is WordToken => t.kind === 'word';
const isWei = (t: Token) => isWord(t) && t.text === '为';

/** Does the clause after tokens[from] (up to the next 为 alone) go on with a verb of 'for'? */
function goesOnForSomeone(tokens: readonly Token[], from: number): boolean {
  const next = tokens[from];
  if (next && isWord(next) && FRAME_NOUNS.has(next.text)) return false;
  let rest = '';
  const starts: number[] = [];
  for (let j = from; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (!isWord(t)) {
      if (CLAUSE_END.test(t.text)) break;
      continue;
    }
    if (isWei(t)) break;
    starts.push(rest.length);
    rest += t.text;
  }
  return starts.some((at) => FOR_VERBS.some((v) => rest.startsWith(v, at)));
}

/** Applies the rules to a sentence's tokens in place; returns what it changed. */
export function applyContextRules(tokens: Token[]): RuledReading[] {
  const changed: RuledReading[] = [];
  let yi = false; // a 以 standing alone earlier in this clause, not yet used by a 为
  let frame = false; // a 以 standing alone earlier in this clause, used or not (以A为B、C为D)
  let opener: ContextRule = '以…为';
  let han = 0;
  let prev: WordToken | undefined; // the word just before, if no text came between
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isWord(t)) {
      if (CLAUSE_END.test(t.text)) yi = frame = false;
      prev = undefined;
      continue;
    }
    if (t.text === '以' || FRAME_VERBS.has(t.text)) {
      yi = frame = true;
      opener = t.text === '以' ? '以…为' : '动词+为';
    } else if (isWei(t) && t.chars[0]!.py === 'wèi') {
      const next = tokens[i + 1];
      const rule: ContextRule | undefined =
        yi || (frame && next && isWord(next) && FRAME_NOUNS.has(next.text))
          ? opener
          : prev && RESULT_VERBS.has(prev.text)
            ? '动词+为'
            : undefined;
      if (yi) yi = false;
      if (rule && !goesOnForSomeone(tokens, i + 1)) {
        t.chars[0] = { ch: '为', py: 'wéi', tone: 2 };
        changed.push({ index: han, rule });
      }
    } else if (t.chars.at(-1)?.ch === '为' && t.chars.at(-1)?.py === 'wéi') yi = false;
    han += t.chars.length;
    prev = t;
  }
  return [...changed, ...applyNeighbourRules(tokens)].sort((a, b) => a.index - b.index);
}

// ——— Characters whose reading depends on their neighbours ———

/** Last characters of a numeral or demonstrative before a measure word: 一只, 数千只, 这种, 各种. */
const COUNTING = new Set([...'一二两三四五六七八九十百千万亿几数这那每哪各某此该半多另同']);
/** Words after a 地 that is the noun 'ground, land, place': 地里, 地上, 所在地的, 居住地和. */
const PLACE_AFTER_DI = new Set([
  ...['里', '上', '下', '中', '头', '面', '方', '区', '带', '块', '皮', '价', '段', '处'],
  ...['的', '和', '与', '及', '或', '等', '之'],
]);
/** Words before a 地 that is the noun 'place' when the segmenter splits the compound: 所在地, 目的地. */
const PLACE_BEFORE_DI = new Set([
  ...['所在', '居住', '发源', '目的', '出生', '原产', '集散', '栖息', '打卡', '策源', '聚集'],
  ...['诞生', '发祥', '根据', '试验', '承载', '生产', '户籍', '注册', '登记', '经营'],
]);
/** Degree words that make a one-character adjective + 地 adverbial: 更好地, 很快地. */
const DEGREE = new Set(['更', '很', '最', '较', '越', '更加', '十分', '非常', '特别', '比较']);
/** Words before a 得 that is dé 'to obtain' or a modal: 不得, 使群众得实惠, 我们得抓紧. */
const DE_KEEP_BEFORE = new Set([
  ...['不', '可', '难', '必', '使', '让', '值', '获', '取', '赢', '所', '只', '才', '就', '都', '也', '还'],
  ...['又', '再', '要', '须', '能', '会', '应', '各', '人人', '自', '心', '我', '你', '他', '她', '它'],
  ...['我们', '你们', '他们', '她们', '咱们', '大家', '群众', '百姓', '企业', '人民'],
]);
/** Words after a 得 that is dé: 得实惠, 得民心, 得分 (split), 得了第一名. */
const DE_KEEP_AFTER = new Set([
  ...['实惠', '益', '利', '分', '奖', '票', '主', '民心', '人心', '了', '到', '以', '知'],
  ...['发展', '保障', '解决', '实现', '改善', '落实', '提升'], // 让产业得发展: 'get'
]);
/** Words after a free-standing 干 that make it the verb gàn: 干了二十年, 干得动, 一起干下去. */
const GAN_AFTER = new Set([...'了得到成出完好过着惯促'].concat(['起来', '下去', '事', '活', '活儿', '实事']));
/** Words before a free-standing 干 that keep it gān 'dry': 晾干了, 擦干 (when the segmenter splits them). */
const GAN_KEEP_BEFORE = new Set([...'晾晒擦烘吹烤阴蒸烧熬吸抹风']);
/** Words before a free-standing 干 that make it the verb gàn: 一起干, 加油干, 还要干. */
const GAN_BEFORE = new Set([
  '一起',
  '加油',
  '实',
  '苦',
  '大',
  '埋头',
  '还',
  '要',
  '就',
  '能',
  '敢',
  '想',
  '肯',
  '会',
  '接着',
  '继续',
  '促', // 以学促干
]);
/** Words after a free-standing 种 that make it the verb zhòng: 种着, 种水稻, 种满了. */
const ZHONG_AFTER = new Set([
  ...'着了下上满出树地菜田粮稻麦花草果药豆瓜茶棉苗',
  ...['水稻', '小麦', '玉米', '蔬菜', '果树', '庄稼', '大豆', '花生', '树苗', '粮食'],
]);
/** Words later in the clause that make a free-standing 应 yìng 'in response to': 应市民要求. */
const YING_RESPONSE = new Set(['邀请', '之邀', '邀', '要求', '请求', '之约', '号召']);
/** Words after a free-standing 长 that make it the verb zhǎng 'to grow': 长高, 长出, 长满. */
const ZHANG_AFTER = new Set(['高', '出', '满', '胖']);

const lastChar = (w: WordToken) => w.chars.at(-1)!.ch;

/** The words from tokens[from] to the end of the clause. */
function restOfClause(tokens: readonly Token[], from: number): string[] {
  const out: string[] = [];
  for (let j = from; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (!isWord(t)) {
      if (CLAUSE_END.test(t.text)) break;
      continue;
    }
    out.push(t.text);
  }
  return out;
}

/**
 * One character standing alone as a word, set by the word before and after it (both adjacent: no
 * punctuation, digit or Latin between). Run after the 为 rules; returns what it changed.
 */
function applyNeighbourRules(tokens: Token[]): RuledReading[] {
  const changed: RuledReading[] = [];
  let han = 0;
  const set = (t: WordToken, at: number, py: string, tone: 1 | 2 | 3 | 4 | 5, rule: ContextRule) => {
    t.chars[0] = { ch: t.chars[0]!.ch, py, tone };
    changed.push({ index: at, rule });
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isWord(t)) continue;
    const at = han;
    han += t.chars.length;
    if (t.chars.length !== 1) continue;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    const prev = before && isWord(before) ? before : undefined;
    const next = after && isWord(after) ? after : undefined;
    // a number in digits right before: 3只, 20种
    const counted =
      (prev && COUNTING.has(lastChar(prev))) || (before?.kind === 'text' && /\d$/.test(before.text));
    const py = t.chars[0]!.py;
    switch (t.text) {
      case '地': {
        // 积极地推进, 源源不断地, 更好地; not 这块地里, 落了一地, 户籍所在地的
        const before2 = tokens[i - 2];
        const adverbial =
          prev &&
          (prev.chars.length >= 2 || (before2 && isWord(before2) && DEGREE.has(before2.text))) &&
          !PLACE_BEFORE_DI.has(prev.text);
        if (py === 'dì' && adverbial && next && !PLACE_AFTER_DI.has(next.text) && !counted)
          set(t, at, 'de', 5, '地 de');
        break;
      }
      case '得': // 处理得非常妥当, 好得多; not 不得, 使群众得实惠, 连得五分
        if (
          py === 'dé' &&
          prev &&
          next &&
          !DE_KEEP_BEFORE.has(prev.text) &&
          !DE_KEEP_AFTER.has(next.text) &&
          !COUNTING.has(next.chars[0]!.ch)
        ) {
          set(t, at, 'de', 5, '得 de');
          // 长得很快: 'to grow'
          if (prev.text === '长' && prev.chars[0]!.py === 'cháng') set(prev, at - 1, 'zhǎng', 3, '长 zhǎng');
        }
        break;
      case '应': // the modal 'should': 应及时就医; not 应市民要求 'at the request of'
        if (py === 'yìng' && next && !restOfClause(tokens, i + 1).some((w) => YING_RESPONSE.has(w)))
          set(t, at, 'yīng', 1, '应 yīng');
        break;
      case '长': // 个子长高了, 长满了青苔
        if (py === 'cháng' && next && ZHANG_AFTER.has(next.text) && !counted)
          set(t, at, 'zhǎng', 3, '长 zhǎng');
        break;
      case '只': // 只用了三天; not 一只, 数千只, 3只
        if (py === 'zhī' && !counted) set(t, at, 'zhǐ', 3, '只 zhǐ');
        break;
      case '干': // 干了二十年, 一起干; not 晒干 (a word)
        if (
          py === 'gān' &&
          !(prev && GAN_KEEP_BEFORE.has(lastChar(prev))) &&
          ((next && GAN_AFTER.has(next.text)) || (prev && GAN_BEFORE.has(prev.text)))
        )
          set(t, at, 'gàn', 4, '干 gàn');
        break;
      case '种': // 种水稻, 种满了; not 各种, 这种, 20种
        if (py === 'zhǒng' && next && ZHONG_AFTER.has(next.text) && !counted)
          set(t, at, 'zhòng', 4, '种 zhòng');
        break;
    }
  }
  return changed;
}
