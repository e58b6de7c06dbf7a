import type { Article } from '@/lib/content/schema';

/**
 * Numbers of a Chinese sentence and the English forms that carry them.
 *
 * Arabic numbers (checked strictly): 万 (10^4) and 亿 (10^8) applied, 1.73万 → 17,300; 3150亿 → 315
 * billion; 280余万 → 2.8 million. Years, percentages and plain counts are carried as written. Month-day
 * dates (1月17日) become month names.
 *
 * Chinese numerals (a warning only: the English may fairly say "both" or rephrase): a numeral with at
 * least one of 二…九, 两, 十 before a measure word or unit (三个, 四大, 二十年, 两千万元), ordinals
 * (第三次, 第十九届) and 百分之五. A lone 一, 百, 千 or 万 is left out: it is mostly inside words
 * (一流, 统一, 百货, 千家万户), not a count.
 */
const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);

const trim = (n: number) => String(Number(n.toFixed(6)));

export interface NumberMention {
  source: string;
  forms: string[];
}

/** The English forms of a value: 17,300; and for large values 2.8 million, 315 billion. */
function valueForms(value: number): string[] {
  const forms = [value.toLocaleString('en-US', { maximumFractionDigits: 6 })];
  if (value >= 1e6) forms.push(`${trim(value / 1e6)} million`);
  if (value >= 1e9) forms.push(`${trim(value / 1e9)} billion`);
  return forms;
}

export function numberMentions(zh: string): NumberMention[] {
  const out: NumberMention[] = [];
  const re = /(\d+(?:\.\d+)?)(余)?([万亿])?(月(\d+)日)?/gu;
  for (const m of zh.matchAll(re)) {
    const [source, digits, , unit, monthDay, day] = m;
    const n = Number(digits);
    if (monthDay && day) {
      out.push({ source, forms: [`${MONTHS[n - 1]} ${day}`, `${day} ${MONTHS[n - 1]}`] });
      continue;
    }
    const value = n * (unit === '万' ? 1e4 : unit === '亿' ? 1e8 : 1);
    const forms = new Set<string>(valueForms(value));
    if (!unit) forms.add(digits!);
    out.push({ source, forms: [...forms] });
  }
  return out;
}

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * The value of a Chinese numeral (二十, 一百零五, 三亿五千万), or undefined for strings that are not one
 * number, such as the abbreviation 十四五 (the 14th Five-Year Plan) or 三五 ('three or five').
 */
export function parseChineseNumeral(s: string): number | undefined {
  let total = 0;
  let section = 0;
  let num = 0;
  let lastWasDigit = false;
  for (const ch of s) {
    if (ch in DIGITS) {
      if (lastWasDigit && DIGITS[ch] !== 0 && num !== 0) return undefined;
      num = DIGITS[ch]!;
      lastWasDigit = true;
      continue;
    }
    lastWasDigit = false;
    if (ch in SMALL_UNITS) {
      section += (num || 1) * SMALL_UNITS[ch]!;
    } else if (ch === '万') {
      total += (section + num) * 1e4;
      section = 0;
    } else if (ch === '亿') {
      total = (total + section + num) * 1e8;
      section = 0;
    } else return undefined;
    num = 0;
  }
  return total + section + num;
}

const WORDS =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(
    ' ',
  );
const TENS = ',,twenty,thirty,forty,fifty,sixty,seventy,eighty,ninety'.split(',');
const ORDINALS =
  'zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth'.split(
    ' ',
  );

function numberWord(n: number): string | undefined {
  if (n <= 20) return WORDS[n];
  if (n < 100) return n % 10 === 0 ? TENS[n / 10] : `${TENS[Math.floor(n / 10)]}-${WORDS[n % 10]}`;
  return undefined;
}

const MEASURE =
  '个|项|大|条|次|年|家|所|座|批|种|类|名|位|届|处|支|件|台|亩|倍|成|元|人|户|张|场|块|栋|层|轮|期|天|月|周|岁|公里|千米|米|吨|平方米|篇|部|份|方面';
const NUMERAL = '[零〇一二两三四五六七八九十百千万亿]+';
const CHINESE_NUMBER = new RegExp(
  `(第)?(百分之)?(${NUMERAL})(?=${MEASURE})|(第)(${NUMERAL})|(百分之)(${NUMERAL}|\\d+(?:\\.\\d+)?)`,
  'gu',
);

/** Chinese-numeral mentions with their English forms (digits and words, case-insensitive). */
export function chineseNumberMentions(zh: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of zh.matchAll(CHINESE_NUMBER)) {
    const before = zh[m.index - 1];
    if (before && /[零〇一二两三四五六七八九十百千万亿]/u.test(before)) continue;
    const ordinal = m[1] ?? m[4];
    const percent = m[2] ?? m[6];
    const numeral = m[3] ?? m[5] ?? m[7]!;
    if (!ordinal && !percent && !/[二两三四五六七八九十]/u.test(numeral)) continue;
    const value = /\d/.test(numeral) ? Number(numeral) : parseChineseNumeral(numeral);
    if (value === undefined) continue;
    const forms = new Set<string>();
    if (percent)
      for (const f of valueForms(value)) forms.add(`${f}%`).add(`${f} percent`).add(`${f} per cent`);
    else if (ordinal) {
      forms.add(String(value));
      if (value <= 20) forms.add(ORDINALS[value]!);
    } else {
      for (const f of valueForms(value)) forms.add(f);
      const word = numberWord(value);
      if (word) forms.add(word);
      if (value === 2) forms.add('both').add('two');
    }
    out.push({ source: m[0], forms: [...forms] });
  }
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Does the English carry a Chinese numeral's form? As a whole number (2 not in 2024) or a whole word. */
export function carries(en: string, form: string): boolean {
  if (/^\d/.test(form)) return new RegExp(`(?<![\\d.,])${escape(form)}(?!\\d|[.,]\\d)`).test(en);
  return new RegExp(`\\b${escape(form).replace(/[-\s]/g, '[-\\s]')}\\b`, 'i').test(en);
}

export interface MissingNumber {
  sentenceId: string;
  source: string;
  expected: string[];
  /** Arabic numbers and percentages must be carried (an error); Chinese numerals are a warning. */
  strict: boolean;
}

/**
 * Every number of each Chinese sentence looked for in its English. English merged into the previous
 * sentence: checked against that sentence's English.
 */
export function missingNumbers(article: Article): { checked: number; missing: MissingNumber[] } {
  const missing: MissingNumber[] = [];
  let checked = 0;
  for (const block of article.blocks)
    block.sentences.forEach((s, i) => {
      let j = i;
      while (j > 0 && block.sentences[j]!.enMergedWithPrevious) j--;
      const en = block.sentences[j]!.en ?? '';
      for (const m of numberMentions(s.zh)) {
        checked++;
        if (!m.forms.some((f) => en.includes(f)))
          missing.push({ sentenceId: s.id, source: m.source, expected: m.forms, strict: true });
        else if (s.zh.includes(`${m.source}%`) && !m.forms.some((f) => en.includes(`${f}%`)))
          missing.push({
            sentenceId: s.id,
            source: `${m.source}%`,
            expected: m.forms.map((f) => `${f}%`),
            strict: true,
          });
      }
      for (const m of chineseNumberMentions(s.zh)) {
        checked++;
        if (!m.forms.some((f) => carries(en, f)))
          missing.push({ sentenceId: s.id, source: m.source, expected: m.forms, strict: false });
      }
    });
  return { checked, missing };
}
