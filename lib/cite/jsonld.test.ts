import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { articleJsonLd, serializeJsonLd } from './jsonld';

const article = loadContent().articles.find((a) => a.slug === 'huaiyin-2024')!;

describe('JSON-LD', () => {
  const ld = articleJsonLd(article, 'en', 'https://x.example', 'Duizhao');
  const [original, translation] = ld['@graph'] as Record<string, unknown>[];
  it('original NewsArticle ↔ English translation, linked both ways', () => {
    expect(original).toMatchObject({
      '@type': 'NewsArticle',
      inLanguage: 'zh-Hans',
      headline: article.meta.title.zh,
    });
    expect(original!.workTranslation).toEqual({ '@id': translation!['@id'] });
    expect(translation!.translationOfWork).toEqual({ '@id': original!['@id'] });
    expect(translation).toMatchObject({ inLanguage: 'en', version: article.meta.translation.version });
  });
  it('invents no outlet or exact date', () => {
    const s = JSON.stringify(ld);
    expect(original!.datePublished).toBe('2024');
    expect(s).not.toMatch(/publisher/);
  });
  it('serialises with < escaped, and parses back', () => {
    const s = serializeJsonLd({ a: '</script><script>alert(1)</script>' });
    expect(s).not.toContain('<');
    expect(JSON.parse(s)).toEqual({ a: '</script><script>alert(1)</script>' });
  });
});
