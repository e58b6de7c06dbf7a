'use client';

import { usePathname } from 'next/navigation';

/**
 * Links to the same page in the other UI locale. Without JavaScript it is a plain link to the same
 * path; with it, the current paragraph (#hash) is kept and the choice is remembered in the
 * NEXT_LOCALE cookie, which the proxy uses for the redirect at `/`.
 */
export function LocaleSwitcher({
  current,
  label,
  options,
}: {
  current: string;
  label: string;
  options: { locale: string; label: string }[];
}) {
  const pathname = usePathname() ?? `/${current}`;
  const rest = pathname.replace(/^\/[^/]+/, '');
  return (
    <div role="group" aria-label={label} className="flex items-center rounded-md border border-rule text-sm">
      {options.map((o) => {
        const href = `/${o.locale}${rest}`;
        const active = o.locale === current;
        return (
          <a
            key={o.locale}
            href={href}
            hrefLang={o.locale === 'zh' ? 'zh-Hans' : 'en'}
            lang={o.locale === 'zh' ? 'zh-Hans' : 'en'}
            aria-current={active ? 'true' : undefined}
            data-locale-link={o.locale}
            onClick={(e) => {
              document.cookie = `NEXT_LOCALE=${o.locale}; path=/; max-age=31536000; samesite=lax`;
              if (window.location.hash) {
                e.preventDefault();
                // A full load to the same paragraph in the other locale (the hash is client-only).
                // eslint-disable-next-line @next/next/no-location-assign-relative-destination
                window.location.assign(href + window.location.hash);
              }
            }}
            className="inline-flex min-h-11 min-w-11 items-center justify-center px-3 no-underline first:rounded-l-md last:rounded-r-md aria-[current=true]:bg-ink aria-[current=true]:text-paper"
          >
            {o.label}
          </a>
        );
      })}
    </div>
  );
}
