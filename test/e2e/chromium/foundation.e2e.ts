// Chromium: the extension's service worker starts and answers messages, the content
// script runs on a local page (the shared suite in foundation-suite.ts), and the popup and
// options pages render.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { foundationSuite } from '../foundation-suite';
import { chromium, chromiumTab } from './tab';

describe('Chromium foundation', () => {
  const session = chromium();

  it('starts the background service worker from the built extension', () => {
    expect(session().worker.url()).toBe(session().extensionUrl('background.js'));
    expect(session().extensionId).toMatch(/^[a-p]{32}$/);
  });

  it('answers a typed message with { result } and an unknown one with { error }', async () => {
    const tab = await session().context.newPage();
    await tab.goto(session().extensionUrl('popup.html'));
    const replies = await tab.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ result?: { packs: string }; error?: { code: string; message: string } }> } } };
      const send = (m: unknown) => chrome.runtime.sendMessage(m);
      return {
        ping: await send({ channel: 'briefing-lens', name: 'ping', params: {} }),
        unknown: await send({ channel: 'briefing-lens', name: 'noSuchMessage', params: {} }),
      };
    });
    expect(replies.ping.result?.packs).toMatch(/^japan-us-state-visit-2024@\d+\.\d+\.\d+/);
    expect(replies.unknown.error).toEqual({ code: 'unknown-message', message: 'Unknown message "noSuchMessage".' });
    await tab.close();
  });

  foundationSuite<Page>(async () => chromiumTab(await session().context.newPage()));

  it('renders the popup and options pages', async () => {
    const tab = await session().context.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    for (const name of ['popup.html', 'options.html']) {
      await tab.goto(session().extensionUrl(name));
      await tab.waitForSelector('#app *');
      expect(await tab.locator('#app').innerText()).toContain('Briefing Lens');
    }
    expect(errors).toEqual([]);
    await tab.close();
  });
});
