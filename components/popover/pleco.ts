/**
 * Pleco's URL scheme for a dictionary search (`plecoapi://x-callback-url/s?q=…`), opened by the
 * Pleco app on iOS and Android. The word is percent-encoded as one query value, so a character that
 * means something in a URL (&, #, ?, =, +, /, %, spaces) stays part of the search.
 */
export function plecoUrl(word: string): string {
  return `plecoapi://x-callback-url/s?q=${encodeURIComponent(word.trim())}`;
}

/** Devices whose main pointer is a finger: where an installed Pleco can answer the link. */
export const TOUCH_QUERY = '(pointer: coarse)';
