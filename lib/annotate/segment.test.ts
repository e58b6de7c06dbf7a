import { describe, expect, it } from 'vitest';
import { readSentence } from './sentence';
import { segmentHanRun } from './segment';
import { flatTokens, overrides, sentence, sentences, words } from './test-helpers';

describe('segmentation', () => {
  it('keeps every character of every sentence, in order, with words only of Han characters', () => {
    for (const s of sentences) {
      const { tokens } = readSentence(s.zh, overrides);
      expect(tokens.map((t) => t.text).join('')).toBe(s.zh);
      for (const t of tokens) {
        if (t.kind === 'word') expect(t.text).toMatch(/^\p{Script=Han}+$/u);
        else expect(t.text).not.toMatch(/\p{Script=Han}/u);
      }
      // adjacent text tokens are merged: punctuation, digits and Latin form one run
      tokens.forEach((t, i) => i > 0 && t.kind === 'text' && expect(tokens[i - 1]!.kind).toBe('word'));
    }
  });

  it('puts digits, Latin letters and punctuation in text tokens without pinyin', () => {
    const { tokens } = readSentence(sentence('p2.s4').zh, overrides);
    expect(tokens).toContainEqual({ kind: 'text', text: 'TOD' });
    expect(tokens).toContainEqual({ kind: 'text', text: '113' });
    expect(tokens.filter((t) => t.kind === 'text').every((t) => !('chars' in t))).toBe(true);
  });

  it('groups dictionary words (modern word list loaded)', () => {
    const w = words(readSentence(sentence('l1.s1').zh, overrides).tokens).map((x) => x.text);
    expect(w).toEqual(
      expect.arrayContaining(['人民代表大会', '区长', '政府', '工作', '报告', '会议', '开幕']),
    );
  });

  it('does not fall apart into single characters late in a long sentence (pinyin-pro underflow)', () => {
    // In one call over the whole sentence pinyin-pro 3.29.4 returns 增 + 长 cháng here.
    const w = words(readSentence(sentence('sp3.s4').zh, overrides).tokens);
    const growth = w.find((x) => x.text === '增长');
    expect(growth?.chars.map((c) => c.py)).toEqual(['zēng', 'zhǎng']);
    expect(w.map((x) => x.text)).toContain('收入');
  });

  it('segments a long Han run in windows without cutting words at the window edges', () => {
    const run =
      '深化高新技术企业培育机制鼓励企业加大科技研发投入增强自主创新能力加快科技成果转化推动高校科研院所优质资源';
    expect([...run].length).toBeGreaterThan(40);
    const ws = segmentHanRun(run);
    expect(ws.map((w) => w.chars.join('')).join('')).toBe(run);
    const texts = ws.map((w) => w.chars.join(''));
    for (const word of [
      '高新技术',
      '企业',
      '培育',
      '鼓励',
      '科技',
      '研发',
      '投入',
      '增强',
      '自主',
      '创新',
      '能力',
      '成果',
      '转化',
      '高校',
      '科研',
      '优质',
      '资源',
    ])
      expect(texts).toContain(word);
  });

  it('reads a one-character word at a window edge with its left neighbour (吸引了 le, not liǎo)', () => {
    // Both runs are longer than a window, and 了 falls where the second window would begin.
    for (const run of [
      '代表们以举手表决方式通过了关于政府工作报告的决议',
      '趵突泉公园的迎春花展吸引了大批市民前来观赏拍照',
    ]) {
      const le = segmentHanRun(run).filter((w) => w.chars.join('') === '了');
      expect(
        le.map((w) => w.py[0]),
        run,
      ).toEqual(['le']);
    }
  });

  it('reads the same word the same way wherever it stands in a sentence', () => {
    const byWord = new Map<string, Set<string>>();
    for (const s of sentences)
      for (const w of words(flatTokens(readSentence(s.zh, overrides).tokens)))
        if (w.chars.length > 1)
          byWord.set(w.text, (byWord.get(w.text) ?? new Set()).add(w.chars.map((c) => c.py).join(' ')));
    const inconsistent = [...byWord]
      .filter(([, r]) => r.size > 1)
      .map(([w, r]) => `${w}: ${[...r].join(' / ')}`);
    expect(inconsistent).toEqual([]);
  });
});
