import { useLocale } from 'next-intl';
import { NotFoundView } from '@/components/not-found-view';
import type { Locale } from '@/i18n/routing';

// Reached only when a page calls notFound() (an article slug the build does not know); unknown
// addresses are answered by the proxy with the prerendered /[locale]/404 page.
export default function LocaleNotFound() {
  return <NotFoundView locale={useLocale() as Locale} />;
}
