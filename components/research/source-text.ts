// The reader's Chinese on either page (Simplified or Traditional), read back as the source text.

/**
 * The Chinese column of a block, on the Simplified (`zh-Hans`) and the Traditional (`zh-Hant`)
 * page alike: select it by this, never by one `lang` value.
 */
export const ZH = '[lang^="zh-Han"]';

/**
 * The source (Simplified) text of a rendered Chinese element: each word as its `data-word`, which
 * is the Simplified word on both pages, other text as shown. On the Simplified page it equals the
 * text without ruby (trimmed, spaces as they are).
 */
export function sourceText(el: Element): string {
  let out = '';
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) out += n.textContent ?? '';
    else if (n instanceof Element && n.tagName !== 'RT' && n.tagName !== 'RP') {
      const word = n.getAttribute('data-word');
      if (word !== null) out += word;
      else n.childNodes.forEach(walk);
    }
  };
  walk(el);
  return out.trim();
}
