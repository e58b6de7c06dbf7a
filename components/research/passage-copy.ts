import { passageSentenceIds, type Passage } from '@/lib/cite/passage';
import { englishOf, passageText, textWithoutRuby } from './dom';

// Used by the cite dialog only, so it loads with the dialog's chunk, not with the reader.

/** The Chinese, the English, or both, of a passage: exactly its sentences when it is not a block. */
export function passageRangeText(p: Passage, kind: 'zh' | 'en' | 'both'): string {
  const ids = passageSentenceIds(p);
  const block = document.getElementById(p.blockId);
  if (!ids.length) return block ? passageText(block, kind === 'both' ? 'zhen' : kind) : '';
  const zh = ids
    .map((id) => document.getElementById(id))
    .map((e) => (e ? textWithoutRuby(e).replace(/\s+/g, '') : ''))
    .join('');
  const en = englishOf(ids)
    .map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim())
    .join(' ');
  if (kind === 'zh') return zh;
  if (kind === 'en') return en;
  return `${zh}\n${en}`;
}
