/**
 * Renders assets/icons/icon.svg to the PNG sizes the manifest names (16, 32, 48, 128)
 * with headless Chromium. Run after editing the SVG: `npx tsx scripts/render-icons.ts`.
 */
import { chromium } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CHROMIUM_PATH } from './lib/browsers';
import { REPO_ROOT } from './lib/paths';

const dir = join(REPO_ROOT, 'assets', 'icons');
const svg = await readFile(join(dir, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox'] });
try {
  for (const size of [16, 32, 48, 128]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    await page.screenshot({ path: join(dir, `icon-${size}.png`), omitBackground: true });
    await page.close();
    console.log(`icon-${size}.png`);
  }
} finally {
  await browser.close();
}
