import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Finds UI text written straight into components instead of coming from messages/: JSX text
 * nodes and string literals in attributes people read (aria-label, title, placeholder, alt …).
 */
const ROOTS = ['app', 'components'];
const READ_ATTRS = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-placeholder',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
]);
/** Each entry justified: brand marks that are the same in every locale. */
const ALLOWED = new Map<string, string>([
  ['对', 'the brand glyph in the site logo (aria-hidden, same in every locale)'],
  ['对照', 'the brand name in Chinese shown beside "Duizhao" (lang="zh-Hans")'],
]);
const HAS_WORD = /[\p{L}]/u;
/** Punctuation written next to a message ("{t('x')}:", " (n)") is locale-specific: zh needs ： and （）. */
const HAS_PUNCT = /[:;,()（）：；，\u2014]/;

function files(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return files(p);
    return e.name.endsWith('.tsx') && !e.name.includes('.test.') ? [p] : [];
  });
}

export function hardCodedText(file: string, source: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const t = text.replace(/\s+/g, ' ').trim();
    if (!(HAS_WORD.test(t) || HAS_PUNCT.test(t)) || ALLOWED.has(t)) return;
    const { line } = sf.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${file}:${line + 1}: ${JSON.stringify(t)}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxAttribute(node) && READ_ATTRS.has(node.name.getText(sf))) {
      const init = node.initializer;
      if (init && ts.isStringLiteral(init)) report(init, init.text);
      else if (init && ts.isJsxExpression(init) && init.expression) {
        const e = init.expression;
        if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) report(e, e.text);
      }
    } else if (ts.isJsxExpression(node) && node.expression && ts.isJsxElement(node.parent)) {
      const e = node.expression;
      if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) report(e, e.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('UI text comes from messages/', () => {
  it('the detector finds text nodes, {"literals"} and readable attributes, and skips expressions', () => {
    const src = `export const A = () => (<div title="Close" aria-label={'Menu'}>
      Hello <b>{t('x')}</b> {"Quoted"} <span data-x="not read">{name}</span> · 42
    </div>);`;
    const found = hardCodedText('a.tsx', src).map((f) => f.replace(/^a\.tsx:\d+: /, ''));
    expect(found).toEqual(['"Close"', '"Menu"', '"Hello"', '"Quoted"']);
  });
  it('the detector finds punctuation appended to a message in code', () => {
    const src = `export const A = () => (<p><b>{t('note')}:</b> {n} <span>({count})</span> · {x}</p>);`;
    const found = hardCodedText('a.tsx', src).map((f) => f.replace(/^a\.tsx:\d+: /, ''));
    expect(found).toEqual(['":"', '"("', '")"']);
  });

  const all = ROOTS.flatMap((r) => files(path.join(process.cwd(), r)));
  it('scans the components', () => {
    expect(all.length).toBeGreaterThan(10);
  });
  it('no component hard-codes UI text', () => {
    const found = all.flatMap((f) =>
      hardCodedText(path.relative(process.cwd(), f), fs.readFileSync(f, 'utf8')),
    );
    expect(found).toEqual([]);
  });
});
