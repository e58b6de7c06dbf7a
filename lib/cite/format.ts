/**
 * Citation formatters for one passage of an article: APA 7, MLA 9, Chicago 17 (notes and
 * bibliography), GB/T 7714-2015, BibTeX and RIS. Pure and small so the cite dialog can run them in
 * the browser with the reader's own access date; the source data comes from lib/cite/source.ts at
 * build time. Unknown metadata (outlet, exact date) is left out, never invented.
 */

import type { Passage } from './passage';

export type { Passage } from './passage';
export { parsePassage } from './passage';

export interface CiteSource {
  slug: string;
  author: { family: string; given: string; zh: string };
  title: { zh: string; en: string };
  series: { zh: string; en: string } | null;
  year: number;
  /** Absolute URL of the reader page (no hash), in the reader's UI locale. */
  url: string;
  translation: { credit: { en: string; zh: string }; version: string };
  siteName: string;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
// MLA 9 abbreviates months longer than four letters.
const MLA_MONTHS = [
  'Jan.',
  'Feb.',
  'Mar.',
  'Apr.',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
];

function ymd(iso: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`access date must be YYYY-MM-DD, got ${iso}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** Today in the reader's own time zone, as YYYY-MM-DD. */
export function localToday(d = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** English typographic quotes and apostrophes: "x" → “x”, it's → it’s. */
export function curly(s: string): string {
  return s
    .replace(/(^|[\s([{\u2014-])"/g, '$1\u201c')
    .replace(/"/g, '\u201d')
    .replace(/(^|[\s([{\u2014-])'/g, '$1\u2018')
    .replace(/'/g, '\u2019');
}

/** Quotes nested inside a double-quoted title become single quotes (MLA, Chicago). */
function nest(s: string): string {
  return curly(s)
    .replace(/\u201c/g, '\u2018')
    .replace(/\u201d/g, '\u2019');
}

export function passageUrl(src: CiteSource, p: Passage): string {
  return `${src.url}#${p.id}`;
}

/** ", sentence 2" or ", sentences 2–4" (en dash), or nothing for a whole paragraph. */
function sentencesPart(p: Passage): string {
  if (!p.sentence) return '';
  return p.to ? `, sentences ${p.sentence}\u2013${p.to}` : `, sentence ${p.sentence}`;
}

/** "para. p7", "para. p7, sentence 2" or "para. p7, sentences 2–4" (APA, Chicago); MLA abbreviates "par.". */
function locator(p: Passage, para: 'para.' | 'par.'): string {
  return `${para} ${p.blockId}${sentencesPart(p)}`;
}

function seriesEn(src: CiteSource): string {
  return src.series ? `${src.series.zh} [${curly(src.series.en)}]` : '';
}

export interface Formatted {
  /** The reference-list / bibliography entry. */
  reference: string;
  /** In-text citation (APA, MLA) or the first full note (Chicago) with the paragraph locator. */
  inText?: string;
  note?: string;
}

/** APA 7: reference entry and parenthetical in-text citation. */
export function apa(src: CiteSource, p: Passage, accessed: string): Formatted {
  const [y, m, d] = ymd(accessed);
  const a = src.author;
  const parts = [
    `${a.family}, ${a.given[0]}. (${src.year}).`,
    `${src.title.zh} [${curly(src.title.en)}] (${src.translation.credit.en}, Trans.; Version ${src.translation.version}).`,
  ];
  if (src.series) parts.push(`${seriesEn(src)}.`);
  parts.push(`Retrieved ${MONTHS[m - 1]} ${d}, ${y}, from ${passageUrl(src, p)}`);
  return { reference: parts.join(' '), inText: `(${a.family}, ${src.year}, ${locator(p, 'para.')})` };
}

/** MLA 9: works-cited entry (two containers: the series, then this site) and in-text citation. */
export function mla(src: CiteSource, p: Passage, accessed: string): Formatted {
  const [y, m, d] = ymd(accessed);
  const a = src.author;
  const url = passageUrl(src, p).replace(/^https?:\/\//, '');
  const first = src.series ? `${seriesEn(src)}, ${src.year}.` : `${src.year}.`;
  const reference = [
    `${a.family}, ${a.given}.`,
    `\u201c${nest(src.title.zh)}\u201d [${curly(src.title.en)}].`,
    first,
    `${src.siteName}, translated by ${src.translation.credit.en}, version ${src.translation.version}, ${url}.`,
    `Accessed ${d} ${MLA_MONTHS[m - 1]} ${y}.`,
  ].join(' ');
  return { reference, inText: `(${a.family}, ${locator(p, 'par.')})` };
}

/**
 * Chicago 17, notes and bibliography. Chinese names keep their order (family name first, no comma
 * inversion, CMOS 16.83); the title is given in characters with an English translation in brackets.
 */
export function chicago(src: CiteSource, p: Passage, accessed: string): Formatted {
  const [y, m, d] = ymd(accessed);
  const name = `${src.author.family} ${src.author.given}`;
  const date = `${MONTHS[m - 1]} ${d}, ${y}`;
  const title = `\u201c${nest(src.title.zh)}\u201d [${curly(src.title.en)}]`;
  const url = passageUrl(src, p);
  const s = src.series ? `${seriesEn(src)} ` : '';
  const note = `${name}, ${title}, ${s}(${src.year}), ${locator(p, 'para.')}, trans. ${src.translation.credit.en}, version ${src.translation.version}, accessed ${date}, ${url}.`;
  const bib = [
    `${name}.`,
    `${title}.`,
    src.series ? `${seriesEn(src)}, ${src.year}.` : `${src.year}.`,
    `Translated by ${src.translation.credit.en}.`,
    `Version ${src.translation.version}.`,
    `Accessed ${date}.`,
    `${url}.`,
  ].join(' ');
  return { reference: bib, note };
}

/**
 * GB/T 7714-2015, electronic resource: 主要责任者. 题名: 其他题名信息[EB/OL]. 其他责任者. 版本项.
 * 出版年: 引文页码[引用日期]. 获取和访问路径. Place and publisher are unknown and, as usual for
 * online resources, omitted.
 */
export function gbt(src: CiteSource, p: Passage, accessed: string): Formatted {
  ymd(accessed);
  const title = src.series ? `${src.title.zh}: ${src.series.zh}` : src.title.zh;
  // The block id is a name, not an ordinal: "段落 p7", never "第p7段". The sentence number is a
  // true 1-based ordinal within its paragraph, so "第2句" is right.
  const loc = `段落 ${p.blockId}${p.sentence ? ` 第${p.sentence}${p.to ? `\u2013${p.to}` : ''}句` : ''}`;
  return {
    reference: `${src.author.zh}. ${title}[EB/OL]. ${src.translation.credit.zh}, 译. ${src.translation.version}版. ${src.year}: ${loc}[${accessed}]. ${passageUrl(src, p)}.`,
  };
}

function bibEscape(s: string): string {
  return s
    .replace(/([&%$#_{}])/g, '\\$1')
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}');
}

export function bibtexKey(src: CiteSource, p: Passage): string {
  return `${src.author.family.toLowerCase()}${src.year}_${src.slug}_${p.id}`.replace(/[^A-Za-z0-9_-]/g, '_');
}

/** BibTeX (@misc, readable by BibTeX and biblatex; titleaddon and urldate are used by biblatex). */
export function bibtex(src: CiteSource, p: Passage, accessed: string): string {
  ymd(accessed);
  const fields: [string, string][] = [
    ['author', `${bibEscape(src.author.family)}, ${bibEscape(src.author.given)}`],
    ['title', bibEscape(src.title.zh)],
    ['titleaddon', `[${bibEscape(src.title.en)}]`],
  ];
  if (src.series) fields.push(['howpublished', bibEscape(src.series.zh)]);
  fields.push(
    ['year', String(src.year)],
    [
      'note',
      bibEscape(
        `Paragraph ${p.blockId}${sentencesPart(p)}. English translation by ${src.translation.credit.en}, version ${src.translation.version}. Accessed ${accessed}`,
      ),
    ],
    ['url', passageUrl(src, p)],
    ['urldate', accessed],
    ['language', 'chinese'],
  );
  return `@misc{${bibtexKey(src, p)},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}\n`;
}

/** RIS (tagged lines, CRLF, ending with ER). */
export function ris(src: CiteSource, p: Passage, accessed: string): string {
  const [y, m, d] = ymd(accessed);
  const p2 = (n: number) => String(n).padStart(2, '0');
  const lines: [string, string][] = [
    ['TY', 'NEWS'],
    ['AU', `${src.author.family}, ${src.author.given}`],
    ['TI', src.title.zh],
    ['TT', src.title.en],
  ];
  if (src.series) lines.push(['T2', src.series.zh]);
  lines.push(
    ['PY', String(src.year)],
    ['A4', src.translation.credit.en],
    ['ET', src.translation.version],
    ['LA', 'zh-Hans'],
    ['UR', passageUrl(src, p)],
    ['Y2', `${y}/${p2(m)}/${p2(d)}`],
    [
      'N1',
      `Paragraph ${p.blockId}${sentencesPart(p)}. English translation by ${src.translation.credit.en}, version ${src.translation.version}.`,
    ],
    ['ER', ''],
  );
  return lines.map(([k, v]) => `${k}  - ${v}`).join('\r\n') + '\r\n';
}

export const STYLES = { apa, mla, chicago, gbt } as const;
export type StyleId = keyof typeof STYLES;
