/**
 * English sentence split for drafts: ICU's sentence segmenter (Intl.Segmenter, built into Node), which
 * already keeps decimals (6.5%) and initialisms (U.S.) whole, then a join after abbreviations that
 * ICU's root rules break after when a capital or digit follows ("No. 1 Middle School", "Mr. Liu").
 * ICU also never ends a sentence before a number followed by a lowercase word ("… another. 2024 is a
 * crucial year"), which government texts do all the time; such a segment is cut there again.
 * Abbreviations that often end a sentence (etc.) are not in the list: a wrong split shows up as a
 * count mismatch the editor is shown; a wrong join would hide one.
 */
const ABBREVIATIONS = new Set(
  (
    'No Nos Mr Mrs Ms Dr Prof St Mt Co Corp Ltd Inc Jr Sr vs e.g i.e cf approx Art Arts para Vol pp Fig ' +
    'Jan Feb Mar Apr Aug Sep Sept Oct Nov Dec'
  )
    .toLowerCase()
    .split(' '),
);

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

function endsWithAbbreviation(segment: string): boolean {
  const m = /(?:^|[\s(“"'‘])([A-Za-z]+(?:\.[A-Za-z]+)*)\.\s*$/.exec(segment);
  return m !== null && ABBREVIATIONS.has(m[1]!.toLowerCase());
}

/** End mark (with closing quotes) and spaces before a digit: where ICU would not cut. */
const BEFORE_DIGIT = /[.!?]["”’')]*\s+(?=\d)/g;

function cutBeforeDigits(segment: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (const m of segment.matchAll(BEFORE_DIGIT)) {
    const end = m.index + m[0].length;
    if (endsWithAbbreviation(segment.slice(start, end))) continue;
    pieces.push(segment.slice(start, end));
    start = end;
  }
  pieces.push(segment.slice(start));
  return pieces;
}

export function splitEnglishSentences(paragraph: string): string[] {
  const out: string[] = [];
  let pending = '';
  for (const segment of [...segmenter.segment(paragraph)].flatMap((s) => cutBeforeDigits(s.segment))) {
    pending += segment;
    if (endsWithAbbreviation(pending)) continue;
    out.push(pending);
    pending = '';
  }
  if (pending) out.push(pending);
  return out.map((s) => s.trim()).filter((s) => s.length > 0);
}
