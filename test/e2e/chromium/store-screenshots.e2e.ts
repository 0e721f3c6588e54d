// The store listing's screenshots, 1280×800 (the Chrome Web Store's size, which
// addons.mozilla.org takes too), in English, Korean and Japanese: Chromium runs with
// that UI language on a news article in it, and each language gets (1) the article with
// its highlights and the briefing card open, (2) the popup over the article, as it drops
// from the toolbar, (3) the options page. They go to test/artifacts/store/;
// BL_UPDATE_SCREENSHOTS=1 also refreshes assets/store/ (Korean and Japanese need the
// Noto CJK fonts, which .ci/run installs).
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../scripts/lib/paths';
import { cardText, highlightCentre } from '../card-inspect';
import { fromPlaywright, launchChromium, serve, settledHighlights, type ChromiumSession, type Server } from '../harness';
import { keepScreenshot, saveScreenshot } from '../screenshots';
import { STORE_ARTICLES } from '../store-articles';
import { tabIdByHost } from '../../../scripts/lib/tab-id';

/** The slice of the extension API the service-worker snippet uses. */
declare const chrome: { i18n: { getUILanguage(): string } };

const STORE_SIZE = { width: 1280, height: 800 };
const POPUP_VIEWPORT = { width: 400, height: 600 };
/** Names below start with store/, so the committed copies land in assets/store/. */
const ASSETS = join(REPO_ROOT, 'assets');
/** The card fades in over 120 ms (host-css.ts). */
const FADE_IN_MS = 250;
const POLL = { timeout: 10_000 };

/** The popup's picture laid over the page's at the top right, where the toolbar drops it, in a 1-pixel frame. */
function popupOverPage(pagePng: Buffer, popupPng: Buffer): Buffer {
  const base = PNG.sync.read(pagePng);
  const popup = PNG.sync.read(popupPng);
  const left = base.width - popup.width - 16;
  const frame = [176, 180, 190, 255];
  for (let y = 0; y <= popup.height && y < base.height; y++) {
    for (let x = -1; x <= popup.width; x++) {
      const to = (y * base.width + left + x) * 4;
      const inside = x >= 0 && x < popup.width && y < popup.height;
      for (let c = 0; c < 4; c++) base.data[to + c] = inside ? popup.data[(y * popup.width + x) * 4 + c]! : frame[c]!;
    }
  }
  return PNG.sync.write(base);
}

function sizeOf(png: Buffer): { width: number; height: number } {
  const { width, height } = PNG.sync.read(png);
  return { width, height };
}

describe('store screenshots (Chromium, en/ko/ja)', () => {
  let server: Server;
  let session: ChromiumSession | undefined;

  beforeAll(async () => {
    server = await serve(Object.fromEntries<string>([...STORE_ARTICLES.map((a): [string, string] => [`/${a.lang}.html`, a.html]), ['/favicon.ico', '']]));
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  for (const article of STORE_ARTICLES) {
    it(`${article.lang}: the article with the card open, the popup over it, and the options page, each 1280×800 in the UI language`, async () => {
      session = await launchChromium({ uiLanguage: article.lang, viewport: STORE_SIZE });
      expect(await session.worker.evaluate(() => chrome.i18n.getUILanguage())).toMatch(new RegExp(`^${article.lang}\\b`));
      const shots: Buffer[] = [];

      const tab = await session.context.newPage();
      await tab.goto(server.url(`/${article.lang}.html`));
      await settledHighlights(fromPlaywright(tab), { min: 5 });
      const at = await highlightCentre(fromPlaywright(tab), article.hover);
      if (!at) throw new Error(`no highlight "${article.hover}"`);
      await tab.mouse.move(at.x - 3, at.y);
      await tab.mouse.move(at.x, at.y, { steps: 2 });
      await expect.poll(() => cardText(tab), POLL).toContain(article.cardTitle);
      await tab.waitForTimeout(FADE_IN_MS);
      shots.push(await saveScreenshot(tab, `store/${article.lang}/1-card.png`, { assetsDir: ASSETS }));

      await tab.keyboard.press('Escape');
      await tab.mouse.move(5, 5);
      await expect.poll(async () => (await cardText(tab)).length, POLL).toBe(0);
      const tabId = await tabIdByHost(session, new URL(server.origin).hostname);
      const popup = await session.context.newPage();
      await popup.setViewportSize(POPUP_VIEWPORT);
      await popup.goto(session.extensionUrl(`popup.html?tab=${tabId}`));
      await expect.poll(() => popup.locator('.on-page .entry-name').count(), POLL).toBeGreaterThan(3);
      expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(new RegExp(`^${article.lang}\\b`));
      await popup.locator('input.search-box').blur();
      const composed = popupOverPage(await tab.screenshot(), await popup.screenshot());
      shots.push(await keepScreenshot(composed, `store/${article.lang}/2-popup.png`, ASSETS));
      await popup.close();

      const options: Page = await session.context.newPage();
      await options.goto(session.extensionUrl('options.html'));
      await options.locator('.pack-title').first().waitFor(POLL);
      await options.locator('kbd').first().waitFor(POLL);
      shots.push(await saveScreenshot(options, `store/${article.lang}/3-options.png`, { assetsDir: ASSETS }));

      for (const png of shots) expect(sizeOf(png)).toEqual(STORE_SIZE);
      await session.close();
      session = undefined;
    });
  }
});
