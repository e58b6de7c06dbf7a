import { Converter } from 'opencc-js/cn2t';

/**
 * OpenCC's Simplified (Mainland) → Traditional (Taiwan standard) converter: `{ from: 'cn', to: 'tw' }`,
 * OpenCC's s2tw.
 *
 * Why `tw` and not `twp` (Taiwan with phrase conversion): both pick the Traditional character from
 * OpenCC's phrase table (发展 發展, 头发 頭髮), and both give Taiwan's standard character forms (裡, 臺,
 * 著). `twp` then also swaps words for Taiwan vocabulary, and that breaks this reader: on
 * huaiyin-2024 it rewrites 24 of 82 sentences — 项目 → 專案, 数据 → 資料, 智能 → 智慧, 高端 → 高階,
 * 互联网 → 網際網路 (a different length) and 循环 → 迴圈 (a programming 'loop', wrong in 循环经济).
 * The pinyin above each character would then belong to another word, and the text would no longer
 * be the source's text in another script. `tw` keeps every character's length and reading: on the
 * same article every converted character maps back to its source character.
 *
 * Build time only: the 1 MB dictionary never reaches the browser (lib/convert/index.ts is
 * server-only; next.config.mjs keeps the package external to the server bundle).
 */
export type TextConverter = (text: string) => string;

let converter: TextConverter | undefined;

export function openccTw(): TextConverter {
  return (converter ??= Converter({ from: 'cn', to: 'tw' }));
}
