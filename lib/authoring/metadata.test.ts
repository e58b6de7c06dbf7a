import { describe, expect, it } from 'vitest';
import { draftMetadataSchema, isCalendarDate } from './metadata';
import { META } from './test-fixtures';

describe('draft metadata', () => {
  it('accepts real calendar dates only', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2024-1-17')).toBe(false);
  });

  it('needs a year when the date is unknown, and a year that matches a known date', () => {
    expect(draftMetadataSchema.safeParse({ ...META, publicationDate: null }).success).toBe(false);
    expect(
      draftMetadataSchema.safeParse({ ...META, publicationDate: null, publicationYear: 2024 }).success,
    ).toBe(true);
    expect(draftMetadataSchema.safeParse({ ...META, publicationYear: 2023 }).success).toBe(false);
  });

  it('refuses unknown fields (a typo must not be dropped silently)', () => {
    expect(draftMetadataSchema.safeParse({ ...META, titel: 'x' }).success).toBe(false);
  });
});
