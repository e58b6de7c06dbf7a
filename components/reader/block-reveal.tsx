import { getTranslations } from 'next-intl/server';
import type { BlockSlotProps } from './slots';

/** Body blocks only: a reveal button inside a heading would become part of its name. */
const REVEALABLE = new Set(['lead', 'paragraph', 'caption', 'sidebar-paragraph']);

/**
 * Per-block "Show English" button for self-testing learners — issue 6. Hidden by CSS unless
 * html[data-js=on][data-reveal=on]; clicks are handled by delegation in ReaderBehaviour.
 */
export async function BlockReveal({ block, locale }: BlockSlotProps) {
  if (!REVEALABLE.has(block.kind)) return null;
  const t = await getTranslations({ locale, namespace: 'Reveal' });
  return (
    <button type="button" className="rx-reveal" data-reveal-toggle="" aria-expanded="false">
      <span className="rx-reveal-show">{t('show')}</span>
      <span className="rx-reveal-hide">{t('hide')}</span>
    </button>
  );
}
