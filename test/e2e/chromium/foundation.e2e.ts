// Chromium: the extension's service worker starts, answers messages, the content
// script runs on a local page, and the popup and options pages render.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromPlaywright, launchChromium, page, serve, settledHighlights, type ChromiumSession, type Server } from '../harness';

describe('Chromium foundation', () => {
  let session: ChromiumSession;
  let server: Server;

  beforeAll(async () => {
    server = await serve({
      '/article.html': page('Summit', '<p>Prime Minister Fumio Kishida met President Joe Biden at the White House.</p>'),
    });
    session = await launchChromium();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('starts the background service worker from the built extension', () => {
    expect(session.worker.url()).toBe(session.extensionUrl('background.js'));
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
  });

  it('answers a typed message with { result } and an unknown one with { error }', async () => {
    const tab = await session.context.newPage();
    await tab.goto(session.extensionUrl('popup.html'));
    const replies = await tab.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ result?: { dataset: string }; error?: string }> } } };
      const send = (m: unknown) => chrome.runtime.sendMessage(m);
      return {
        ping: await send({ channel: 'briefing-lens', name: 'ping', params: {} }),
        unknown: await send({ channel: 'briefing-lens', name: 'noSuchMessage', params: {} }),
      };
    });
    expect(replies.ping.result?.dataset).toMatch(/^\d+\.\d+\.\d+$/);
    expect(replies.unknown.error).toMatch(/Unknown message "noSuchMessage"/);
    await tab.close();
  });

  it('runs the content script on a local page and highlights what it finds', async () => {
    const tab = await session.context.newPage();
    await tab.goto(server.url('/article.html'));
    const texts = await settledHighlights(fromPlaywright(tab));
    expect(texts).toEqual(['Prime Minister Fumio Kishida', 'President Joe Biden', 'the White House']);
    await tab.close();
  });

  it('renders the popup and options pages', async () => {
    const tab = await session.context.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    for (const name of ['popup.html', 'options.html']) {
      await tab.goto(session.extensionUrl(name));
      await tab.waitForSelector('#app *');
      expect(await tab.locator('#app').innerText()).toContain('Briefing Lens');
    }
    expect(errors).toEqual([]);
    await tab.close();
  });
});
