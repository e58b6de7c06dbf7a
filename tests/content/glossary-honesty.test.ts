import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';

/** The research file lists which terms' meanings could NOT be confirmed (../shared/reference). */
const REFERENCE = path.resolve(process.cwd(), '..', 'shared', 'reference', 'glossary-terms.json');
type Ref = { term: string; category: string; confirmed: boolean };
const reference = JSON.parse(fs.readFileSync(REFERENCE, 'utf8')) as Ref[];
const glossary = loadContent().glossary;
const strip = (s: string) => s.replace(/[“”‘’"'\s]/gu, '');
const entryFor = (term: string) => glossary.find((e) => e.forms.some((f) => strip(f) === strip(term)) || strip(e.term) === strip(term));

// Phrases that present a breakdown of a formula as fact.
const EXPANSION = /\bstands? for\b|\bnamely\b|分别(是|为|指|代表)|即[:：]/iu;

describe('glossary honesty', () => {
  it('every entry that is not confirmed says, in both languages, what is not documented', () => {
    for (const e of glossary.filter((x) => x.confidence !== 'confirmed')) {
      expect(e.note?.en.trim().length ?? 0, e.id).toBeGreaterThan(20);
      expect(e.note?.zh.trim().length ?? 0, e.id).toBeGreaterThan(8);
    }
  });

  it('formulas whose meaning the research could not confirm are not marked confirmed and are not expanded', () => {
    const unconfirmedSlogans = reference.filter((r) => r.category === 'slogan' && !r.confirmed);
    expect(unconfirmedSlogans.length).toBeGreaterThan(5);
    const checked: string[] = [];
    for (const r of unconfirmedSlogans) {
      const e = entryFor(r.term);
      if (!e) continue; // folded into a longer entry; that entry is checked on its own
      checked.push(e.id);
      expect(e.confidence, e.id).not.toBe('confirmed');
      expect(`${e.explanation.en}\n${e.explanation.zh}`, e.id).not.toMatch(EXPANSION);
    }
    for (const t of ['强新优富美高', '六村六创', '红领医养']) expect(checked, t).toContain(entryFor(t)?.id);
  });

  it('an official or common English rendering names who uses it; our own renderings name nobody', () => {
    for (const e of glossary) {
      if (e.english.status === 'own') expect(e.english.usedBy, e.id).toBeUndefined();
      else expect(e.english.usedBy?.length ?? 0, e.id).toBeGreaterThan(3);
    }
  });
});
