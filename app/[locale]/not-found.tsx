import { useLocale } from 'next-intl';
import { NotFoundView } from '@/components/not-found-view';

// Next's fallback for notFound() inside a locale. In a production build the proxy answers unknown
// addresses first (with the prerendered /[locale]/404 page), so this shows under `next dev`, or
// if that page is missing from the build.
export default function LocaleNotFound() {
  return <NotFoundView locale={useLocale()} />;
}
