import { describe, expect, it } from 'vitest';
import { SENTENCE_END_INSIDE, splitChineseSentences } from './sentences';

describe('splitChineseSentences (the documented rule)', () => {
  it('ends a sentence at 。！？', () => {
    expect(splitChineseSentences('今年经济增长。我们要努力！能做到吗？')).toEqual(['今年经济增长。', '我们要努力！', '能做到吗？']);
  });

  it('keeps a closing quote or bracket that follows the end mark with its sentence', () => {
    expect(splitChineseSentences('“我们要深化项目攻坚。”刘敬涛表示，要打好“突破战”。')).toEqual([
      '“我们要深化项目攻坚。”',
      '刘敬涛表示，要打好“突破战”。',
    ]);
    expect(splitChineseSentences('真的吗？！是的。')).toEqual(['真的吗？！', '是的。']);
  });

  it('does not end at a closing quote without an end mark, nor at ；or ，', () => {
    expect(splitChineseSentences('推进“平急两用”设施；建设公园，改善环境。')).toHaveLength(1);
  });

  it('keeps text after the last end mark (a heading) as a sentence', () => {
    expect(splitChineseSentences('深化项目攻坚 积蓄新动能')).toEqual(['深化项目攻坚 积蓄新动能']);
    expect(splitChineseSentences('第一句。没有句号的尾巴')).toEqual(['第一句。', '没有句号的尾巴']);
  });

  it('gives pieces the validator accepts as single sentences', () => {
    const text = '“我们要深化项目攻坚。”刘敬涛表示。真的吗？！是的（见上文。）好。';
    for (const s of splitChineseSentences(text)) expect(SENTENCE_END_INSIDE.test(s.slice(0, -1)), s).toBe(false);
    expect(splitChineseSentences(text).join('')).toBe(text);
  });
});
