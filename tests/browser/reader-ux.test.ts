import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { BASE_URL, openBrowser } from './browser';
import { ARTICLE, box, html, KEY, open, setSetting, showBlock } from './reader-helpers';

let desktop: BrowserContext;
let phone: BrowserContext;
beforeAll(async () => {
  desktop = await openBrowser({ viewport: { width: 1280, height: 900 } });
  phone = await openBrowser({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
});
afterAll(async () => {
  await desktop?.close();
  await phone?.close();
});
const clear = async (c: BrowserContext) => {
  const p = await c.newPage();
  await p.goto(`${BASE_URL}/en`);
  await p.evaluate(() => localStorage.clear());
  await p.close();
};

describe('view modes', () => {
  it('side by side by default on wide screens, interleaved on phones', async () => {
    await clear(desktop);
    await clear(phone);
    const { page: d } = await open(desktop);
    await showBlock(d, 'p2');
    const dz = await box(d, '#p2 > .zh');
    const de = await box(d, '#p2 > .en');
    expect(de.left).toBeGreaterThan(dz.right);
    expect(Math.abs(de.top - dz.top)).toBeLessThan(40);
    const { page: m } = await open(phone);
    await showBlock(m, 'p2');
    const mz = await box(m, '#p2 > .zh');
    const me = await box(m, '#p2 > .en');
    expect(me.top).toBeGreaterThanOrEqual(mz.bottom - 1);
    expect(Math.abs(me.left - mz.left)).toBeLessThan(2);
    await d.close();
    await m.close();
  });

  it('each mode from the settings panel lays out the rows and persists across reloads', async () => {
    await clear(desktop);
    const { page, errors } = await open(desktop);
    await setSetting(page, 'view', 'interleaved');
    expect(await html(page, 'view')).toBe('interleaved');
    expect((await box(page, '#p2 > .en')).top).toBeGreaterThanOrEqual(
      (await box(page, '#p2 > .zh')).bottom - 1,
    );
    await setSetting(page, 'view', 'zh');
    expect(await page.locator('#p2 > .en').isVisible()).toBe(false);
    expect(await page.locator('#p2 > .zh').isVisible()).toBe(true);
    await setSetting(page, 'view', 'en');
    expect(await page.locator('#p2 > .zh').isVisible()).toBe(false);
    expect(await page.locator('#p2 > .en').isVisible()).toBe(true);
    await page.reload({ waitUntil: 'networkidle' });
    expect(await html(page, 'view')).toBe('en');
    expect(await page.locator('#p2 > .zh').isVisible()).toBe(false);
    await page.click('[data-tool="settings"]');
    expect(await page.locator('#rx-settings [data-setting="view"] input[value="en"]').isChecked()).toBe(true);
    expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!).view).toBe('en');
    expect(errors).toEqual([]);
    await page.close();

    // side by side chosen on a phone
    await clear(phone);
    const { page: m } = await open(phone);
    await setSetting(m, 'view', 'side');
    expect((await box(m, '#p2 > .en')).left).toBeGreaterThan((await box(m, '#p2 > .zh')).right);
    await m.close();
  });

  it('reveal English per paragraph hides body English until tapped; headings keep theirs', async () => {
    await clear(phone);
    const { page } = await open(phone);
    await setSetting(page, 'reveal');
    expect(await html(page, 'reveal')).toBe('on');
    await page.keyboard.press('Escape');
    expect(await page.locator('#p2 > .en').isVisible()).toBe(false);
    expect(await page.locator('#h1 > .en').isVisible()).toBe(true);
    const btn = page.locator('#p2 > .rx-reveal');
    await showBlock(page, 'p2');
    expect(await btn.getAttribute('aria-expanded')).toBe('false');
    await btn.tap();
    expect(await page.locator('#p2 > .en').isVisible()).toBe(true);
    expect(await btn.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('#p3 > .en').isVisible()).toBe(false);
    await page.close();
  });
});

