import { describe, expect, it } from 'vitest';
import { missingNumbers, numberMentions } from '@/lib/authoring/numbers';
import { realArticle } from './seed';

describe('numbers carried into the English', () => {
  it('converts 万 and 亿 (the rule itself)', () => {
    const forms = (zh: string) => numberMentions(zh).map((m) => m.forms);
    expect(forms('总投资3150亿元')[0]).toContain('315 billion');
    expect(forms('1.73万人以上')[0]).toContain('17,300');
    expect(forms('260万平方米')[0]).toContain('2.6 million');
    expect(forms('280余万人次')[0]).toContain('2.8 million');
    expect(forms('56.7亿元')[0]).toContain('5.67 billion');
    expect(forms('1月17日上午')[0]).toContain('January 17');
  });

  it('every Arabic number and percentage of each Chinese sentence appears in its English', () => {
    const { checked, missing } = missingNumbers(realArticle());
    expect(checked).toBeGreaterThan(40);
    expect(missing.filter((m) => m.strict).map((m) => `${m.sentenceId}: ${m.source} (expected one of ${m.expected.join(' | ')})`)).toEqual([]);
  });
});
