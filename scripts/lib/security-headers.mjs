// Security headers for every response: used by next.config.mjs `headers()` (next start), by the static
// export (written to out/_headers for hosts that read it) and by scripts/static-server.mjs.
//
// Why script-src has 'unsafe-inline' here (and no nonce or hashes):
// - Every page is prerendered once at build time and served as the same bytes to everyone, so a
//   per-request nonce is impossible without making every page dynamic (Next only adds nonces to
//   pages it renders per request, from the proxy).
// - The App Router puts the React Server Components payload in inline <script>self.__next_f.push(…)
//   tags. Their hashes differ per page and per build, but Next bakes headers() into
//   routes-manifest.json at the START of `next build`, before any page is prerendered, so a
//   per-route hash list cannot exist yet (a two-pass build would need bit-identical output, and
//   not-found pages rendered on demand embed the requested URL, so they can never be hashed ahead).
// - The static export (scripts/export.mjs) does not have that problem: it inserts a
//   <meta http-equiv="Content-Security-Policy"> with the sha256 of every inline script of that very
//   file, so there the effective script policy is 'self' + hashes (both policies must pass).
// Everything else is as strict as the pages allow: no third-party origin anywhere, no plugins, no
// framing, no <base> hijack, forms only to this origin. style-src is 'self' only: no page renders a
// style="" attribute or an inline <style> (client code may still set element.style, which CSP allows);
// tests/browser/security.test.ts fails on any CSP violation, so adding one shows up at once.

/** @type {Record<string, string>} */
export const CSP_DIRECTIVES = {
  'default-src': "'self'",
  'script-src': "'self' 'unsafe-inline'",
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'media-src': "'self'",
  'worker-src': "'self'",
  'manifest-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
  'frame-ancestors': "'none'",
};

/** @param {Record<string, string>} directives */
export function serializeCsp(directives) {
  return Object.entries(directives)
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');
}

// Only features Chromium recognises: an unknown one (the retired interest-cohort; bluetooth in
// Chromium 156) logs a console message on every page and costs Lighthouse best-practices points. Speech synthesis is not a policy-controlled feature, so read-aloud keeps working.
export const PERMISSIONS_POLICY = [
  'camera=()',
  'microphone=()',
  'geolocation=()',
  'payment=()',
  'usb=()',
  'serial=()',
  'hid=()',
  'display-capture=()',
  'browsing-topics=()',
].join(', ');

/** @type {{ key: string, value: string }[]} */
export const SECURITY_HEADERS = [
  { key: 'Content-Security-Policy', value: serializeCsp(CSP_DIRECTIVES) },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];
