// Firefox ESR: a web page cannot drive the extension. The hostile page sends envelopes
// over postMessage, dispatches CustomEvents and synthetic pointer events, and defines a
// custom element named like our host; no card opens, and after a reload (a fresh
// content script reads the settings from the background) highlighting is still on for
// the site, in the default colour — so neither `setSettings` nor `setSiteEnabled` got
// through. A real hover still opens a card, and no tab was opened.
//
// Malformed requests from an extension context are tested in Chromium only (plus the
// unit suites over the same router and validators): WebDriver BiDi in Firefox refuses to
// navigate to moz-extension:// pages, cannot evaluate in the background, and extension
// commands do not fire from synthesized keys, so no test can run code in an extension
// context here.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardHits, highlightCentre } from '../card-inspect';
import { fromPuppeteer, launchFirefox, serve, settledHighlights, type FirefoxSession, type Server } from '../harness';
import { HOSTILE_PAGE } from '../messages-cases';
import { countNear, HIGHLIGHT_RGB } from '../pixels';

describe('Firefox: a web page cannot drive the extension', () => {
  let session: FirefoxSession;
  let server: Server;

  beforeAll(async () => {
    server = await serve({ '/hostile.html': HOSTILE_PAGE });
    session = await launchFirefox();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  async function highlightPixels(tab: Page): Promise<number> {
    const box = (await (await tab.$('#biden'))!.boundingBox())!;
    return countNear(Buffer.from(await tab.screenshot({ clip: { x: box.x, y: box.y, width: box.width, height: box.height + 8 } })), HIGHLIGHT_RGB);
  }

  it('postMessage, CustomEvents, a look-alike custom element and synthetic pointer events change nothing and open nothing', async () => {
    const tab = await session.browser.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (e) => errors.push(String(e)));
    await tab.goto(server.url('/hostile.html'));
    const texts = await settledHighlights(fromPuppeteer(tab), { min: 4 });
    expect(await highlightPixels(tab)).toBeGreaterThan(50);
    const pages = (await session.browser.pages()).length;

    expect(await tab.evaluate(() => (window as unknown as { attack(): Promise<number> }).attack())).toBe(9);
    await new Promise((r) => setTimeout(r, 1000));
    expect(await cardHits(fromPuppeteer(tab))).toBe(0);
    expect(await settledHighlights(fromPuppeteer(tab), { min: 4 })).toEqual(texts);

    await tab.reload();
    expect(await settledHighlights(fromPuppeteer(tab), { min: 4 })).toEqual(texts);
    expect(await highlightPixels(tab)).toBeGreaterThan(50);
    expect((await session.browser.pages()).length).toBe(pages);
    expect(errors).toEqual([]);

    const at = (await highlightCentre(fromPuppeteer(tab), 'Joe Biden'))!;
    await tab.mouse.move(at.x - 3, at.y);
    await tab.mouse.move(at.x, at.y, { steps: 2 });
    await expect.poll(() => cardHits(fromPuppeteer(tab)), { timeout: 5_000 }).toBeGreaterThan(0);
    // The page's look-alike class took the shadow root of an element named like our host, so the
    // card moved to a host with a suffixed name, whose closed shadow root the page cannot see.
    const hosts = await tab.evaluate(() =>
      [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('briefing-lens-ui')).map((el) => [el.localName, el.shadowRoot]),
    );
    expect(hosts).toEqual([[expect.stringMatching(/^briefing-lens-ui-[a-z0-9]+$/), null]]);
    await tab.close();
  });
});
