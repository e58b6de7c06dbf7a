export { renderArticleBody, SCRIPT_LANG, type BodyLabels, type Script, type WordFacts } from './article';
export { renderKeyTerms, VISIBLE_KEY_TERMS, type KeyTermsLabels } from './keyterms';
export type { SafeHtml } from './html';
export {
  renderGlossary,
  splitTag,
  type GlossaryGroup,
  type GlossaryLabels,
  type TaggedTemplate,
} from './glossary';
