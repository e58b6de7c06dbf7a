import { CLAUSE_END, isWord } from './clause';
import { applyNeighbourRules, type NeighbourRule } from './neighbours';
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
 * name what someone becomes open the same frame (任命他为秘书长, 推选她为组长).
 *
 * Then the characters whose reading the words beside them decide (neighbours.ts).
 */

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

/**
 * Verbs that open the frame at a distance: 任命 X 为 Y 'appoint X as Y'. Only verbs whose object is a
 * person: after 确定, 认定, 命名 the words before 为 can be a clause of their own (国家确定用专款为一批
 * 高等院校建设设施, 为 wèi 'for'), so those count only right before 为 (RESULT_VERBS).
 */
const FRAME_VERBS = new Set(['任命', '选举', '推选', '推举', '聘请', '聘任', '称呼', '尊称', '誉']);

export type ContextRule = '以…为' | '动词+为' | NeighbourRule;

/** A reading a rule changed: the Han-character index in the sentence and the rule. */
export interface RuledReading {
  index: number;
  rule: ContextRule;
}

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
