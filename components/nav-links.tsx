'use client';

import { usePathname } from 'next/navigation';

/** Main navigation; marks the current section with aria-current. */
export function NavLinks({ links, locale }: { links: { href: string; label: string }[]; locale: string }) {
  const pathname = usePathname() ?? '';
  const rest = pathname.replace(new RegExp(`^/${locale}`), '') || '';
  return (
    <ul className="flex gap-1">
      {links.map((l) => {
        const current = l.href === '' ? rest === '' || rest.startsWith('/articles') : rest.startsWith(l.href);
        return (
          <li key={l.href}>
            <a
              href={`/${locale}${l.href}`}
              aria-current={current ? 'page' : undefined}
              className="inline-flex min-h-11 items-center rounded-md px-2 text-[0.95rem] sm:px-3 no-underline hover:bg-panel aria-[current=page]:font-semibold aria-[current=page]:text-accent"
            >
              {l.label}
            </a>
          </li>
        );
      })}
    </ul>
  );
}
