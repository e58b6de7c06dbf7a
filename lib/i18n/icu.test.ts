import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIcu } from './icu';

const words = (l: string) =>
  (JSON.parse(fs.readFileSync(`messages/${l}.json`, 'utf8')) as { Words: { count: string } }).Words.count;

describe('formatIcu', () => {
  it('Words.count: English plural, Chinese without plural or space', () => {
    expect(formatIcu('en', words('en'), { count: 1 })).toBe('1 word');
    expect(formatIcu('en', words('en'), { count: 2 })).toBe('2 words');
    expect(formatIcu('en', words('en'), { count: 0 })).toBe('0 words');
    expect(formatIcu('zh', words('zh'), { count: 1 })).toBe('共1个词');
  });
  it('fills plain placeholders and select', () => {
    expect(formatIcu('en', 'Remove {word}', { word: '平急两用' })).toBe('Remove 平急两用');
    expect(formatIcu('en', '{s, select, none {} other {in “{s}”}}', { s: 'none' })).toBe('');
  });
});
