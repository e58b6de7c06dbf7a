import { describe, expect, it } from 'vitest';
import { el, escapeHtml, join, text } from './html';

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' onmouseover='alert(1)",
  '&lt;b&gt; &amp; &#60;',
  '</ruby></span><a href="javascript:alert(1)">x</a>',
];

describe('lib/render/html', () => {
  it('escapes the five characters that can break out of text or a quoted attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('text and attribute values never open a tag or close a quote', () => {
    for (const h of HOSTILE) {
      const out = el('span', { title: h, 'data-word': h }, text(h));
      // The only tags are the span's own; entities in the input stay literal text (&amp;lt;).
      expect(out.match(/</g)?.length, h).toBe(2);
      expect(out.startsWith('<span title="'), h).toBe(true);
      expect(out.split('"').length - 1, h).toBe(4);
      expect(out).toContain(escapeHtml(h));
    }
    expect(text('&lt;')).toBe('&amp;lt;');
  });

  it('refuses odd tag and attribute names instead of escaping them', () => {
    expect(() => el('span onclick=x', {})).toThrow(/tag name/);
    expect(() => el('span', { 'x" onclick="y': '1' })).toThrow(/attribute name/);
    expect(() => el('span', { '': '1' })).toThrow(/attribute name/);
  });

  it('omits undefined, null and false attributes; true is a bare attribute', () => {
    expect(el('button', { hidden: true, a: undefined, b: null, c: false, d: 0 })).toBe(
      '<button hidden d="0"></button>',
    );
  });

  it('joins with an escaped separator', () => {
    expect(join([text('a'), text('b')], '<')).toBe('a&lt;b');
  });
});
