/**
 * The one HTML builder of the static article body. Every text and attribute value goes through
 * `escapeHtml`; markup can only be made by `el`, so content never reaches the page unescaped.
 * `SafeHtml` is a branded string: only this module mints it, and the component that places the
 * body (components/reader/static-article.tsx) accepts nothing else.
 */
declare const SAFE: unique symbol;
export type SafeHtml = string & { readonly [SAFE]: true };

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for use as element content or a double-quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESC[c]!);
}

/** Attribute values: a string, `true` for a bare attribute, or nothing (omitted). */
export type Attrs = Record<string, string | number | true | undefined | null | false>;

const NAME = /^[a-zA-Z][a-zA-Z0-9-]*$/;
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'wbr', 'source']);

function attrs(a: Attrs): string {
  let out = '';
  for (const [k, v] of Object.entries(a)) {
    if (v === undefined || v === null || v === false) continue;
    // Names are code, never content; refuse anything odd rather than escape it.
    if (!NAME.test(k)) throw new Error(`invalid attribute name: ${k}`);
    out += v === true ? ` ${k}` : ` ${k}="${escapeHtml(String(v))}"`;
  }
  return out;
}

/** Plain text as HTML. */
export const text = (t: string): SafeHtml => escapeHtml(t) as SafeHtml;

/** Already-built pieces joined. */
export const join = (parts: readonly SafeHtml[], sep = ''): SafeHtml =>
  parts.join(escapeHtml(sep)) as SafeHtml;

/**
 * An element. Children must be SafeHtml (from `el` or `text`): a plain string is a type error,
 * because at run time markup and text are both strings and only the type can tell them apart.
 */
export function el(tag: string, a: Attrs = {}, ...children: SafeHtml[]): SafeHtml {
  if (!NAME.test(tag)) throw new Error(`invalid tag name: ${tag}`);
  if (VOID.has(tag)) return `<${tag}${attrs(a)}>` as SafeHtml;
  return `<${tag}${attrs(a)}>${children.join('')}</${tag}>` as SafeHtml;
}
