import { adjacentText, isWord, restOfClause } from './clause';
import type { RuledReading } from './context';
import { wordReadings } from './segment';
import type { Token, WordToken } from './types';

/**
 * pinyin-pro reads some characters standing alone as words with one fixed reading; the words right
 * beside them decide instead (run after the 为 rules of context.ts): the particles 地 and 得 (de),
 * 只 'only', 干 'to do', 种 'to plant', 长 'to grow', 应 'should', 教 'to teach'. Except for 地, none of
 * them sets a reading against a dictionary word that the character forms with the character next to
 * it, which the segmenter split (不适 | 应 | 市场: 适应 shìyìng keeps 应 yìng). Each rule's precision on
 * government reports nobody tuned on is in docs/pinyin-precision.md (npm run pinyin:audit).
 */
export type NeighbourRule =
  '地 de' | '得 de' | '长 zhǎng' | '只 zhǐ' | '干 gàn' | '种 zhòng' | '应 yīng' | '教 jiāo';

/** Last characters of a numeral or demonstrative before a measure word: 一只, 数千只, 这种, 各种. */
const COUNTING = new Set([...'一二两三四五六七八九十百千万亿几数这那每哪各某此该半多另同']);
/** Words after a 地 that is the noun 'ground, land, place': 地里, 地上, 所在地的, 居住地和. */
const PLACE_AFTER_DI = new Set([
  ...['里', '上', '下', '中', '头', '面', '方', '区', '带', '块', '皮', '价', '段', '处'],
  ...['的', '和', '与', '及', '或', '等', '之'],
  ...['级', '级市', '市', '州', '县'], // 地级市, 地市, 地州: the prefecture level
]);
/** Words before a 地 that is the noun 'place' when the segmenter splits the compound: 所在地, 目的地. */
const PLACE_BEFORE_DI = new Set([
  ...['所在', '居住', '发源', '目的', '出生', '原产', '集散', '栖息', '打卡', '策源', '聚集'],
  ...['诞生', '发祥', '根据', '试验', '承载', '生产', '户籍', '注册', '登记', '经营'],
]);
/**
 * Two-character words that make 地 the adverbial particle de: adjectives and adverbs of manner
 * (积极地, 有力地, 清醒地). A 地 after any other two-character word stays dì, because a verb or a
 * noun + 地 is usually a kind of land or place (农用地, 水源地, 承包地, 闲置地盘活, 流转地经营).
 * Longer words before 地 (坚持不懈地, 积极稳妥地, 创造性地) and reduplicated ones (扎扎实实地, 牢牢地)
 * are adverbial without a list.
 */
const MANNER = new Set([
  ...['积极', '稳妥', '稳步', '稳健', '有力', '有效', '有序', '坚定', '果断', '清醒', '平稳', '合理'],
  ...['全面', '准确', '广泛', '持久', '紧密', '灵活', '鲜明', '科学', '及时', '主动', '深入', '切实'],
  ...['充分', '扎实', '认真', '深刻', '自觉', '彻底', '真正', '明显', '显著', '迅速', '快速', '健康'],
  ...['持续', '协调', '自然', '公平', '公正', '客观', '正确', '由衷', '周密', '严格', '严肃', '大力'],
  ...['努力', '尽力', '全力', '竭力', '高效', '精准', '精确', '妥善', '审慎', '谨慎', '理性', '务实'],
  ...['逐步', '逐渐', '不断', '反复', '坚决', '热情', '热烈', '耐心', '细致', '具体', '直接', '间接'],
  ...['盲目', '简单', '机械', '适当', '适度', '相应', '根本', '基本', '初步', '普遍', '平等', '独立'],
  ...['自主', '有机', '同步', '协同', '整体', '定期', '动态', '更好', '更多', '更快', '更大', '最大'],
  ...['较快', '较好', '较大', '更加', '系统', '一致', '集约', '节约'],
  ...['很好', '很快', '最好', '好好', '大幅', '大胆', '公开', '依法', '如实', '大量', '高度', '深度'],
]);
/**
 * Adverbials the segmenter cuts into pieces, matched on the characters right before 地: 毫不 | 动摇,
 * 较 | 大 | 幅度, 不 | 失 | 时机, 有 | 步骤.
 */
const MANNER_TAIL =
  /(?:毫不\p{Script=Han}{2}|不失时机|坚持不懈|[较最更][大高广深](?:幅度|限度|程度|范围|力度|规模|层次)|有(?:步骤|重点|计划|组织|选择|针对性|秩序))$/u;
