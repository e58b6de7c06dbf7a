import { HTML_LIKE } from '@/lib/content/schema';

/** Markdown that a plain-text paragraph never needs; its characters would reach the page literally. */
const MARKDOWN: { re: RegExp; what: string }[] = [
  { re: /^\s{0,3}#{1,6}\s/, what: 'a Markdown heading (#)' },
  { re: /^\s{0,3}>\s/, what: 'a Markdown quote (>)' },
  { re: /^\s{0,3}[-*+]\s/, what: 'a Markdown list item' },
  { re: /\*\*[^*]+\*\*|__[^_]+__/, what: 'Markdown bold (** or __)' },
  { re: /!?\[[^\]]*\]\([^)]*\)/, what: 'a Markdown link or image' },
  { re: /`[^`]*`/, what: 'Markdown code (`)' },
];

/** Names the markup in a line of text, or returns undefined when it is plain text. */
export function findMarkup(line: string): string | undefined {
  const html = HTML_LIKE.exec(line);
  if (html) return `HTML (${html[0]})`;
  return MARKDOWN.find((m) => m.re.test(line))?.what;
}
