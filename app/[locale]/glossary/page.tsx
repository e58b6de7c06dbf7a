import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { getArticles, getGlossary } from '@/lib/content';
import { GLOSSARY_CATEGORIES } from '@/lib/content/schema';
import { articlesOf, passageHref } from '@/lib/glossary/across';
import { getGlossaryIndex } from '@/lib/glossary/library';
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
  const byId = new Map(entries.map((e) => [e.id, e]));

  // Every occurrence across the library, per term: article and sentence (lib/glossary/across).
  const index = getGlossaryIndex();
  const articles = getArticles().map((a) => ({ slug: a.slug, title: a.meta.title[lang] }));

  const groups = GLOSSARY_CATEGORIES.map((c) => ({
    c,
    list: entries.filter((e) => e.category === c),
  })).filter((x) => x.list.length > 0);
  // Labels carry their own colon and spacing (full-width "：" in zh, ": " in en): see GlossaryPage.labelled.
  const conf = { confirmed: g('confirmed'), partial: g('partial'), unconfirmed: g('unconfirmed') };

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
      <nav aria-label={g('categories')} className="gl-toc mt-4">
        <ul>
          {groups.map(({ c, list }) => (
            <li key={c}>
              <a href={`#cat-${c}`}>
                {g.rich('catCount', {
                  name: g(`cat_${c}`),
                  count: list.length,
                  n: (chunks) => <span className="text-muted">{chunks}</span>,
                })}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map(({ c, list }) => (
        <section key={c} data-category={c} aria-labelledby={`cat-${c}`} className="mt-10">
          <h2 id={`cat-${c}`} className="gl-cat scroll-mt-24">
            {g(`cat_${c}`)}
          </h2>
          {list.map((e) => {
            const occ = index.get(e.id) ?? [];
            const related = e.related.map((r) => byId.get(r)).filter((r) => r !== undefined);
            return (
              <article
                key={e.id}
                id={e.id}
                data-entry={e.id}
                data-zh={[e.term, ...e.forms].join(' ')}
                data-py={e.pinyin}
                data-en={`${e.english.text} ${e.literal}`}
                data-articles={articlesOf(index, e.id).join(' ')}
                aria-labelledby={`${e.id}-h`}
                className="gl-entry scroll-mt-24"
              >
                <h3 id={`${e.id}-h`} className="gl-term">
                  <span lang="zh-Hans">{e.term}</span>
                </h3>
                <p className="gl-py" lang="zh-Latn-pinyin">
                  {e.pinyin}
                </p>
                <dl className="gl-facts">
                  <dt>{g('rendering')}</dt>
                  <dd>
                    <span lang="en" className="font-semibold">
                      {e.english.text}
                    </span>{' '}
                    <span className="gl-badge" data-status={e.english.status}>
                      {e.english.status === 'own'
                        ? g('own')
                        : g.rich(e.english.status, {
                            who: e.english.usedBy ?? '',
                            en: (chunks) => <span lang="en">{chunks}</span>,
                          })}
                    </span>
                  </dd>
                  <dt>{g('literal')}</dt>
                  <dd lang="en">{e.literal}</dd>
                  <dt>{g('confidence')}</dt>
                  <dd>
                    <span className="gl-conf" data-confidence={e.confidence}>
                      {conf[e.confidence]}
                    </span>
                  </dd>
                </dl>
                {e.note && (
                  <p className="gl-note" data-confidence={e.confidence}>
                    <strong>
                      {g('labelled', {
                        label: e.confidence === 'confirmed' ? g('note') : conf[e.confidence],
                      })}
                    </strong>
                    {e.note[lang]}
                  </p>
                )}
                <p className="gl-text">{e.explanation[lang]}</p>
                {related.length > 0 && (
                  <p className="gl-related">
                    <span className="gl-label">{g('labelled', { label: g('related') })}</span>
                    {related.map((r, i) => (
                      <span key={r.id}>
                        {i > 0 && ' · '}
                        <a href={`#${r.id}`} lang="zh-Hans">
                          {r.term}
                        </a>
                      </span>
                    ))}
                  </p>
                )}
                <div className="gl-occ">
                  <span className="gl-label">{g('labelled', { label: g('occurrences') })}</span>
                  {occ.length === 0 && <span className="text-muted">{g('noOccurrences')}</span>}
                  {occ.length > 0 && (
                    <ul className="gl-occ-list">
                      {occ.map((a) => (
                        <li key={a.slug} className="gl-occ-article" data-occ-article={a.slug}>
                          <cite>{a.title[lang]}</cite>
                          <span className="gl-occ-links">
                            {a.sentences.map((id) => (
                              <a
                                key={id}
                                href={passageHref(locale, a.slug, id)}
                                data-occurrence={`${a.slug}#${id}`}
                                aria-label={g('occurrence', { id })}
                              >
                                {id}
                              </a>
                            ))}
                          </span>
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
                {e.sources.length > 0 && (
                  <details className="gl-sources">
                    <summary>{g('sources', { count: e.sources.length })}</summary>
                    <ul>
                      {e.sources.map((s, i) => (
                        <li key={i}>
                          <a href={s.url} rel="noopener noreferrer external">
                            {s.title}
                          </a>
                          {(s.publisher || s.date) && (
                            <span className="text-muted">
                              {g('sourceMeta', {
                                meta: [s.publisher, s.date].filter(Boolean).join(g('metaSep')),
                              })}
                            </span>
                          )}
                        </li>
                      ))}
                    </ul>
                  </details>
                )}
              </article>
            );
          })}
        </section>
      ))}
    </div>
  );
}
