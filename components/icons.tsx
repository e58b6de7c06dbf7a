import type { ReactNode } from 'react';

/** Decorative 24×24 line icon; the control around it carries the accessible name. */
export function Icon({ size = 18, children }: { size?: number; children: ReactNode }) {
  return (
    <svg
      aria-hidden="true"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
    >
      {children}
    </svg>
  );
}

/** The × of every close button (settings, contents, read-aloud). */
export function CloseIcon() {
  return (
    <Icon size={20}>
      <path d="M6 6l12 12M18 6L6 18" />
    </Icon>
  );
}
