#!/usr/bin/env node
// The web app manifest's PNG icons (public/icon-192.png, public/icon-512.png): app/icon.svg drawn
// by Debian's Chromium at each size, transparent outside the rounded square. Run after changing the
// SVG; the PNGs are committed, so the build needs no rasteriser.
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './lib/chromium.mjs';

const executablePath = findChromium();
if (!executablePath) throw new Error('icons: no Chromium (apt-get install -y chromium)');
const svg = fs.readFileSync('app/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  for (const size of [192, 512]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(
      `<body style="margin:0;background:transparent"><img src="${src}" width="${size}" height="${size}" style="display:block"></body>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    fs.writeFileSync(`public/icon-${size}.png`, await page.screenshot({ omitBackground: true }));
    await page.close();
  }
} finally {
  await browser.close();
}
console.log('wrote public/icon-192.png, public/icon-512.png');
