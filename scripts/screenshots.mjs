#!/usr/bin/env node
// Screenshots of pages at phone and desktop sizes, for looking at what we built.
// Usage: node scripts/screenshots.mjs BASE_URL OUT_DIR [path ...]   (defaults: every main route, both locales)
// Env: THEME=dark|light, VIEWPORTS=390x844,1280x900
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './lib/chromium.mjs';

const [base = 'http://127.0.0.1:3000', out = 'screenshots', ...paths] = process.argv.slice(2);
const routes = paths.length
  ? paths
  : ['en', 'zh'].flatMap((l) => [`/${l}`, `/${l}/articles/huaiyin-2024`, `/${l}/glossary`, `/${l}/about`]);
const viewports = (process.env.VIEWPORTS ?? '390x844,1280x900')
  .split(',')
  .map((v) => v.split('x').map(Number));
fs.mkdirSync(out, { recursive: true });
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-shots-'));
const ctx = await chromium.launchPersistentContext(profile, {
  executablePath: findChromium(),
  headless: true,
  args: CHROMIUM_ARGS,
  colorScheme: process.env.THEME === 'dark' ? 'dark' : 'light',
});
for (const [w, h] of viewports) {
  const page = await ctx.newPage();
  await page.setViewportSize({ width: w, height: h });
  for (const r of routes) {
    await page.goto(base + r, { waitUntil: 'networkidle' });
    const file = path.join(
      out,
      `${r.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'root'}-${w}x${h}.png`,
    );
    await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    console.log(file, overflow > 0 ? `HORIZONTAL OVERFLOW ${overflow}px` : '');
  }
  await page.close();
}
await ctx.close();
