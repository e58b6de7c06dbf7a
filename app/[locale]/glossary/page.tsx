import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { getArticles, getGlossary } from '@/lib/content';
import { GLOSSARY_CATEGORIES } from '@/lib/content/schema';
import { getGlossaryIndex } from '@/lib/glossary/library';
import { renderGlossary, splitTag } from '@/lib/render';
import { StaticHtml } from '@/components/reader/static-html';
import { GlossaryFilter } from './glossary-filter';
import './glossary.css';

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: Locale }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Glossary' });
  return {
    title: t('title'),
    alternates: {
      canonical: `/${locale}/glossary`,
      languages: { en: '/en/glossary', 'zh-Hans': '/zh/glossary' },
    },
  };
}

export default async function GlossaryPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Glossary' });
  const g = await getTranslations({ locale, namespace: 'GlossaryPage' });
  const lang = locale === 'zh' ? 'zh' : 'en';
  const entries = getGlossary();

  // Every occurrence across the library, per term: article and sentence (lib/glossary/across).
  const index = getGlossaryIndex();
  const articles = getArticles().map((a) => ({ slug: a.slug, title: a.meta.title[lang] }));

  const groups = GLOSSARY_CATEGORIES.map((category) => ({
    category,
    entries: entries.filter((e) => e.category === category),
  })).filter((x) => x.entries.length > 0);
  // The entry list is static markup (lib/render/glossary): in the HTML once, never in React's
  // payload nor hydrated. Labels carry their own colon and spacing (GlossaryPage.labelled); the
  // messages with a tag are passed split, so their text is escaped like any other.
  const html = renderGlossary(groups, entries, index, lang, {
    categories: g('categories'),
    category: (c) => g(`cat_${c as (typeof GLOSSARY_CATEGORIES)[number]}`),
    catCount: splitTag(g.raw('catCount') as string, 'n'),
    rendering: g('rendering'),
    own: g('own'),
    official: splitTag(g.raw('official') as string, 'en'),
    common: splitTag(g.raw('common') as string, 'en'),
    literal: g('literal'),
    confidence: g('confidence'),
    conf: { confirmed: g('confirmed'), partial: g('partial'), unconfirmed: g('unconfirmed') },
    labelled: (label) => g('labelled', { label }),
    note: g('note'),
    related: g('related'),
    occurrences: g('occurrences'),
    noOccurrences: g('noOccurrences'),
    occurrence: (id) => g('occurrence', { id }),
    sources: (count) => g('sources', { count }),
    sourceMeta: (parts) => g('sourceMeta', { meta: parts.join(g('metaSep')) }),
  });

  return (
    <div className="glossary mx-auto max-w-4xl px-gutter py-8">
      <h1 className="text-3xl font-semibold tracking-tight">{t('title')}</h1>
      <p className="mt-3 text-muted">{t('intro')}</p>
      <GlossaryFilter
        label={g('filterLabel')}
        hint={g('filterHint')}
        countTemplate={g.raw('count') as string}
        noMatch={g('noMatch')}
        total={entries.length}
        articleLabel={g('articleLabel')}
        allArticles={g('allArticles')}
        articles={articles}
      />
      <StaticHtml id={`${locale}/glossary/entries`} html={html} />
    </div>
  );
}