describe('settings', () => {
  it('pinyin off hides the pinyin but keeps its space: nothing moves', async () => {
    await clear(desktop);
    const { page } = await open(desktop);
    const before = await box(page, '#p2 > .zh');
    const charBefore = await box(page, '#p2 ruby >> nth=20');
    await setSetting(page, 'pinyin', 'none');
    expect(await html(page, 'pinyin')).toBe('off');
    expect(
      await page
        .locator('#p2 rt')
        .first()
        .evaluate((e) => getComputedStyle(e).visibility),
    ).toBe('hidden');
    expect(await box(page, '#p2 > .zh')).toEqual(before);
    expect(await box(page, '#p2 ruby >> nth=20')).toEqual(charBefore);
    await page.reload({ waitUntil: 'networkidle' });
    expect(await html(page, 'pinyin')).toBe('off');
    await page.close();
  });

  it('tone colours colour pinyin by tone; spoken tone changes swap the 一/不 syllables', async () => {
    await clear(desktop);
    const { page } = await open(desktop);
    const color = (sel: string) =>
      page
        .locator(sel)
        .first()
        .evaluate((e) => getComputedStyle(e).color);
    const plain1 = await color('rt.t1');
    expect(await color('rt.t4')).toBe(plain1);
    await setSetting(page, 'tones');
    expect(await html(page, 'tones')).toBe('on');
    const t1 = await color('rt.t1');
    const t4 = await color('rt.t4');
    expect(t1).not.toBe(plain1);
    expect(t4).not.toBe(t1);

    const sandhi = page.locator('rt[data-s]').first();
    expect(await sandhi.count()).toBe(1);
    const spoken = await sandhi.getAttribute('data-s');
    const after = () => sandhi.evaluate((e) => getComputedStyle(e, '::after').content);
    expect(await after()).toBe('none');
    await setSetting(page, 'sandhi');
    expect(await html(page, 'sandhi')).toBe('on');
    expect(await after()).toBe(JSON.stringify(spoken));
    expect(await sandhi.evaluate((e) => getComputedStyle(e).fontSize)).toBe('0px');
    expect(parseFloat(await sandhi.evaluate((e) => getComputedStyle(e, '::after').fontSize))).toBeGreaterThan(
      7,
    );
    await page.close();
  });

  it('text size has four growing steps', async () => {
    await clear(desktop);
    const { page } = await open(desktop);
    const sizes: number[] = [];
    for (const s of ['s', 'm', 'l', 'xl']) {
      await setSetting(page, 'size', s);
      sizes.push(
        await page.locator('#p2 > .zh').evaluate((e) => parseFloat(getComputedStyle(e).fontSize)),
        await page.locator('#p2 > .en').evaluate((e) => parseFloat(getComputedStyle(e).fontSize)),
      );
    }
    const zh = sizes.filter((_, i) => i % 2 === 0);
    const en = sizes.filter((_, i) => i % 2 === 1);
    for (let i = 1; i < 4; i++) {
      expect(zh[i]).toBeGreaterThan(zh[i - 1]!);
      expect(en[i]).toBeGreaterThan(en[i - 1]!);
    }
    expect(Math.min(...en)).toBeGreaterThanOrEqual(16);
    await page.close();
  });

  it('theme: system follows the device, light and dark override it', async () => {
    const dark = await openBrowser({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
    const { page } = await open(dark);
    const bg = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const systemDark = await bg();
    await setSetting(page, 'theme', 'light');
    const light = await bg();
    expect(light).not.toBe(systemDark);
    await setSetting(page, 'theme', 'dark');
    expect(await bg()).toBe(systemDark);
    await setSetting(page, 'theme', 'light');
    await page.reload({ waitUntil: 'networkidle' });
    expect(await bg()).toBe(light);
    await dark.close();
  });

  it('settings are on <html> before the body is parsed (no flash)', async () => {
    const ctx = await openBrowser({ viewport: { width: 390, height: 844 } });
    await ctx.addInitScript((key) => {
      try {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(key, JSON.stringify({ theme: 'dark', view: 'zh', size: 'xl', pinyin: 'off' }));
          sessionStorage.setItem('seeded', '1');
        }
      } catch {}
      const w = window as unknown as { __atBody?: Record<string, string | null> };
      const mo = new MutationObserver(() => {
        if (document.body && !w.__atBody) {
          const h = document.documentElement;
          w.__atBody = Object.fromEntries(
            ['theme', 'view', 'size', 'pinyin', 'js'].map((n) => [n, h.getAttribute(`data-${n}`)]),
          );
          mo.disconnect();
        }
      });
      mo.observe(document, { childList: true, subtree: true });
    }, KEY);
    const page = await ctx.newPage();
    await page.goto(`${BASE_URL}${ARTICLE}`);
    expect(await page.evaluate(() => (window as unknown as { __atBody: unknown }).__atBody)).toEqual({
      theme: 'dark',
      view: 'zh',
      size: 'xl',
      pinyin: 'off',
      js: 'on',
    });
    await ctx.close();
  });

  it('corrupt storage falls back to defaults without errors', async () => {
    const ctx = await openBrowser({ viewport: { width: 1280, height: 900 } });
    await ctx.addInitScript((key) => localStorage.setItem(key, '{"view": "side", garbage'), KEY);
    const { page, errors } = await open(ctx);
    expect(await html(page, 'view')).toBe('auto');
    expect(await html(page, 'pinyin')).toBe('on');
    await setSetting(page, 'view', 'zh');
    expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!).view).toBe('zh');
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('storage that throws (Safari private mode): defaults, settings still apply, a note says they are not saved', async () => {
    const ctx = await openBrowser({ viewport: { width: 1280, height: 900 } });
    await ctx.addInitScript(() => {
      const fail = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      Storage.prototype.getItem = fail;
      Storage.prototype.setItem = fail;
    });
    const { page, errors } = await open(ctx);
    expect(await html(page, 'view')).toBe('auto');
    expect(await html(page, 'js')).toBe('on');
    await setSetting(page, 'view', 'interleaved');
    expect(await html(page, 'view')).toBe('interleaved');
    await expect(page.locator('#rx-settings [role="status"]').isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('the panel works by keyboard and Escape returns focus to its button', async () => {
    await clear(desktop);
    const { page } = await open(desktop);
    await page.focus('[data-tool="settings"]');
    await page.keyboard.press('Enter');
    expect(await page.locator('#rx-settings').evaluate((e) => e.matches(':popover-open'))).toBe(true);
    await page.focus('#rx-settings [data-setting="view"] input[value="zh"]');
    await page.keyboard.press('Space');
    expect(await html(page, 'view')).toBe('zh');
    await page.keyboard.press('Escape');
    expect(await page.locator('#rx-settings').evaluate((e) => e.matches(':popover-open'))).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-tool'))).toBe('settings');
    await page.close();
  });
});

describe('sentence alignment', () => {
  it('hovering a Chinese sentence highlights its English, and back', async () => {
    await clear(desktop);
    const { page } = await open(desktop);
    await page.hover('#p2 > .zh [data-sentence="p2.s2"]');
    expect(await page.locator('#p2 > .en [data-sentence="p2.s2"]').getAttribute('class')).toContain(
      'rx-align',
    );
    expect(
      (await page.locator('#p2 > .en [data-sentence="p2.s1"]').getAttribute('class')) ?? '',
    ).not.toContain('rx-align');
    await page.hover('#p3 > .en [data-sentence="p3.s1"]');
    expect(await page.locator('#p3 > .zh [data-sentence="p3.s1"]').getAttribute('class')).toContain(
      'rx-align',
    );
    expect(await page.locator('.rx-align').count()).toBe(2);
    await page.close();
  });

  it('an English sentence that merges two Chinese ones highlights both', async () => {
    await clear(desktop);
    const { page } = await open(desktop);
    const merged = page.locator('.en [data-sentences]').first();
    if ((await merged.count()) === 0) return; // no merged sentence in this article version
    const ids = (await merged.getAttribute('data-sentences'))!.split(' ');
    await merged.hover();
    for (const id of ids)
      expect(await page.locator(`.zh [data-sentence="${id}"]`).getAttribute('class')).toContain('rx-align');
    await page.hover(`.zh [data-sentence="${ids[1]}"]`);
    expect(await merged.getAttribute('class')).toContain('rx-align');
    await page.close();
  });

  it('tapping a sentence on a phone pins the pair; tapping again clears it', async () => {
    await clear(phone);
    const { page } = await open(phone);
    const zh = page.locator('#p4 > .zh [data-sentence="p4.s2"]');
    await zh.scrollIntoViewIfNeeded();
    await zh.locator('ruby').nth(2).tap();
    expect(await page.locator('#p4 > .en [data-sentence="p4.s2"]').getAttribute('class')).toContain(
      'rx-align',
    );
    await zh.locator('ruby').nth(2).tap();
    expect(await page.locator('.rx-align').count()).toBe(0);
    await page.close();
  });
});

describe('reading aids', () => {
  it('contents drawer jumps to a heading and closes', async () => {
    await clear(phone);
    const { page } = await open(phone);
    await page.click('[data-tool="toc"]');
    const toc = page.locator('#rx-toc');
    expect(await toc.evaluate((e) => e.matches(':popover-open'))).toBe(true);
    const links = await toc.locator('a').count();
    expect(links).toBeGreaterThanOrEqual(6);
    await toc.locator('a[href="#h3"]').click();
    await page.waitForURL(/#h3$/);
    expect(await toc.evaluate((e) => e.matches(':popover-open'))).toBe(false);
    const top = (await box(page, '#h3')).top;
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(200);
    await page.close();
  });

  it('the progress bar fills as you read; the toolbar hides on scroll down and returns on scroll up', async () => {
    await clear(phone);
    const { page } = await open(phone);
    const scale = () =>
      page.locator('.rx-progress > span').evaluate((e) => new DOMMatrix(getComputedStyle(e).transform).a);
    expect(await scale()).toBeLessThan(0.05);
    for (let y = 100; y <= 1500; y += 100) {
      await page.evaluate((to) => window.scrollTo(0, to), y);
      await page.waitForTimeout(40);
    }
    await page.waitForTimeout(300);
    expect(await page.locator('.rx-toolbar').getAttribute('data-hidden')).toBe('');
    const mid = await scale();
    expect(mid).toBeGreaterThan(0.05);
    for (let y = 1400; y >= 1100; y -= 100) {
      await page.evaluate((to) => window.scrollTo(0, to), y);
      await page.waitForTimeout(40);
    }
    await page.waitForTimeout(300);
    expect(await page.locator('.rx-toolbar').getAttribute('data-hidden')).toBeNull();
    expect((await box(page, '.rx-toolbar')).top).toBeGreaterThanOrEqual(-1);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForTimeout(300);
    expect(await scale()).toBeGreaterThan(0.98);
    await page.close();
  });

  it('prints the bilingual article with paragraph ids in the margin and no controls', async () => {
    await clear(desktop);
    const { page } = await open(desktop);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.rx-toolbar').isVisible()).toBe(false);
    expect(await page.locator('#p2 > .en').isVisible()).toBe(true);
    expect(await page.locator('#p2 > .zh').isVisible()).toBe(true);
    expect(await page.locator('#p2').evaluate((e) => getComputedStyle(e, '::before').content)).toBe('"p2"');
    expect(
      await page
        .locator('#p2 rt')
        .first()
        .evaluate((e) => getComputedStyle(e).visibility),
    ).toBe('visible');
    await page.close();
  });
});

describe('read aloud', () => {
  it('is not offered when the device has no Chinese voice', async () => {
    const ctx = await openBrowser({ viewport: { width: 1280, height: 900 } });
    await ctx.addInitScript(() => {
      const voices = [{ lang: 'en-US', name: 'English', voiceURI: 'en', localService: true, default: true }];
      Object.defineProperty(window, 'speechSynthesis', {
        configurable: true,
        value: {
          getVoices: () => voices,
          speak() {},
          cancel() {},
          addEventListener() {},
          removeEventListener() {},
        },
      });
    });
    const { page } = await open(ctx);
    await page.waitForTimeout(1800);
    expect(await page.locator('[data-speech]').count()).toBe(0);
    await ctx.close();
  });

  it('reads a paragraph sentence by sentence with a zh-CN voice, highlighting each, at the chosen speed', async () => {
    const ctx = await openBrowser({ viewport: { width: 390, height: 844 }, hasTouch: true });
    await ctx.addInitScript(() => {
      type U = {
        text: string;
        lang: string;
        rate: number;
        voice: unknown;
        onstart?: () => void;
        onend?: () => void;
      };
      const spoken: { text: string; lang: string; rate: number; highlighted: string[] }[] = [];
      (window as unknown as { __spoken: typeof spoken }).__spoken = spoken;
      const voices = [
        { lang: 'en-US', name: 'English', voiceURI: 'en', localService: true, default: true },
        { lang: 'zh-CN', name: 'Tingting', voiceURI: 'zh', localService: true, default: false },
      ];
      let current: U | null = null;
      class Utterance {
        text: string;
        lang = '';
        rate = 1;
        voice: unknown = null;
        constructor(text: string) {
          this.text = text;
        }
      }
      (window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = Utterance;
      Object.defineProperty(window, 'speechSynthesis', {
        configurable: true,
        value: {
          getVoices: () => voices,
          addEventListener() {},
          removeEventListener() {},
          cancel() {
            current = null;
          },
          speak(u: U) {
            current = u;
            setTimeout(() => {
              if (current !== u) return;
              u.onstart?.();
              spoken.push({
                text: u.text,
                lang: u.lang,
                rate: u.rate,
                highlighted: Array.from(document.querySelectorAll('.rx-speaking')).map(
                  (e) => e.getAttribute('data-sentence') ?? '',
                ),
              });
              setTimeout(() => current === u && u.onend?.(), 60);
            }, 20);
          },
        },
      });
    });
    const { page, errors } = await open(ctx);
    const toggle = page.locator('[data-speech="toggle"]');
    await toggle.waitFor();
    expect(await toggle.isVisible()).toBe(true);
    // start from a tapped sentence
    const first = page.locator('#p4 > .zh [data-sentence="p4.s2"]');
    await first.scrollIntoViewIfNeeded();
    await first.locator('ruby').nth(2).tap();
    await toggle.click();
    await page.selectOption('[data-speech="rate"]', '0.8');
    await page.click('[data-speech="play"]');
    await page.waitForFunction(() => (window as unknown as { __spoken: unknown[] }).__spoken.length >= 2);
    await page.waitForTimeout(300);
    const spoken = await page.evaluate(
      () =>
        (
          window as unknown as {
            __spoken: { text: string; lang: string; rate: number; highlighted: string[] }[];
          }
        ).__spoken,
    );
    const p4 = await page.locator('#p4 > .zh [data-sentence]').evaluateAll((els) => els.map((e) => e.id));
    // the rest of the paragraph, in order, and no further
    expect(spoken.map((s) => s.highlighted.find((h) => h.startsWith('p')))).toEqual(p4.slice(1));
    const s0 = spoken[0]!;
    expect(s0.lang).toMatch(/^zh/);
    expect(s0.rate).toBe(0.8);
    expect(s0.text).not.toMatch(/[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{2}/); // characters only, no pinyin
    expect(s0.text).toBe(
      await first.evaluate((e) => {
        const c = e.cloneNode(true) as Element;
        c.querySelectorAll('rt, rp').forEach((r) => r.remove());
        return c.textContent!.trim();
      }),
    );
    expect(s0.highlighted).toContain('p4.s2'); // both languages highlighted
    expect(s0.highlighted.filter((h) => h === 'p4.s2').length).toBe(2);
    expect(await page.locator('.rx-speaking').count()).toBe(0); // done
    // one sentence only
    await page.selectOption('[data-speech="scope"]', 'sentence');
    const before = spoken.length;
    await page.click('[data-speech="play"]');
    await page.waitForTimeout(500);
    const after = await page.evaluate(() => (window as unknown as { __spoken: unknown[] }).__spoken.length);
    expect(after - before).toBe(1);
    expect(errors).toEqual([]);
    await ctx.close();
  });
});

describe('markup contract and ruby typesetting', () => {
  it('characters sit on an even grid: no gaps like "黄 河流域"', async () => {
    await clear(desktop);
    const { page } = await open(desktop);
    // Each base character of the ruby markup (a text node) with the <rt> that follows it.
    const gaps = await page.locator('#t2 > .zh').evaluate((el) => {
      const bases = [...el.querySelectorAll('ruby')].flatMap((r) =>
        [...r.childNodes].filter((n) => n.nodeType === 3 && n.nextSibling?.nodeName === 'RT'),
      );
      const chars = bases.map((n) => {
        const range = document.createRange();
        range.selectNode(n);
        return range.getBoundingClientRect();
      });
      const out: number[] = [];
      for (let i = 1; i < chars.length; i++) {
        const a = chars[i - 1]!;
        const b = chars[i]!;
        if (Math.abs(a.top - b.top) < 2) out.push(b.left - a.left);
      }
      return out;
    });
    expect(gaps.length).toBeGreaterThan(10);
    const min = Math.min(...gaps);
    // All advances within 10% of each other in the subtitle (has 黄河流域, long syllables).
    expect(Math.max(...gaps) / min).toBeLessThan(1.1);
    // and every pinyin is centred over its character, none overlapping the next
    const rt = await page.locator('#l1 > .zh').evaluate((el) => {
      let worstCentre = 0;
      let overlaps = 0;
      let prev: DOMRect | null = null;
      let seen = 0;
      for (const r of el.querySelectorAll('ruby'))
        for (const n of r.childNodes) {
          if (n.nodeType !== 3 || n.nextSibling?.nodeName !== 'RT') continue;
          seen++;
          const t = (n.nextSibling as Element).getBoundingClientRect();
          const range = document.createRange();
          range.setStart(n, 0);
          range.setEnd(n, 1);
          const c = range.getBoundingClientRect();
          // a Han character is 1em wide; the range's box also covers the letter-spacing after it
          const em = parseFloat(getComputedStyle(r).fontSize);
          worstCentre = Math.max(worstCentre, Math.abs(t.left + t.width / 2 - (c.left + em / 2)));
          if (prev && Math.abs(prev.top - t.top) < 2 && t.left < prev.right - 0.5) overlaps++;
          prev = t;
        }
      return { worstCentre, overlaps, seen };
    });
    expect(rt.seen).toBeGreaterThan(20);
    expect(rt.overlaps).toBe(0);
    expect(rt.worstCentre).toBeLessThan(2);
    await page.close();
  });

  it('closing punctuation never starts a line', async () => {
    const { page } = await open(phone, '/zh/articles/huaiyin-2024');
    const bad = await page.evaluate(() => {
      const found: string[] = [];
      for (const zh of Array.from(document.querySelectorAll('.reader .zh'))) {
        const walker = document.createTreeWalker(zh, NodeFilter.SHOW_TEXT);
        let lastTop = -1;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (n.parentElement?.closest('rt')) continue;
          const text = n.nodeValue ?? '';
          for (let i = 0; i < text.length; i++) {
            if (!text[i]!.trim()) continue;
            const r = document.createRange();
            r.setStart(n, i);
            r.setEnd(n, i + 1);
            const top = r.getBoundingClientRect().top;
            if (lastTop >= 0 && top > lastTop + 10 && /[，。、；：？！”’）》」』]/.test(text[i]!))
              found.push(`${zh.parentElement?.id}: ${text[i]}`);
            lastTop = top;
          }
        }
      }
      return found;
    });
    expect(bad).toEqual([]);
    await page.close();
  });
});
