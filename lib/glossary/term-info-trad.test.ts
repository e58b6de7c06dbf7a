import { Converter } from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { openccTw } from '@/lib/convert/opencc';
import { readLexicon } from '@/lib/annotate/inputs';
import { compileOverrides } from '@/lib/annotate/overrides';
import { annotateSentence } from '@/lib/annotate/sentence';
import { compileTradOverrides, convertSentence, sentenceText } from '@/lib/convert/traditional';
import { termInfoMap } from './term-info';

const content = loadContent();
const ctx = { convert: openccTw(), overrides: compileTradOverrides(content.traditional) };
const pinyin = compileOverrides(content.overrides);
// As lib/convert's toTraditional does it: segmented like article text, then converted word by word.
const toTraditional = (s: string) =>
  sentenceText(
    convertSentence(annotateSentence('t', s, { overrides: pinyin, lexicon: readLexicon() }), ctx).sentence,
  );
const ids = content.glossary.map((e) => e.id);

describe('termInfoMap', () => {
  it('gives every term its Traditional form, character for character', () => {
    const back = Converter({ from: 'tw', to: 'cn' });
    const info = termInfoMap(ids, content.glossary, 'en', toTraditional);
    expect(Object.keys(info)).toEqual(ids);
    for (const t of Object.values(info)) {
      expect(t.termTrad, t.term).toBeDefined();
      expect([...t.termTrad!].length, t.term).toBe([...t.term].length);
      expect(back(t.termTrad!), t.term).toBe(t.term);
    }
    expect(Object.values(info).filter((t) => t.termTrad !== t.term).length).toBeGreaterThan(ids.length / 2);
    expect(info['zheli-zui-huaiyin']?.termTrad).toBe('這裡最槐蔭');
    expect(info['high-level-innovation-platforms']?.termTrad).toBe('高能級創新平臺');
  });

  it('leaves termTrad out without a converter (client code never loads OpenCC)', () => {
    const info = termInfoMap(ids.slice(0, 3), content.glossary, 'zh');
    for (const t of Object.values(info)) expect(t).not.toHaveProperty('termTrad');
  });
});