/** Degree words that make a one-character adjective + 地 adverbial: 更好地, 很快地. */
const DEGREE = new Set(['更', '很', '最', '较', '越', '更加', '十分', '非常', '特别', '比较']);
/** Words before a 得 that is dé 'to obtain' or a modal: 不得, 使群众得实惠, 我们得抓紧. */
const DE_KEEP_BEFORE = new Set([
  ...['不', '可', '难', '必', '使', '让', '值', '获', '取', '赢', '所', '只', '才', '就', '都', '也', '还'],
  ...['又', '再', '要', '须', '能', '会', '应', '各', '人人', '自', '心', '我', '你', '他', '她', '它'],
  ...['我们', '你们', '他们', '她们', '咱们', '大家', '群众', '百姓', '企业', '人民'],
]);
/**
 * Words that open the complement after the particle 得 de: degree words and adjectives of degree
 * (做得更好, 跑得很快, 管得过多, 讲得不够, 生活得更加美好). Anything else after 得 (得出, 求得,
 * 既得利益, 得来不易, 保证国家得大头) keeps pinyin-pro's dé: a list of exceptions to a rule that
 * read every 得 between two words as de was measured at 86 % on held-out reports.
 */
const DE_COMPLEMENT = new Set([
  ...['很', '更', '更加', '最', '较', '比较', '非常', '十分', '特别', '相当', '太', '越来越', '越', '真'],
  ...['过', '过于', '过多', '过少', '过大', '过小', '过快', '过慢', '过高', '过低', '过死', '过细'],
  ...['过严', '过宽', '过松', '过紧', '过急', '过猛', '过热', '不够', '不太', '不错', '不好', '不全面'],
  ...['好', '快', '慢', '多', '少', '早', '晚', '紧', '严', '实', '细', '深', '准', '稳', '远', '近'],
  ...['更好', '很好', '最好', '较好', '清楚', '扎实', '明显', '顺利', '稳妥', '周到', '完善', '出色'],
  ...['及时', '有效', '合理', '红红火火', '轰轰烈烈', '尽善尽美', '有声有色', '井井有条', '比'],
  ...['如何', '怎样', '怎么样', '既', '又'],
]);
/** One-character complements of possibility after a one-character verb: 看得见, 经得起, 接得住, 用得上. */
const DE_POTENTIAL = new Set([...'起见住动上下']);
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
/**
 * One-character verbs that make a free-standing 种 after them the verb zhòng 'to plant' (改种玉米,
 * 及时补种, 间种, 轮种, 扩种). Not 选, 育, 播, 混, 引: 选种, 育种, 混种 are about seed or breed.
 */
const ZHONG_VERB_BEFORE = new Set([...'改补间轮套抢复扩试广']);
/** Words later in the clause that make a free-standing 应 yìng 'in response to': 应市民要求. */
const YING_RESPONSE = new Set(['邀请', '之邀', '邀', '要求', '请求', '之约', '号召']);
/** First characters of the next word that keep a free-standing 应 yìng: 应变, 应季, 应急, 应对, 应邀. */
const YING_KEEP_NEXT = new Set([...'变季急对答聘邀运战征届声允诺酬召']);
/** Words after a free-standing 教 that make it the verb jiāo 'to teach' someone (奶奶教我剪窗花). */
const TEACH_WHOM = new Set([
  ...['我', '你', '他', '她', '我们', '你们', '他们', '她们', '大家', '孩子', '孩子们', '学生', '居民'],
  ...['村民', '农民', '老人', '小朋友', '徒弟', '人'],
]);
/** Words after a free-standing 长 that make it the verb zhǎng 'to grow': 长高, 长出, 长满. */
const ZHANG_AFTER = new Set(['高', '出', '满', '胖']);

const lastChar = (w: WordToken) => w.chars.at(-1)!.ch;

/**
 * One character standing alone as a word, set by the word before and after it (both adjacent: no
 * punctuation, digit or Latin between). Run after the 为 rules; returns what it changed.
 */
