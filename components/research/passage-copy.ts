import { passageSentenceIds, type Passage } from '@/lib/cite/passage';
import { englishOf, sourceText, ZH } from './dom';

// Used by the cite dialog only, so it loads with the dialog's chunk, not with the reader.

/**
 * The Chinese, the English, or both, of a passage: exactly its sentences when it is not a block.
 * The Chinese is the source's (Simplified, from data-word) on either page, as citations quote it.
 */
export function passageRangeText(p: Passage, kind: 'zh' | 'en' | 'both'): string {
  const ids = passageSentenceIds(p);
  const block = document.getElementById(p.blockId);
  if (!block) return '';
  const zhEls = ids.length
    ? ids.map((id) => document.getElementById(id))
    : [block.querySelector(`:scope > ${ZH}`)];
  const zh = zhEls.map((e) => (e ? sourceText(e).replace(/\s+/g, '') : '')).join('');
  const enEls = ids.length ? englishOf(ids) : [block.querySelector(':scope > [lang="en"]')];
  const en = enEls
    .filter((e): e is Element => e !== null)
    .map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim())
    .join(' ');
  if (kind === 'zh') return zh;
  if (kind === 'en') return en;
  return `${zh}\n${en}`;
}
