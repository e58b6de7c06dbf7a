import { describe, expect, it } from 'vitest';
import { numberMentions } from './numbers';
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
    const article = realArticle();
    const missing: string[] = [];
    let checked = 0;
    for (const block of article.blocks)
      block.sentences.forEach((s, i) => {
        // English merged into the previous sentence: check against that sentence's English.
        let j = i;
        while (j > 0 && block.sentences[j]!.enMergedWithPrevious) j--;
        const en = block.sentences[j]!.en ?? '';
        for (const m of numberMentions(s.zh)) {
          checked++;
          if (!m.forms.some((f) => en.includes(f))) missing.push(`${s.id}: ${m.source} (expected one of ${m.forms.join(' | ')})`);
          if (s.zh.includes(`${m.source}%`) && !m.forms.some((f) => en.includes(`${f}%`)))
            missing.push(`${s.id}: ${m.source}% (percentage)`);
        }
      });
    expect(checked).toBeGreaterThan(40);
    expect(missing).toEqual([]);
  });
});
