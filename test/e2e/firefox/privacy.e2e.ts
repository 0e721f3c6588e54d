// Firefox ESR privacy: records every request of the fixture tabs (WebDriver BiDi network
// events through puppeteer's page 'request' event; content-script requests are made on
// behalf of the page and show up here) while the extension highlights a page with a
// frame and a card opens on hover, and asserts the only requests were the page's own
// document loads (and the browser's tab-icon request) to the fixture server.
//
// The background's own traffic is not visible per page over BiDi in Firefox, and its
// extension pages cannot be opened over BiDi; the background is covered by the Chromium
// suite (same code, worker traffic recorded) and by the static check over the built
// Firefox bundle (test/unit/privacy/static.test.ts).
import type { HTTPRequest } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardHits, highlightCentre } from '../card-inspect';
import { fromPuppeteer, launchFirefox, serve, settledHighlights, type FirefoxSession, type Server } from '../harness';
import { PRIVACY_ARTICLE, PRIVACY_FRAME } from '../fixtures';


describe('Firefox privacy: no request from the extension in the page', () => {
  let session: FirefoxSession;
  let server: Server;

  beforeAll(async () => {
    server = await serve({ '/article.html': PRIVACY_ARTICLE, '/frame.html': PRIVACY_FRAME });
    session = await launchFirefox();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('highlights a page with a frame and opens a card with only the page’s own document requests made', async () => {
    const tab = await session.browser.newPage();
    const seen: { url: string }[] = [];
    tab.on('request', (request: HTTPRequest) => seen.push({ url: request.url() }));
    await tab.goto(server.url('/article.html'));
    await settledHighlights(fromPuppeteer(tab), { min: 4 });
    const frame = tab.frames().find((f) => f.url().endsWith('/frame.html'))!;
    expect(await settledHighlights(fromPuppeteer(frame), { min: 1 })).toContain('Ferdinand Marcos Jr.');
    const at = (await highlightCentre(fromPuppeteer(tab), 'President Joe Biden'))!;
    await tab.mouse.move(at.x - 3, at.y);
    await tab.mouse.move(at.x, at.y, { steps: 2 });
    await expect.poll(() => cardHits(fromPuppeteer(tab)), { timeout: 5_000 }).toBeGreaterThan(0);
    await tab.reload();
    await settledHighlights(fromPuppeteer(tab), { min: 4 });

    const expected = new Set([server.url('/article.html'), server.url('/frame.html'), server.url('/favicon.ico')]);
    expect(seen.filter((s) => !expected.has(s.url))).toEqual([]);
    expect(seen.map((s) => s.url)).toContain(server.url('/article.html'));
    expect(seen.map((s) => s.url)).toContain(server.url('/frame.html'));
    await tab.close();
  });
});
