export { renderArticleBody, type BodyLabels, type WordFacts } from './article';
export { renderKeyTerms, VISIBLE_KEY_TERMS, type KeyTermsLabels } from './keyterms';
export type { SafeHtml } from './html';
