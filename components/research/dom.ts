import { passageSentenceIds, resolvePassage, type Passage } from '@/lib/cite/passage';
import { joinPinyin, type PinyinPart } from '@/lib/export/pinyin';
import { ZH } from './source-text';

export { sourceText, ZH } from './source-text';

/** Text of an element without its <rt>/<rp> (the characters only). */
export function textWithoutRuby(el: Element): string {
  const clone = el.cloneNode(true) as Element;
  clone.querySelectorAll('rt, rp').forEach((n) => n.remove());
  return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The syllable shown in an <rt>, following the reader's tone-sandhi setting. */
function syllable(rt: Element): string {
  const spoken = rt.getAttribute('data-s');
  return spoken && document.documentElement.dataset.sandhi === 'on' ? spoken : (rt.textContent ?? '');
}

/** The pinyin line of a rendered Chinese element, read from the page's ruby markup. */
export function pinyinOf(el: Element): string {
  const parts: PinyinPart[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) {
      if (n.textContent) parts.push({ text: n.textContent });
      return;
    }
    if (!(n instanceof Element) || n.tagName === 'RT' || n.tagName === 'RP') return;
    if (n.hasAttribute('data-word')) {
      const rts = [...n.querySelectorAll('rt')];
      if (rts.length) parts.push({ word: rts.map(syllable).join('') });
      else parts.push({ text: n.textContent ?? '' });
      return;
    }
    n.childNodes.forEach(walk);
  };
  walk(el);
  return joinPinyin(parts);
}

export type CopyKind = 'zh' | 'en' | 'pinyin' | 'all';

/**
 * The text of a block to copy: Chinese, English, Chinese with pinyin, or all three. The Chinese is
 * as shown: Traditional on the Traditional page (citations, not copies, quote the source script).
 */
export function passageText(block: Element, kind: CopyKind): string {
  const zhEl = block.querySelector(`:scope > ${ZH}`);
  const enEl = block.querySelector(':scope > [lang="en"]');
  const zh = zhEl ? textWithoutRuby(zhEl).replace(/\s+/g, '') : '';
  const en = enEl ? (enEl.textContent ?? '').replace(/\s+/g, ' ').trim() : '';
  const py = zhEl ? pinyinOf(zhEl) : '';
  if (kind === 'zh') return zh;
  if (kind === 'en') return en;
  if (kind === 'pinyin') return `${zh}\n${py}`;
  return `${zh}\n${py}\n${en}`;
}

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const ta = document.createElement('textarea');
    ta.value = text;
    ta.setAttribute('readonly', '');
    ta.style.position = 'fixed';
    ta.style.opacity = '0';
    document.body.appendChild(ta);
    ta.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    ta.remove();
    return ok;
  }
}

/** How many sentences a block of the page has (undefined: no such block). */
function sentencesIn(blockId: string): number | undefined {
  const block = document.getElementById(blockId);
  if (!block?.hasAttribute('data-block')) return undefined;
  return block.querySelectorAll(`:scope > ${ZH} [data-sentence]`).length;
}

/** The passage a deep link names, resolved against the page (lib/cite/passage: invalid ranges fall back). */
export function pagePassage(id: string): Passage | null {
  return resolvePassage(id, sentencesIn);
}

/** The English elements that render the given Chinese sentences (a merged English sentence once). */
export function englishOf(ids: readonly string[]): Element[] {
  const sel = ids
    .map((id) => CSS.escape(id))
    .map((e) => `[lang="en"] [data-sentence="${e}"], [lang="en"] [data-sentences~="${e}"]`)
    .join(', ');
  return [...document.querySelectorAll(sel)];
}

/** The Chinese and English elements of a passage (block, sentence or range of sentences). */
export function passageElements(p: Passage): Element[] {
  const block = document.getElementById(p.blockId);
  if (!block?.hasAttribute('data-block')) return [];
  const ids = passageSentenceIds(p);
  if (!ids.length) return [block];
  const zh = ids.map((id) => document.getElementById(id)).filter((e): e is HTMLElement => e !== null);
  return [...zh, ...englishOf(ids)];
}
