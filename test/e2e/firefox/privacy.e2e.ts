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
import { fromPuppeteer, launchFirefox, page, serve, settledHighlights, type FirefoxSession, type Server } from '../harness';

const ARTICLE = page(
  'Privacy',
  `<article style="font: 20px/1.6 serif; max-width: 40rem; margin: 2rem auto">
  <p>Prime Minister Fumio Kishida met President Joe Biden at the White House on April 10, 2024.</p>
  <p>기시다 후미오 총리는 바이든 대통령과 회담했다. 岸田文雄首相はバイデン大統領と会談した。</p>
  <iframe src="/frame.html" style="width: 30rem; height: 6rem"></iframe>
</article>`,
);
const FRAME = page('Frame', '<p>Ferdinand Marcos Jr. joined the trilateral summit.</p>');

describe('Firefox privacy: no request from the extension in the page', () => {
  let session: FirefoxSession;
  let server: Server;

  beforeAll(async () => {
    server = await serve({ '/article.html': ARTICLE, '/frame.html': FRAME });
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
