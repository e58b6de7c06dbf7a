import { describe, expect, it } from 'vitest';
import { NO_OVERRIDES } from '@/lib/annotate/overrides';
import { articleOf } from './article-helpers';
import { glossaryCandidates } from './candidates';

const run = (zh: string, glossary: { id: string; term: string; forms: string[] }[] = []) =>
  glossaryCandidates({
    article: articleOf([[[zh, 'x']]]),
    glossary,
    overrides: NO_OVERRIDES,
    inDictionary: () => true,
  });
const reasonsOf = (zh: string, glossary?: { id: string; term: string; forms: string[] }[]) =>
  Object.fromEntries(run(zh, glossary).candidates.map((c) => [c.text, c.reasons.join('+')]));

describe('glossary candidates', () => {
  it('picks quoted phrases but not quoted speech', () => {
    const found = reasonsOf('深化“红领医养”项目。“我们要深化项目攻坚，积蓄新动能。”');
    expect(found['“红领医养”']).toBe('quoted');
    expect(Object.keys(found).some((t) => t.includes('我们要'))).toBe(false);
  });

  it('picks numbered formulas: a quoted number with its noun, numeral + measure + word, 两X一X', () => {
    const found = reasonsOf('构建“342”现代化产业体系，实施四大工程，落实两新一重。');
    expect(found['“342”现代化产业体系']).toMatch(/numbered formula/);
    expect(found['四大工程']).toMatch(/numbered formula/);
    expect(found['两新一重']).toBe('numbered formula');
  });

  it('picks programme names of the official register back to the clause word before them', () => {
    const found = reasonsOf('大力实施城乡供水一体化工程。');
    expect(found['城乡供水一体化工程']).toBe('official register');
    expect(found['一体化']).toBe('official register');
    expect(Object.keys(found).some((t) => t.startsWith('实施'))).toBe(false);
  });

  it('leaves out what a glossary form already matches, and counts the matches', () => {
    const glossary = [{ id: 'water', term: '城乡供水一体化工程', forms: ['城乡供水一体化工程'] }];
    const r = run('大力实施城乡供水一体化工程。', glossary);
    expect(r.candidates).toEqual([]);
    expect(r.matched.get('water')).toBe(1);
  });

  it('reports a glossary term that occurs where none of its forms matches', () => {
    const glossary = [{ id: 'pj', term: '“平急两用”', forms: ['“平急两用”公共基础设施'] }];
    const r = run('推进平急两用设施建设。', glossary);
    expect(r.candidates.find((c) => c.termId === 'pj')?.text).toBe('平急两用');
  });

  it('reports words CC-CEDICT lacks', () => {
    const r = glossaryCandidates({
      article: articleOf([[['打造泉城消费新增长极。', 'x']]]),
      glossary: [],
      overrides: NO_OVERRIDES,
      inDictionary: (w) => w !== '消费',
    });
    expect(r.candidates.map((c) => [c.text, c.reasons])).toContainEqual(['消费', ['not in CC-CEDICT']]);
  });
});
