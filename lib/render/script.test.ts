import { beforeAll, describe, expect, it } from 'vitest';
import { annotateArticleWith, type AnnotatedArticle } from '@/lib/annotate/article';
import { readLexicon } from '@/lib/annotate/inputs';
import { compileOverrides } from '@/lib/annotate/overrides';
import { buildTermMatcher } from '@/lib/annotate/terms';
import { loadContent } from '@/lib/content/load';
import { openccTw } from '@/lib/convert/opencc';
import { compileTradOverrides, convertArticle } from '@/lib/convert/traditional';
import { hskLevel } from '@/lib/hsk/level';
import { renderArticleBody } from './article';

// The Simplified and the Traditional page of every real article, rendered as the reader renders
// them: the two must differ only in the visible base characters and the Chinese `lang`.
const LABELS = { editorialNote: 'Note', revealShow: 'Show', revealHide: 'Hide', actions: 'Actions for {id}' };
const content = loadContent();
const convert = openccTw();
const ctx = { convert, overrides: compileTradOverrides(content.traditional) };

interface Word {
  word: string;
  hsk: string | undefined;
  shown: string[];
  /** Each character's rt: tone class, spoken form and pinyin. */
  rts: string[];
}
interface Sentence {
  id: string;
  words: Word[];
  terms: string[];
  /** Everything outside the words' base characters (punctuation, digits, markup). */
  shape: string;
}

/** The Chinese sentences of a rendered body, word by word, read from the HTML. */
function read(html: string): Sentence[] {
  return [...html.matchAll(/<span id="([^"]+)" data-sentence="\1">(.*?)<\/span>/g)].map(([, id, inner]) => ({
    id: id!,
    words: [...inner!.matchAll(/<ruby data-word="([^"]*)"(?: data-hsk="(\d)")?>(.*?)<\/ruby>/g)].map(
      ([, word, hsk, pairs]) => {
        const p = [...pairs!.matchAll(/([^<]*)<rt ([^>]*)>([^<]*)<\/rt>/g)];
        return { word: word!, hsk, shown: p.map((m) => m[1]!), rts: p.map((m) => `${m[2]}|${m[3]}`) };
      },
    ),
    terms: [...inner!.matchAll(/data-term="([^"]+)"/g)].map((m) => m[1]!),
    shape: inner!.replace(
      /(<ruby[^>]*>)(.*?)(<\/ruby>)/g,
      (_, a: string, pairs: string, z: string) => a + pairs.replace(/[^<>]+(?=<rt)/g, '·') + z,
    ),
  }));
}

describe.each(content.articles.map((a) => [a.slug, a] as const))(
  'the Traditional page of %s',
  (_, article) => {
    let simp: AnnotatedArticle;
    let simpHtml: string;
    let tradHtml: string;
    let hans: Sentence[];
    let hant: Sentence[];
    beforeAll(() => {
      simp = annotateArticleWith(article, {
        overrides: compileOverrides(content.overrides),
        matcher: buildTermMatcher(content.glossary),
        lexicon: readLexicon(),
      });
      const trad = convertArticle(simp, ctx);
      simpHtml = renderArticleBody(article, simp, 'en', LABELS, { levelOf: hskLevel }, 'hans');
      tradHtml = renderArticleBody(article, trad, 'en', LABELS, { levelOf: hskLevel }, 'hant');
      hans = read(simpHtml);
      hant = read(tradHtml);
    }, 60_000);

    it('has the same sentence ids, words (data-word, the Simplified word), HSK levels and term marks', () => {
      expect(hant.map((s) => s.id)).toEqual(hans.map((s) => s.id));
      expect(hans.length).toBe(Object.keys(simp.sentences).length);
      const words = (ss: Sentence[]) => ss.flatMap((s) => s.words.map((w) => `${s.id}:${w.word}:${w.hsk}`));
      expect(words(hant)).toEqual(words(hans));
      expect(words(hans).length).toBeGreaterThan(500);
      expect(hant.map((s) => s.terms)).toEqual(hans.map((s) => s.terms));
      expect(hans.flatMap((s) => s.terms).length).toBeGreaterThan(0);
      // On the Simplified page each word shows its own characters.
      for (const s of hans) for (const w of s.words) expect(w.shown.join(''), s.id).toBe(w.word);
    });

    it('has the same pinyin over every character, and one shown character per character', () => {
      hans.forEach((s, i) =>
        s.words.forEach((w, j) => {
          const t = hant[i]!.words[j]!;
          expect(t.rts, `${s.id} ${w.word}`).toEqual(w.rts);
          expect(t.shown.map((c) => [...c].length)).toEqual(w.shown.map(() => 1));
        }),
      );
    });

    it('differs only in the shown characters and the Chinese lang; notes and ids are the same', () => {
      expect(hant.map((s) => s.shape)).toEqual(hans.map((s) => s.shape));
      const rest = (html: string, lang: string) =>
        html
          .replace(/<span id="([^"]+)" data-sentence="\1">.*?<\/span>/g, '')
          .replaceAll(`lang="${lang}" class="zh"`, 'lang class="zh"');
      expect(rest(tradHtml, 'zh-Hant')).toBe(rest(simpHtml, 'zh-Hans'));
      expect(tradHtml).toContain('lang="zh-Hant" class="zh"');
      expect(tradHtml).not.toContain('lang="zh-Hans" class="zh"');
      expect(tradHtml.match(/data-note="/g)?.length).toBe(simpHtml.match(/data-note="/g)?.length);
    });

    it('shows the converter’s output for each word', () => {
      let changed = 0;
      let checked = 0;
      const reviewed = content.traditional.map((o) => o.text);
      for (const s of hant)
        for (const w of s.words) {
          const shown = w.shown.join('');
          if (shown !== w.word) changed++;
          // A word of two or more characters is converted on its own (one character takes its
          // sentence as context); a reviewed override is a decision of its own.
          if ([...w.word].length < 2 || reviewed.some((r) => r.includes(w.word) || w.word.includes(r)))
            continue;
          expect(shown, `${s.id} ${w.word}`).toBe(convert(w.word));
          checked++;
        }
      expect(changed).toBeGreaterThan(100);
      expect(checked).toBeGreaterThan(100);
    });
  },
);
