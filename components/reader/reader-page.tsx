import { getFormatter, getTranslations } from 'next-intl/server';
import { DifficultyCard } from '@/components/difficulty-card';
import { annotateArticle } from '@/lib/annotate';
import { getGlossary, type Article } from '@/lib/content';
import { toTraditional, traditionalArticle } from '@/lib/convert';
import { hskLevel } from '@/lib/hsk';
import { renderArticleBody, SCRIPT_LANG, type Script } from '@/lib/render';
import { ReaderChrome } from './reader-chrome';
import { ReaderGlossary } from './reader-glossary';
import { ReaderResearch } from './reader-research';
import { StaticHtml } from './static-html';

/**
 * The reader page of an article, in Simplified (`/{locale}/articles/{slug}`) or Traditional
 * characters (`…/traditional`). Both are the same static markup from lib/render: the Traditional
 * body is the Simplified annotation converted after annotation (lib/convert), so words, pinyin,
 * glossary marks and ids are the same and only the visible characters differ.
 */
export async function ReaderPage({
  article,
  locale,
  script,
}: {
  article: Article;
  locale: 'en' | 'zh';
  script: Script;
}) {
  const [t, tr, ta, format] = await Promise.all([
    getTranslations({ locale, namespace: 'Reader' }),
    getTranslations({ locale, namespace: 'Reveal' }),
    getTranslations({ locale, namespace: 'Actions' }),
    getFormatter({ locale }),
  ]);
  const glossary = getGlossary();
  const annotated = annotateArticle(article, glossary);
  const shown = script === 'hant' ? traditionalArticle(article, glossary) : annotated;
  const lang = locale === 'zh' ? 'zh' : 'en';
  const slot = { article, annotated, locale, script } as const;
  // Static-region ids are unique per page: the two scripts' bodies are different markup.
  const region = `${locale}/${article.slug}${script === 'hant' ? '/hant' : ''}`;
  // The article's own headline block is the page's <h1>; a text without one (a communiqué's body)
  // gets its metadata title, said to be the editors'.
  const headline = article.blocks.find((b) => b.kind === 'headline');
  const titleId = headline ? headline.id : 'article-title';
  const { outlet, publicationDate } = article.meta;
  const date = publicationDate
    ? format.dateTime(new Date(publicationDate), { dateStyle: 'long', timeZone: 'UTC' })
    : null;

  return (
    <div className="reader mx-auto max-w-6xl px-gutter pt-6" data-article={article.slug}>
      <ReaderChrome {...slot} />
      <ReaderResearch {...slot} />
      <ReaderGlossary {...slot} region={region} />
      <DifficultyCard article={article} annotated={annotated} locale={locale} variant="full" />
      <article aria-labelledby={titleId}>
        {!headline && (
          <header className="mb-6">
            <h1 id={titleId} className="text-2xl font-bold leading-snug">
              <span lang={SCRIPT_LANG[script]} className="block">
                {script === 'hant' ? toTraditional(article.meta.title.zh) : article.meta.title.zh}
              </span>
              <span lang="en" className="mt-1 block text-lg font-semibold">
                {article.meta.title.en}
              </span>
            </h1>
            <p className="mt-2 text-sm text-muted" data-title-from={article.meta.titleFrom ?? 'editors'}>
              {t(article.meta.titleFrom === 'source' ? 'sourceTitle' : 'suppliedTitle')}
            </p>
          </header>
        )}
        <StaticHtml
          className="article-body"
          id={`${region}/body`}
          html={renderArticleBody(
            article,
            shown,
            locale,
            {
              editorialNote: t('editorialNote'),
              revealShow: tr('show'),
              revealHide: tr('hide'),
              actions: String(ta.raw('menu')),
            },
            { levelOf: hskLevel },
            script,
          )}
        />
        <footer className="article-meta mt-10 border-t border-rule pt-4 text-sm text-muted">
          <p>
            {outlet
              ? date
                ? t('source', { outlet: outlet[lang], date })
                : t('sourceNoDate', { outlet: outlet[lang] })
              : t('sourceUnknown')}
          </p>
          {script === 'hant' && <p>{t('traditionalNote')}</p>}
          <p>
            {t('translationCredit', {
              credit: article.meta.translation.credit[lang],
              version: article.meta.translation.version,
            })}
          </p>
        </footer>
      </article>
    </div>
  );
}
