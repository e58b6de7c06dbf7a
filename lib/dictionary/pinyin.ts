/**
 * CC-CEDICT writes pinyin with tone numbers (`xing2 zheng4`, `lu:3`, `r5`); readers expect tone
 * marks. Pure, so the build and unit tests share it.
 */
const MARKS: Record<string, string> = {
  a: 'āáǎà',
  e: 'ēéěè',
  i: 'īíǐì',
  o: 'ōóǒò',
  u: 'ūúǔù',
  ü: 'ǖǘǚǜ',
};

function mark(vowel: string, tone: number): string {
  const lower = vowel.toLowerCase();
  const m = MARKS[lower]?.[tone - 1];
  if (!m) return vowel;
  return vowel === lower ? m : m.toUpperCase();
}

/** One numbered syllable (`zhong1`, `Lu:3`, `r5`) to its tone-marked form; anything else unchanged. */
export function markSyllable(syllable: string): string {
  const m = /^([a-zA-ZüÜ:]+)([1-5])$/.exec(syllable);
  if (!m) return syllable.replace(/u:/g, 'ü').replace(/U:/g, 'Ü');
  const base = m[1]!.replace(/u:|v/g, 'ü').replace(/U:|V/g, 'Ü');
  const tone = Number(m[2]);
  if (tone === 5) return base;
  // The mark goes on a or e if present; on the o of "ou"; otherwise on the last vowel.
  let at = base.search(/[aeAE]/);
  if (at < 0) at = base.search(/o[uU]|O[uU]/i);
  if (at < 0) {
    for (let i = base.length - 1; i >= 0; i--)
      if (/[aeiouüAEIOUÜ]/.test(base[i]!)) {
        at = i;
        break;
      }
  }
  if (at < 0) return base; // "m2", "ng4" etc.: no vowel to mark
  return base.slice(0, at) + mark(base[at]!, tone) + base.slice(at + 1);
}

/** A whole numbered pinyin string, syllable by syllable. */
export function numberedToMarked(pinyin: string): string {
  return pinyin
    .split(' ')
    .map((s) => markSyllable(s))
    .join(' ');
}

/**
 * CC-CEDICT cross-references look like `什麼|什么[shen2 me5]` or `大家[da4 jia1]`; shown as
 * `什么 [shénme]`-style text they read naturally.
 */
export function tidyDefinition(def: string): string {
  return def
    .replace(/[^\s,;:()|[\]]+\|([^\s,;:()|[\]]+)\[/g, '$1[')
    .replace(
      /\[([a-zA-Z:]+[1-5]?(?: [a-zA-Z:,·]+[1-5]?)*)\]/g,
      (_m, py: string) => ` [${numberedToMarked(py)}]`,
    )
    .replace(/ {2,}/g, ' ');
}

/** Lowercase, toneless, letters only: `Jǐ nán` → `jinan` (NFD drops the marks, ü's included). Used by the reader's search. */
export function plainPinyin(pinyin: string): string {
  return pinyin
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

// The inverse of MARKS: a tone-marked vowel → its base vowel and tone number.
const TONE_OF: Record<string, [string, number]> = {};
for (const [base, marks] of Object.entries(MARKS))
  [...marks].forEach((m, i) => {
    TONE_OF[m] = [base, i + 1];
    TONE_OF[m.toUpperCase()] = [base.toUpperCase(), i + 1];
  });

/** `Jǐ nán` → `Ji3 nan2`; Pleco reads tone numbers reliably (ü as u:). */
export function toNumberedPinyin(pinyin: string): string {
  return pinyin
    .split(/\s+/)
    .filter(Boolean)
    .map((syl) => {
      let tone = 5;
      const base = [...syl]
        .map((c) => {
          const t = TONE_OF[c];
          if (!t) return c;
          tone = t[1];
          return t[0];
        })
        .join('')
        .replace(/ü/g, 'u:')
        .replace(/Ü/g, 'U:');
      return /[a-zA-Z]/.test(base) ? `${base}${tone}` : base;
    })
    .join(' ');
}
