import { getTranslations } from 'next-intl/server';
import type { BlockSlotProps } from './slots';

// Slot: Per-block researcher actions (copy link, cite, copy passage) — issue 7.
// Only a button is rendered per block; one client leaf (components/research/research-client.tsx)
// handles every button by event delegation, so no per-block component state or props ship.
export async function BlockActions({ block, locale }: BlockSlotProps) {
  const t = await getTranslations({ locale, namespace: 'Actions' });
  return (
    <button
      type="button"
      className="block-actions"
      data-actions-for={block.id}
      aria-haspopup="menu"
      aria-expanded="false"
      aria-label={t('menu', { id: block.id })}
    >
      <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="currentColor">
        <circle cx="5" cy="12" r="2" />
        <circle cx="12" cy="12" r="2" />
        <circle cx="19" cy="12" r="2" />
      </svg>
    </button>
  );
}