export function applyNeighbourRules(tokens: Token[]): RuledReading[] {
  const changed: RuledReading[] = [];
  let han = 0;
  const set = (t: WordToken, at: number, py: string, tone: 1 | 2 | 3 | 4 | 5, rule: NeighbourRule) => {
    t.chars[0] = { ch: t.chars[0]!.ch, py, tone };
    changed.push({ index: at, rule });
  };
  /** Would `py` go against a word the character forms with a neighbour's character (不适 | 应)? */
  const splitWord = (ch: string, py: string, prev?: WordToken, next?: WordToken) =>
    (prev && (wordReadings(lastChar(prev) + ch)?.[1] ?? py) !== py) ||
    (next && (wordReadings(ch + next.chars[0]!.ch)?.[0] ?? py) !== py);
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
        const n = prev?.chars.length ?? 0;
        const reduplicated =
          prev &&
          ((n >= 2 && prev.chars[n - 1]!.ch === prev.chars[n - 2]!.ch) ||
            (before2 && isWord(before2) && before2.text === prev.text)); // 牢 | 牢 | 地, 一道 | 一道 | 地
        const adverbial =
          prev &&
          (n >= 3 ||
            MANNER.has(prev.text) ||
            reduplicated ||
            MANNER_TAIL.test(adjacentText(tokens, i)) ||
            (n === 2 && before2 && isWord(before2) && MANNER.has(before2.text)) || // 积极 | 负责 | 地
            (n === 1 && before2 && isWord(before2) && DEGREE.has(before2.text))) &&
          !PLACE_BEFORE_DI.has(prev.text);
        if (py === 'dì' && adverbial && next && !PLACE_AFTER_DI.has(next.text) && !counted)
          set(t, at, 'de', 5, '地 de');
        break;
      }
      case '得': // 处理得非常妥当, 好得多, 经得起; not 不得, 求得, 得出, 使群众得实惠
        if (
          py === 'dé' &&
          prev &&
          next &&
          !DE_KEEP_BEFORE.has(prev.text) &&
          (DE_COMPLEMENT.has(next.text) || (prev.chars.length === 1 && DE_POTENTIAL.has(next.text))) &&
          !splitWord('得', 'de', prev, next)
        ) {
          set(t, at, 'de', 5, '得 de');
          // 长得很快: 'to grow'
          if (prev.text === '长' && prev.chars[0]!.py === 'cháng') set(prev, at - 1, 'zhǎng', 3, '长 zhǎng');
        }
        break;
      case '应': // the modal 'should': 应及时就医; not 应市民要求 'at the request of'
        if (
          py === 'yìng' &&
          next &&
          !YING_KEEP_NEXT.has(next.chars[0]!.ch) &&
          !restOfClause(tokens, i + 1).some((w) => YING_RESPONSE.has(w)) &&
          !splitWord('应', 'yīng', prev, next)
        )
          set(t, at, 'yīng', 1, '应 yīng');
        break;
      case '长': // 个子长高了, 长满了青苔
        if (
          py === 'cháng' &&
          next &&
          ZHANG_AFTER.has(next.text) &&
          !counted &&
          !splitWord('长', 'zhǎng', prev, next)
        )
          set(t, at, 'zhǎng', 3, '长 zhǎng');
        break;
      case '只': // 只用了三天; not 一只, 数千只, 3只
        if (py === 'zhī' && !counted && !splitWord('只', 'zhǐ', prev, next)) set(t, at, 'zhǐ', 3, '只 zhǐ');
        break;
      case '干': // 干了二十年, 一起干; not 晒干 (a word)
        if (
          py === 'gān' &&
          !(prev && GAN_KEEP_BEFORE.has(lastChar(prev))) &&
          ((next && GAN_AFTER.has(next.text)) || (prev && GAN_BEFORE.has(prev.text))) &&
          !splitWord('干', 'gàn', prev, next)
        )
          set(t, at, 'gàn', 4, '干 gàn');
        break;
      case '种': // 种水稻, 种满了, 及时补种; not 各种, 这种, 20种
        if (
          py === 'zhǒng' &&
          !counted &&
          ((next && ZHONG_AFTER.has(next.text)) || (prev && ZHONG_VERB_BEFORE.has(prev.text))) &&
          !splitWord('种', 'zhòng', prev, next)
        )
          set(t, at, 'zhòng', 4, '种 zhòng');
        break;
      case '教': // 奶奶教我剪窗花, 手把手教居民; not 信教群众, 尊师重教, 强教 (jiào)
        if (py === 'jiào' && next && TEACH_WHOM.has(next.text) && !splitWord('教', 'jiāo', prev, next))
          set(t, at, 'jiāo', 1, '教 jiāo');
        break;
    }
  }
  return changed;
}
