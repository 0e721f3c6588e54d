// Chromium privacy: records every request the browser context makes (pages, frames and
// the extension's service worker) while the extension highlights fixture pages, opens a
// card on hover, and while the popup (search typed, a result opened and pinned) and the
// options page (a setting changed) are used. The only requests allowed are the test's
// own navigations to the fixture server and loads of our own packaged files
// (chrome-extension://<our id>/...). A canary request for a packaged file made inside
// the service worker proves worker traffic is recorded at all, and a request from the
// worker to the fixture server shows the manifest's CSP (connect-src 'self') refuses it
// before it reaches the network.
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardText, highlightCentre } from '../card-inspect';
import { fromPlaywright, launchChromium, serve, settledHighlights, type ChromiumSession, type Server } from '../harness';
import { PRIVACY_ARTICLE, PRIVACY_FRAME } from '../fixtures';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };


interface Seen {
  url: string;
  type: string;
  fromWorker: boolean;
  frame: string;
}

describe('Chromium privacy: the extension makes no network request', () => {
  let session: ChromiumSession;
  let server: Server;
  const seen: Seen[] = [];
  const navigations = new Set<string>();

  beforeAll(async () => {
    server = await serve({ '/article.html': PRIVACY_ARTICLE, '/frame.html': PRIVACY_FRAME, '/canary': 'ok' });
    session = await launchChromium();
    session.context.on('request', (request: Request) => {
      let frame = '';
      try {
        frame = request.frame().url();
      } catch {
        // Service-worker requests have no frame.
      }
      seen.push({ url: request.url(), type: request.resourceType(), fromWorker: request.serviceWorker() !== null, frame });
    });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  async function visit(tab: Page, url: string): Promise<void> {
    navigations.add(url);
    await tab.goto(url);
  }

  it('records requests made inside the service worker (canary), and the CSP stops the worker reaching any other host', async () => {
    const canary = session.extensionUrl('manifest.json');
    expect(await session.worker.evaluate((url) => fetch(url).then((r) => r.status), canary)).toBe(200);
    await expect.poll(() => seen.some((s) => s.url === canary && s.fromWorker)).toBe(true);
    const outside = server.url('/canary');
    const error = await session.worker.evaluate((url) => fetch(url, { mode: 'no-cors' }).then(() => 'fetched', (e: Error) => e.message), outside);
    expect(error).toBe('Failed to fetch');
    expect(seen.some((s) => s.url === outside)).toBe(false);
  });

  it('highlights a page with a frame and opens a card, then the popup searches and pins, and the options page saves', async () => {
    const tab = await session.context.newPage();
    navigations.add(server.url('/frame.html'));
    await visit(tab, server.url('/article.html'));
    await settledHighlights(fromPlaywright(tab), { min: 4 });
    await settledHighlights(fromPlaywright(tab.frames().find((f) => f.url().endsWith('/frame.html'))!), { min: 1 });
    const at = (await highlightCentre(fromPlaywright(tab), 'President Joe Biden'))!;
    await tab.mouse.move(at.x - 3, at.y);
    await tab.mouse.move(at.x, at.y, { steps: 2 });
    await expect.poll(() => cardText(tab), { timeout: 5_000 }).toContain('Joe Biden');

    const popup = await session.context.newPage();
    await popup.goto(session.extensionUrl('popup.html'));
    await popup.locator('input[type="search"]').fill('kishida');
    await popup.locator('#search-results li').first().click();
    await popup.locator('button.pin').click();
    await expect
      .poll(() => popup.evaluate(() => chrome.runtime.sendMessage({ channel: 'briefing-lens', name: 'listPins', params: {} })))
      .toMatchObject({ result: [{ id: 'fumio-kishida' }] });

    const options = await session.context.newPage();
    await options.goto(session.extensionUrl('options.html'));
    await options.locator('input[type="radio"][value="underline"]').check();
    await expect
      .poll(() => options.evaluate(() => chrome.runtime.sendMessage({ channel: 'briefing-lens', name: 'getSettings', params: {} })))
      .toMatchObject({ result: { settings: { mode: 'underline' } } });

    await tab.reload();
    await settledHighlights(fromPlaywright(tab), { min: 4 });
    for (const p of [tab, popup, options]) await p.close();
  });

  it('saw no request but the test’s own navigations and packaged files of our extension', () => {
    const own = `chrome-extension://${session.extensionId}/`;
    const unexpected = seen.filter((s) => {
      if (s.url.startsWith(own)) return false;
      if (navigations.has(s.url) && s.type === 'document') return false;
      // The browser asks the fixture server for a tab icon; that is the page's, not ours.
      if (s.url === server.url('/favicon.ico') && !s.fromWorker) return false;
      return true;
    });
    expect(unexpected).toEqual([]);
    // The recorder did see the extension load its own files (so its pages were recorded).
    expect(seen.some((s) => s.url === `${own}popup.js`)).toBe(true);
    expect(seen.some((s) => s.url.startsWith(server.origin) && s.type === 'document')).toBe(true);
  });
});
