import { z } from 'zod';
import { HTML_LIKE } from '@/lib/content/schema';

/**
 * The metadata file `npm run article:new` reads (documented in docs/adding-an-article.md). Field
 * names follow the article's `meta` where they map one to one; `url` becomes `meta.sourceUrl`.
 */
const text = (what: string) =>
  z
    .string({ error: `${what} is missing` })
    .trim()
    .min(1, { error: `${what} is empty` })
    .refine((s) => !HTML_LIKE.test(s), { error: `${what} contains HTML` });
const pair = (what: string) =>
  z
    .object(
      { zh: text(`${what}.zh`), en: text(`${what}.en`) },
      {
        error: (iss) =>
          iss.input === undefined ? `${what} is missing` : `${what} must be {"zh": …, "en": …}`,
      },
    )
    .strict();

/** YYYY-MM-DD and a real calendar day (2024-02-30 is refused). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}
const date = (what: string) =>
  z
    .string({ error: `${what} is missing` })
    .refine(isCalendarDate, { error: `${what} must be a real date written YYYY-MM-DD` });

export const draftMetadataSchema = z
  .object({
    slug: z.string({ error: 'slug is missing' }).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
      error: 'slug must be lowercase ASCII words joined by hyphens, e.g. jinan-2024',
    }),
    title: pair('title'),
    subtitle: pair('subtitle').optional(),
    series: pair('series').optional(),
    reporter: pair('reporter'),
    outlet: z.union([pair('outlet'), z.null()], { error: 'outlet must be {"zh","en"} or null (unknown)' }),
    publicationDate: z.union([date('publicationDate'), z.null()], {
      error: 'publicationDate must be YYYY-MM-DD or null (unknown)',
    }),
    publicationYear: z.number().int().min(1900).max(2100).optional(),
    sessionDate: date('sessionDate').optional(),
    url: z.union([z.url({ protocol: /^https?$/, error: 'url must be an http(s) URL' }), z.null()], {
      error: 'url must be an http(s) URL or null (the text was not published online)',
    }),
    sourceFile: text('sourceFile').optional(),
    summary: pair('summary'),
    translation: z
      .object({
        credit: pair('translation.credit').optional(),
        version: z
          .string()
          .regex(/^\d+\.\d+\.\d+$/, { error: 'translation.version must look like 1.0.0' })
          .optional(),
      })
      .strict()
      .optional(),
  })
  .strict()
  .refine((m) => m.publicationDate !== null || m.publicationYear !== undefined, {
    error: 'publicationYear is needed when publicationDate is null',
    path: ['publicationYear'],
  })
  .refine(
    (m) =>
      m.publicationDate === null ||
      m.publicationYear === undefined ||
      m.publicationDate.startsWith(String(m.publicationYear)),
    { error: 'publicationYear does not match publicationDate', path: ['publicationYear'] },
  );

export type DraftMetadata = z.infer<typeof draftMetadataSchema>;
