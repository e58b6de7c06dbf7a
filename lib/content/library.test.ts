import { describe, expect, it } from 'vitest';
import { articleDate, newestFirst } from './library';

const art = (slug: string, publicationDate: string | null, publicationYear: number, sessionDate?: string) => ({
  slug,
  meta: { publicationDate, publicationYear, ...(sessionDate ? { sessionDate } : {}) },
});

describe('articleDate', () => {
  it('prefers the publication date, then the session date, then the year alone', () => {
    expect(articleDate(art('a', '2024-03-05', 2024, '2024-03-01').meta)).toEqual({ kind: 'published', date: '2024-03-05' });
    expect(articleDate(art('a', null, 2024, '2024-01-17').meta)).toEqual({ kind: 'session', date: '2024-01-17', year: 2024 });
    expect(articleDate(art('a', null, 2023).meta)).toEqual({ kind: 'year', year: 2023 });
  });
});

describe('newestFirst', () => {
  it('sorts articles of any kind of date newest first', () => {
    const library = [
      art('old', '2023-06-01', 2023),
      art('session', null, 2024, '2024-01-17'),
      art('new', '2024-03-05', 2024),
      art('year-only', null, 2024),
      art('older', null, 2022),
    ];
    expect(newestFirst(library).map((a) => a.slug)).toEqual(['new', 'session', 'year-only', 'old', 'older']);
  });
  it('keeps slug order for equal dates and does not change its input', () => {
    const library = [art('b', '2024-01-01', 2024), art('a', '2024-01-01', 2024)];
    expect(newestFirst(library).map((a) => a.slug)).toEqual(['a', 'b']);
    expect(library.map((a) => a.slug)).toEqual(['b', 'a']);
  });
});
