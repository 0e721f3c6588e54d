// Chromium privacy (the shared suite in privacy-suite.ts): records every request the
// browser context makes (pages, frames and the extension's service worker) while the
// extension highlights fixture pages, opens a card on hover, and while the popup (search
// typed, a result opened and pinned) and the options page (a setting changed) are used.
// The only requests allowed are the test's own navigations to the fixture server and
// loads of our own packaged files (chrome-extension://<our id>/...). A canary request for
// a packaged file made inside the service worker proves worker traffic is recorded at all,
// and a request from the worker to the fixture server shows the manifest's CSP
// (connect-src 'self') refuses it before it reaches the network.
import type { Page, Request } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundledRef } from '../harness';
import { privacySuite } from '../privacy-suite';
import { chromium, chromiumTab } from './tab';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

interface Seen {
  url: string;
  type: string;
  fromWorker: boolean;
  frame: string;
}

describe('Chromium privacy: the extension makes no network request', () => {
  const session = chromium();
  const seen: Seen[] = [];
  const navigations = new Set<string>();

  beforeAll(() => {
    session().context.on('request', (request: Request) => {
      let frame = '';
      try {
        frame = request.frame().url();
      } catch {
        // Service-worker requests have no frame.
      }
      seen.push({ url: request.url(), type: request.resourceType(), fromWorker: request.serviceWorker() !== null, frame });
    });
  });
  const { server } = privacySuite<Page>({
    alsoDoes: ', then the popup searches and pins, and the options page saves',
    routes: { '/canary': 'ok' },
    newTab: async () => chromiumTab(await session().context.newPage()),
    navigating: (url) => navigations.add(url),
    alsoUse: async () => {
      const popup = await session().context.newPage();
      await popup.goto(session().extensionUrl('popup.html'));
      await popup.locator('input[type="search"]').fill('kishida');
      await popup.locator('#search-results li').first().click();
      await popup.locator('button.pin').click();
      await expect
        .poll(() => popup.evaluate(() => chrome.runtime.sendMessage({ channel: 'briefing-lens', name: 'listPins', params: {} })))
        .toMatchObject({ result: [{ id: bundledRef('fumio-kishida') }] });

      const options = await session().context.newPage();
      await options.goto(session().extensionUrl('options.html'));
      await options.locator('input[type="radio"][value="underline"]').check();
      await expect
        .poll(() => options.evaluate(() => chrome.runtime.sendMessage({ channel: 'briefing-lens', name: 'getSettings', params: {} })))
        .toMatchObject({ result: { settings: { mode: 'underline' } } });
      for (const p of [popup, options]) await p.close();
    },
  });

  it('records requests made inside the service worker (canary), and the CSP stops the worker reaching any other host', async () => {
    const canary = session().extensionUrl('manifest.json');
    expect(await session().worker.evaluate((url) => fetch(url).then((r) => r.status), canary)).toBe(200);
    await expect.poll(() => seen.some((s) => s.url === canary && s.fromWorker)).toBe(true);
    const outside = server().url('/canary');
    const error = await session().worker.evaluate((url) => fetch(url, { mode: 'no-cors' }).then(() => 'fetched', (e: Error) => e.message), outside);
    expect(error).toBe('Failed to fetch');
    expect(seen.some((s) => s.url === outside)).toBe(false);
  });

  // Registered after the others, so it judges everything they made the browser do.
  it('saw no request but the test’s own navigations and packaged files of our extension', () => {
    const own = `chrome-extension://${session().extensionId}/`;
    const unexpected = seen.filter((s) => {
      if (s.url.startsWith(own)) return false;
      if (navigations.has(s.url) && s.type === 'document') return false;
      // The browser asks the fixture server for a tab icon; that is the page's, not ours.
      if (s.url === server().url('/favicon.ico') && !s.fromWorker) return false;
      return true;
    });
    expect(unexpected).toEqual([]);
    // The recorder did see the extension load its own files (so its pages were recorded).
    expect(seen.some((s) => s.url === `${own}popup.js`)).toBe(true);
    expect(seen.some((s) => s.url.startsWith(server().origin) && s.type === 'document')).toBe(true);
  });
});
