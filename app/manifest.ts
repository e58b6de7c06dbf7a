import type { MetadataRoute } from 'next';
import en from '@/messages/en.json';

export const dynamic = 'force-static';

// One manifest for both locales (the app is installed once); `/` sends the reader to their locale.
// The PNG icons are app/icon.svg drawn at 192 and 512 px (scripts/icons.mjs).
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: 'Duizhao 对照',
    short_name: 'Duizhao',
    description: en.Meta.description,
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#fbfaf7',
    theme_color: '#fbfaf7',
    icons: [
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
    ],
  };
}
