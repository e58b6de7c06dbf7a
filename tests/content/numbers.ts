/**
 * Expected English forms of the Arabic numbers in a Chinese sentence, with 万 (10^4) and 亿 (10^8)
 * applied: 1.73万 → 17,300; 3150亿 → 315 billion; 280余万 → 2.8 million. Years, percentages and
 * plain counts are carried as written. Month-day dates (1月17日) become month names.
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const trim = (n: number) => String(Number(n.toFixed(6)));

export interface NumberMention {
  source: string;
  forms: string[];
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
    const forms = new Set<string>([value.toLocaleString('en-US', { maximumFractionDigits: 6 })]);
    if (!unit) forms.add(digits!);
    if (value >= 1e6) forms.add(`${trim(value / 1e6)} million`);
    if (value >= 1e9) forms.add(`${trim(value / 1e9)} billion`);
    out.push({ source, forms: [...forms] });
  }
  return out;
}
