import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Pages are static documents; plain links do full loads, so the pre-paint settings script and
      // #paragraph targets behave the same on every navigation, and no RSC prefetch of large pages happens.
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
  {
    ignores: [
      'node_modules/**',
      '.next/**',
      '.next-*/**',
      'out/**',
      'bench/**',
      'next-env.d.ts',
      'public/**',
    ],
  },
];

export default config;
