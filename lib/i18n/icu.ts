import { createTranslator, type Locale } from 'next-intl';

/**
 * Formats one raw ICU message (plural, select, placeholders) outside React's translation hooks.
 * The app has no NextIntlClientProvider: server components pass raw messages to client leaves,
 * which fill them with values known only in the browser (for example how many words are saved).
 * A plain String.replace would print "1 words" or the ICU syntax itself.
 */
export function formatIcu(locale: Locale, message: string, values: Record<string, string | number>): string {
  const t = createTranslator({ locale, messages: { m: message } }) as unknown as (
    key: 'm',
    values: Record<string, string | number>,
  ) => string;
  return t('m', values);
}
