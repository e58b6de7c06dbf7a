/** Absolute origin used for canonical URLs, citations and the sitemap. Override with SITE_URL. */
export const SITE_URL = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, '');
