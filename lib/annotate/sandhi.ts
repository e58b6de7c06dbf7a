import type { CharReading, Token } from './types';
import { toneOf } from './tone';

/**
 * Spoken tone changes of 一 and 不 (the citation tones yī / bù stay in `py`; the spoken form goes
 * into `spoken`/`spokenTone`, only where it differs). Rules, as taught in standard grammars:
 * - 不 before a 4th tone → bú (不断 búduàn); between two identical syllables (好不好) → neutral bu.
 * - 一 before a 4th tone → yí (一个 yí gè); before a 1st, 2nd or 3rd tone → yì (一流 yìliú, 一年 yì nián);
 *   between two identical syllables (看一看) → neutral yi.
 * - 一 keeps yī as a number or ordinal: at the end of a word (统一, 唯一, 第一), after 第, next to
 *   another digit (十一, 一二三), before 月/号/楼/期/等/级 (一月, 一号楼, 项目一期 "phase one",
 *   一等奖, 一级), and where no Han character follows (end of sentence, before punctuation or digits).
 * Only characters next to each other in the text count: punctuation, digits or spaces break the chain.
 */
const DIGITS = new Set([...'〇零一二三四五六七八九十']);
const ORDINAL_NEXT = new Set([...'月号楼期等级']);

interface Slot {
  c: CharReading;
  /** last character of a multi-character word */
  wordFinal: boolean;
}

function spoken(c: CharReading, py: string) {
  c.spoken = py;
  c.spokenTone = toneOf(py);
}

export function applySandhi(tokens: Token[]): void {
  // Han characters grouped into chains of adjacent characters (a text token breaks the chain).
  const chains: Slot[][] = [];
  let chain: Slot[] = [];
  for (const t of tokens) {
    if (t.kind === 'text') {
      if (chain.length) chains.push(chain);
      chain = [];
      continue;
    }
    t.chars.forEach((c, i) => chain.push({ c, wordFinal: t.chars.length > 1 && i === t.chars.length - 1 }));
  }
  if (chain.length) chains.push(chain);

  for (const ch of chains)
    ch.forEach(({ c, wordFinal }, i) => {
      const prev = ch[i - 1]?.c;
      const next = ch[i + 1]?.c;
      if (!next) return;
      if (c.ch === '不' && c.py === 'bù') {
        if (prev && prev.ch === next.ch) spoken(c, 'bu');
        else if (next.tone === 4) spoken(c, 'bú');
        return;
      }
      if (c.ch !== '一' || c.py !== 'yī') return;
      if (
        wordFinal ||
        prev?.ch === '第' ||
        (prev && DIGITS.has(prev.ch)) ||
        DIGITS.has(next.ch) ||
        ORDINAL_NEXT.has(next.ch)
      )
        return;
      if (prev && prev.ch === next.ch) spoken(c, 'yi');
      else if (next.tone === 4) spoken(c, 'yí');
      else if (next.tone !== 5) spoken(c, 'yì');
    });
}
