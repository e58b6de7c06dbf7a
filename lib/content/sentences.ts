/**
 * The documented sentence rule (docs/content-format.md): a Chinese sentence ends at 。！？, together
 * with any closing quotes or brackets and further end marks right after it (。” ！？ ？）). One rule for
 * the validator (checkArticle) and the authoring tool that splits new text (lib/authoring).
 */
const END = '。！？';
const CLOSERS = '”’」』）)';

/** An end mark with text of a next sentence after it: the string holds more than one sentence. */
export const SENTENCE_END_INSIDE = /[。！？](?![”’」』）)。！？]|$)/u;

/** Splits a paragraph into sentences by the rule; text after the last end mark is a sentence too. */
export function splitChineseSentences(paragraph: string): string[] {
  const out: string[] = [];
  const units = [...paragraph];
  let start = 0;
  for (let i = 0; i < units.length; i++) {
    if (!END.includes(units[i]!)) continue;
    let j = i + 1;
    while (j < units.length && (END.includes(units[j]!) || CLOSERS.includes(units[j]!))) j++;
    out.push(units.slice(start, j).join(''));
    start = j;
    i = j - 1;
  }
  if (start < units.length) out.push(units.slice(start).join(''));
  return out.map((s) => s.trim()).filter((s) => s.length > 0);
}
