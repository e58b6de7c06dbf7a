import type { PinyinOverride } from '@/lib/content/schema';
import { segmentHanRun, type RawWord } from './segment';

/**
 * Reviewed pinyin overrides (content/pinyin/overrides.json), applied to pinyin-pro's segmentation.
 *
 * Matching: within each run of Han characters, left to right, the longest override that starts at a
 * position wins; the next search starts after it (overrides never overlap). A one-character override
 * is the reading of that character where it stands alone as a word (量 liàng in 量的合理增长 and
 * 投资量 → 投资 | 量): it never reaches into a longer word of pinyin-pro's (数量, 质量 keep theirs).
 * Segmentation: an override forces word boundaries at both of its ends (a word of pinyin-pro's that
 * crosses an end is cut there). Inside, an override of up to four characters is one word (槐荫,
 * 刘敬涛, 打好, 项目为王); a longer one is a phrase, segmented as pinyin-pro segments its text on
 * its own (量的合理增长 → 量 | 的 | 合理 | 增长).
 * A general override of two characters (kept for articles to come, not reviewed against one) applies
 * only where it cuts no word of pinyin-pro's at its ends: 一行 'party of' in 调研组一行, not in
 * 这一行业 (行业); 早上 not in 尽早上马. Longer ones are specific enough to cut (扎扎实实|地).
 */
export const MAX_WORD_OVERRIDE = 4;

export interface CompiledOverride {
  text: string;
  chars: string[];
  py: string[];
  /** Word lengths inside the override, summing to chars.length. */
  words: number[];
  general: boolean;
}

export interface OverrideSet {
  /** Overrides by first character, longest first. */
  byFirst: Map<string, CompiledOverride[]>;
  all: CompiledOverride[];
}

export function compileOverrides(
  list: readonly Pick<PinyinOverride, 'text' | 'pinyin' | 'general'>[],
): OverrideSet {
  const byFirst = new Map<string, CompiledOverride[]>();
  const all: CompiledOverride[] = [];
  for (const o of list) {
    const chars = [...o.text];
    const py = o.pinyin.normalize('NFC').trim().toLowerCase().split(/\s+/);
    if (py.length !== chars.length)
      throw new Error(`override ${o.text}: one syllable per character expected`);
    const words =
      chars.length <= MAX_WORD_OVERRIDE ? [chars.length] : segmentHanRun(o.text).map((w) => w.chars.length);
    const c: CompiledOverride = { text: o.text, chars, py, words, general: o.general === true };
    all.push(c);
    const first = chars[0]!;
    const list2 = byFirst.get(first) ?? [];
    list2.push(c);
    list2.sort((a, b) => b.chars.length - a.chars.length);
    byFirst.set(first, list2);
  }
  return { byFirst, all };
}

export const NO_OVERRIDES: OverrideSet = compileOverrides([]);

/** Where an override applied: its text and the index of its first character within the Han run. */
export interface AppliedOverride {
  override: CompiledOverride;
  index: number;
}

/** Applies overrides to one Han run as segmented by pinyin-pro. Returns new words; input is untouched. */
export function applyOverrides(
  words: readonly RawWord[],
  set: OverrideSet,
): { words: RawWord[]; applied: AppliedOverride[] } {
  const chars = words.flatMap((w) => w.chars);
  const py = words.flatMap((w) => w.py);
  // starts[i] is true when a word starts at character i
  const starts: boolean[] = new Array<boolean>(chars.length + 1).fill(false);
  let at = 0;
  for (const w of words) {
    starts[at] = true;
    at += w.chars.length;
  }
  starts[chars.length] = true;
  const own = [...starts]; // pinyin-pro's boundaries, before any override

  const applied: AppliedOverride[] = [];
  for (let i = 0; i < chars.length;) {
    const alone = starts[i] && starts[i + 1];
    const o = set.byFirst
      .get(chars[i]!)
      ?.find(
        (c) =>
          (c.chars.length > 1 || alone) &&
          (!c.general || c.chars.length > 2 || (own[i] && own[i + c.chars.length])) &&
          c.chars.every((ch, k) => chars[i + k] === ch),
      );
    if (!o) {
      i++;
      continue;
    }
    const n = o.chars.length;
    for (let k = 0; k < n; k++) {
      py[i + k] = o.py[k]!;
      starts[i + k] = false;
    }
    let inner = i;
    for (const len of o.words) {
      starts[inner] = true;
      inner += len;
    }
    starts[i + n] = true;
    applied.push({ override: o, index: i });
    i += n;
  }
  if (!applied.length) return { words: words.map((w) => ({ chars: [...w.chars], py: [...w.py] })), applied };

  const out: RawWord[] = [];
  for (let i = 0; i < chars.length;) {
    let j = i + 1;
    while (!starts[j]) j++;
    out.push({ chars: chars.slice(i, j), py: py.slice(i, j) });
    i = j;
  }
  return { words: out, applied };
}
