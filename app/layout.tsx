import type { ReactNode } from 'react';

// The real document (with <html lang>) is rendered by app/[locale]/layout.tsx.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
