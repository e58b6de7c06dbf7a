/** Helpers for reading Chinese aloud with the browser's speech synthesis (no React, unit-tested). */

export interface VoiceLike {
  lang: string;
  name: string;
  voiceURI: string;
  localService?: boolean;
  default?: boolean;
}

/**
 * The best Mandarin voice: mainland (zh-CN / cmn-Hans) first, then other Mandarin (zh-TW, zh-SG,
 * plain zh). Cantonese (zh-HK, yue) reads characters differently, so it never counts.
 */
export function pickChineseVoice<V extends VoiceLike>(voices: readonly V[]): V | undefined {
  const rank = (v: V) => {
    const lang = v.lang.replace(/_/g, '-').toLowerCase();
    if (/^(yue|zh-hk|zh-mo|zh-yue)/.test(lang) || /cantonese/i.test(v.name)) return -1;
    if (lang === 'zh-cn' || lang.startsWith('cmn-hans') || lang === 'zh-hans-cn' || lang === 'cmn-cn')
      return 3;
    if (lang === 'zh-hans' || lang === 'zh' || lang === 'cmn') return 2;
    if (lang.startsWith('zh-') || lang.startsWith('cmn')) return 1;
    return -1;
  };
  let best: V | undefined;
  let bestScore = 0;
  for (const v of voices) {
    const score = rank(v) * 2 + (v.localService ? 1 : 0);
    if (rank(v) > 0 && score > bestScore) {
      best = v;
      bestScore = score;
    }
  }
  return best;
}

export const RATES = [0.6, 0.7, 0.8, 0.9, 1, 1.1, 1.2] as const;

/** A stored or chosen speed, snapped into 0.6–1.2 (anything else → 1). */
export function clampRate(v: unknown): number {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN;
  if (!Number.isFinite(n)) return 1;
  return RATES.reduce((best, r) => (Math.abs(r - n) < Math.abs(best - n) ? r : best), 1 as number);
}

/** The characters of a Chinese sentence element, without its pinyin (rt/rp). */
export function spokenText(el: Element): string {
  let out = '';
  const walk = (n: Node) => {
    for (const c of Array.from(n.childNodes)) {
      if (c.nodeType === 3) out += c.nodeValue ?? '';
      else if (c.nodeType === 1) {
        const tag = (c as Element).tagName.toLowerCase();
        if (tag !== 'rt' && tag !== 'rp') walk(c);
      }
    }
  };
  walk(el);
  return out.trim();
}
