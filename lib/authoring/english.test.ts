import { describe, expect, it } from 'vitest';
import { splitEnglishSentences } from './english';

describe('splitEnglishSentences', () => {
  it('splits ordinary sentences', () => {
    expect(splitEnglishSentences('It grew. It will grow! Will it?')).toEqual([
      'It grew.',
      'It will grow!',
      'Will it?',
    ]);
  });

  it('keeps decimals, percentages and initialisms inside a sentence', () => {
    expect(splitEnglishSentences('GDP grew by about 6.5% in the U.S. and China. Jobs rose.')).toEqual([
      'GDP grew by about 6.5% in the U.S. and China.',
      'Jobs rose.',
    ]);
  });

  it('does not split after abbreviations such as No. and Mr.', () => {
    expect(splitEnglishSentences('No. 1 Middle School opened. Mr. Liu spoke, e.g. About growth.')).toEqual([
      'No. 1 Middle School opened.',
      'Mr. Liu spoke, e.g. About growth.',
    ]);
  });

  it('splits before a sentence that starts with a number (ICU alone does not)', () => {
    expect(
      splitEnglishSentences('It turned in a report card. 2024 is a crucial year. See No. 5 below.'),
    ).toEqual(['It turned in a report card.', '2024 is a crucial year.', 'See No. 5 below.']);
  });

  it('keeps a quoted sentence with its closing quote', () => {
    expect(splitEnglishSentences('"We will deepen our push." Liu said so.')).toEqual([
      '"We will deepen our push."',
      'Liu said so.',
    ]);
  });
});
