// Chromium: an extension update while tabs are open. Builds the extension into a temp
// folder and loads it; sets a pin, a note and a per-site setting through messages; opens
// a page with highlights; rebuilds into the same folder with a newer dataset version
// and a higher manifest version and reloads the extension (chrome.runtime.reload()).
// The new worker seeds the new dataset and keeps every user record; the old tab's
// orphaned content script shuts down cleanly on the next pointer move (highlights and
// its host removed, no card, no page or console error); a reload of the tab gets the
// new content script.
//
// Chromium disables a command-line-loaded extension on reload unless developer mode is on
// (DISABLE_UNSUPPORTED_DEVELOPER_EXTENSION), so this suite launches with it on.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardHits, cardText, highlightCentre } from '../card-inspect';
import { fromPlaywright, highlightTexts, launchChromium, serve, settledHighlights, type ChromiumSession, type Server } from '../harness';
import { firstBuild, UPDATED_EXTENSION_VERSION, UPDATE_ARTICLE, type UpdateBuild } from '../update-build';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown>; reload(): void } };

describe('Chromium: extension update while tabs are open', () => {
  let build: UpdateBuild;
  let session: ChromiumSession;
  let server: Server;

  beforeAll(async () => {
    build = await firstBuild();
    server = await serve({ '/article.html': UPDATE_ARTICLE });
    session = await launchChromium({ extensionDir: join(build.dir, 'chrome'), developerMode: true });
  }, 180_000);
  afterAll(async () => {
    await session?.close();
    await server?.close();
    await build?.remove();
  });

  /** Sends a request from a fresh extension page (the worker cannot message itself). */
  async function send(name: string, params: unknown): Promise<unknown> {
    const tab = await session.context.newPage();
    await tab.goto(session.extensionUrl('options.html'));
    const reply = await tab.evaluate((m) => chrome.runtime.sendMessage(m), { channel: 'briefing-lens', name, params });
    await tab.close();
    return reply;
  }

  it('keeps user data, seeds the new dataset, and the orphaned content script shuts down cleanly', async () => {
    expect(await send('ping', {})).toEqual({ result: { extension: '0.1.0', dataset: build.baseDataset } });
    await send('setPin', { id: 'fumio-kishida', pinned: true });
    const note = ((await send('setNote', { id: 'joe-biden', text: 'Check the joint statement.' })) as { result: object }).result;
    await send('setSiteEnabled', { site: 'asahi.com', enabled: false });

    const old: Page = await session.context.newPage();
    const pageErrors: string[] = [];
    const consoleProblems: string[] = [];
    old.on('pageerror', (e) => pageErrors.push(e.message));
    old.on('console', (m) => {
      // The fixture server has no tab icon: the browser's 404 for it is not ours.
      if ((m.type() === 'error' || m.type() === 'warning') && !m.location().url.endsWith('/favicon.ico')) consoleProblems.push(m.text());
    });
    await old.goto(server.url('/article.html'));
    expect(await settledHighlights(fromPlaywright(old))).toEqual(['Prime Minister Fumio Kishida', 'President Joe Biden', 'the White House']);

    // The update: a newer dataset and a higher version, built over the loaded folder.
    const newDataset = await build.update();
    await session.worker.evaluate(() => chrome.runtime.reload()).catch(() => {
      // The worker may be gone before evaluate returns.
    });

    // Until the reloaded extension is up, opening its page or messaging it can fail: keep asking.
    const ping = () => send('ping', {}).catch((error: Error) => error.message);
    await expect.poll(ping, { timeout: 20_000 }).toEqual({ result: { extension: UPDATED_EXTENSION_VERSION, dataset: newDataset } });
    const stats = (await send('getStats', {})) as { result: { dataset: { version: string }; counts: { actor: number } } };
    expect(stats.result.dataset.version).toBe(newDataset);
    expect(stats.result.counts.actor).toBeGreaterThan(10);
    expect(await send('listPins', {})).toEqual({ result: [{ id: 'fumio-kishida', pinnedAt: expect.any(String) }] });
    expect(await send('getNote', { id: 'joe-biden' })).toEqual({ result: note });
    expect(await send('getSettings', { site: 'www.asahi.com' })).toMatchObject({ result: { siteEnabled: false, settings: { disabledSites: ['asahi.com'] } } });

    // The old tab: hovering a name finds the extension gone, clears everything and opens no card.
    await old.bringToFront();
    const at = (await highlightCentre(fromPlaywright(old), 'President Joe Biden'))!;
    expect(at).not.toBeNull();
    await old.mouse.move(at.x - 3, at.y);
    await old.mouse.move(at.x, at.y, { steps: 2 });
    await expect.poll(() => highlightTexts(fromPlaywright(old)), { timeout: 5_000 }).toEqual([]);
    await old.waitForTimeout(800);
    expect(await cardHits(fromPlaywright(old))).toBe(0);
    expect(await old.evaluate(() => document.querySelectorAll('briefing-lens-ui').length)).toBe(0);
    expect(pageErrors).toEqual([]);
    expect(consoleProblems).toEqual([]);

    // A reload runs the new content script, which works with the new background.
    await old.reload();
    expect(await settledHighlights(fromPlaywright(old))).toEqual(['Prime Minister Fumio Kishida', 'President Joe Biden', 'the White House']);
    const again = (await highlightCentre(fromPlaywright(old), 'President Joe Biden'))!;
    await old.mouse.move(again.x - 3, again.y);
    await old.mouse.move(again.x, again.y, { steps: 2 });
    await expect.poll(() => cardText(old), { timeout: 5_000 }).toContain('Joe Biden');
    expect(pageErrors).toEqual([]);
    await old.close();
  });
});
