/**
 * "My words": words saved from the word popover, kept in this browser only (localStorage).
 * Everything read back is validated; anything odd is dropped, so corrupt or missing storage never
 * breaks a page. Pure functions plus two guarded storage helpers.
 */
import { toNumberedPinyin } from '@/lib/dictionary/pinyin';

export const WORDS_KEY = 'duizhao:words:v1';

export interface SavedWord {
  word: string;
  /** Tone-marked pinyin, one syllable per character separated by spaces, as shown in the reader. */
  pinyin: string;
  defs: string[];
  /** The Chinese sentence the word was saved from, characters only. */
  sentence: string;
  /** Its English translation, when the reader had one. */
  sentenceEn?: string;
  /** Site-relative link back to the sentence: /{locale}/articles/{slug}#{sentenceId} */
  href: string;
  savedAt: string;
}

const str = (v: unknown, max: number): v is string =>
  typeof v === 'string' && v.length > 0 && v.length <= max;
const HREF = /^\/(?:en|zh)\/articles\/[a-z0-9-]+#[a-z][a-z0-9]*(?:\.s[0-9]+)?$/;

function valid(v: unknown): SavedWord | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const o = v as Record<string, unknown>;
  if (!str(o.word, 40) || !/\p{Script=Han}/u.test(o.word)) return undefined;
  if (typeof o.pinyin !== 'string' || o.pinyin.length > 200) return undefined;
  if (!Array.isArray(o.defs) || o.defs.length > 40 || !o.defs.every((d) => str(d, 500))) return undefined;
  if (!str(o.sentence, 2000) || !str(o.href, 300) || !HREF.test(o.href)) return undefined;
  if (o.sentenceEn !== undefined && !str(o.sentenceEn, 4000)) return undefined;
  if (!str(o.savedAt, 40) || Number.isNaN(Date.parse(o.savedAt))) return undefined;
  const w: SavedWord = {
    word: o.word,
    pinyin: o.pinyin,
    defs: o.defs as string[],
    sentence: o.sentence,
    href: o.href,
    savedAt: o.savedAt,
  };
  if (o.sentenceEn !== undefined) w.sentenceEn = o.sentenceEn as string;
  return w;
}

/** Parses stored JSON; invalid items are dropped, anything else unreadable gives []. */
export function parseWords(raw: string | null | undefined): SavedWord[] {
  if (!raw) return [];
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return [];
  }
  const list = Array.isArray(data) ? data : (data as { words?: unknown } | null)?.words;
  if (!Array.isArray(list)) return [];
  const out: SavedWord[] = [];
  for (const item of list) {
    const w = valid(item);
    if (w && !out.some((x) => x.word === w.word)) out.push(w);
  }
  return out;
}

export function serializeWords(words: readonly SavedWord[]): string {
  return JSON.stringify({ version: 1, words });
}

/** Adds or refreshes a word (one card per word; the newest sentence wins), newest first. */
export function addWord(words: readonly SavedWord[], w: SavedWord): SavedWord[] {
  return [w, ...words.filter((x) => x.word !== w.word)];
}

export function removeWord(words: readonly SavedWord[], word: string): SavedWord[] {
  return words.filter((x) => x.word !== word);
}

export function readWords(): SavedWord[] {
  try {
    return parseWords(window.localStorage.getItem(WORDS_KEY));
  } catch {
    return [];
  }
}

/** Returns false when the browser refuses to store (private mode, quota). */
export function writeWords(words: readonly SavedWord[]): boolean {
  try {
    window.localStorage.setItem(WORDS_KEY, serializeWords(words));
    return true;
  } catch {
    return false;
  }
}

// --- Export -------------------------------------------------------------------------------------

/** The Anki CSV columns, in order (documented in README.md, "My words export"). */
export const ANKI_COLUMNS = [
  'Simplified',
  'Pinyin',
  'Definition',
  'Sentence',
  'SentenceEnglish',
  'Source',
] as const;

function csvField(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const oneLine = (s: string) => s.replace(/[\r\n\t]+/g, ' ').trim();

/**
 * CSV for Anki (File → Import): UTF-8, comma-separated, with Anki's header lines so the columns
 * map to fields by name and no header row becomes a card.
 */
export function toAnkiCsv(words: readonly SavedWord[], origin: string): string {
  const lines = ['#separator:Comma', '#html:false', `#columns:${ANKI_COLUMNS.join(',')}`];
  for (const w of words)
    lines.push(
      [w.word, w.pinyin, w.defs.join('; '), w.sentence, w.sentenceEn ?? '', origin + w.href]
        .map((f) => csvField(oneLine(f)))
        .join(','),
    );
  return lines.join('\n') + '\n';
}

/**
 * Pleco flashcard import (Import Cards → text file): one card per line,
 * `simplified<TAB>pinyin with tone numbers<TAB>definition`; the sentence follows the definition.
 */
export function toPlecoText(words: readonly SavedWord[]): string {
  return (
    words
      .map((w) =>
        [
          w.word,
          toNumberedPinyin(w.pinyin),
          oneLine(`${w.defs.join('; ')}${w.defs.length ? ' — ' : ''}${w.sentence}`),
        ].join('\t'),
      )
      .join('\n') + '\n'
  );
}
