// Firefox ESR: an extension update while tabs are open. Builds the extension into a temp
// folder and installs it as a temporary add-on; sets a pin, a note and a per-site setting
// through messages from the extension's own page; opens a page with highlights and a card
// open; rebuilds into the same folder with a newer dataset version and a higher manifest
// version and installs that folder again (same add-on id: Firefox upgrades it in place).
// The new background seeds the new dataset and keeps every user record; the disabled site
// stays unhighlighted. In the open tab Firefox unloads the old content script outright and
// injects the new one: the old card and host are gone, there is exactly one working UI,
// no page or browser-console error, and a reload works too.
//
// Extension pages cannot be opened over BiDi, so messages are sent from an options tab the
// browser window opens (test/e2e/firefox-privileged.ts; needs systemAccess).
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardHits, highlightCentre } from '../card-inspect';
import { browserConsoleErrors, readCard, sendFromExtensionPage } from '../firefox-privileged';
import { fromPuppeteer, highlightTexts, launchFirefox, serve, settledHighlights, type FirefoxSession, type Server } from '../harness';
import { firstBuild, UPDATED_EXTENSION_VERSION, UPDATE_ARTICLE, type UpdateBuild } from '../update-build';

const NAMES = ['Prime Minister Fumio Kishida', 'President Joe Biden', 'the White House'];

describe('Firefox: extension update while tabs are open', () => {
  let build: UpdateBuild;
  let session: FirefoxSession;
  let server: Server;

  beforeAll(async () => {
    build = await firstBuild();
    server = await serve({ '/article.html': UPDATE_ARTICLE });
    session = await launchFirefox({ extensionDir: join(build.dir, 'firefox'), systemAccess: true });
  }, 180_000);
  afterAll(async () => {
    await session?.close();
    await server?.close();
    await build?.remove();
  });

  const send = (name: string, params: unknown) => sendFromExtensionPage(session.browser, session.extensionId, { channel: 'briefing-lens', name, params });

  /** The same article served under the host name `localhost`, a different site. */
  const onLocalhost = () => server.url('/article.html').replace('127.0.0.1', 'localhost');

  const uiHosts = (tab: Page) => tab.evaluate(() => [...document.documentElement.children].filter((el) => el.localName.startsWith('briefing-lens-ui')).length);

  async function hover(tab: Page, text: string): Promise<void> {
    const at = await highlightCentre(fromPuppeteer(tab), text);
    if (!at) throw new Error(`no highlight "${text}"`);
    await tab.bringToFront();
    await tab.mouse.move(at.x - 3, at.y);
    await tab.mouse.move(at.x, at.y, { steps: 2 });
  }

  /** Waits long enough for a content script to have highlighted, then reads the highlights. */
  async function highlightsAfterIdle(tab: Page): Promise<string[]> {
    await new Promise((r) => setTimeout(r, 2_000));
    return highlightTexts(fromPuppeteer(tab));
  }

  it('keeps user data, seeds the new dataset, and leaves one working UI in the open tab', async () => {
    expect(await send('ping', {})).toEqual({ result: { extension: '0.1.0', dataset: build.baseDataset } });
    await send('setPin', { id: 'fumio-kishida', pinned: true });
    const note = ((await send('setNote', { id: 'joe-biden', text: 'Check the joint statement.' })) as { result: object }).result;
    expect(note).toMatchObject({ id: 'joe-biden', text: 'Check the joint statement.' });
    await send('setSiteEnabled', { site: 'localhost', enabled: false });

    const disabled = await session.browser.newPage();
    await disabled.goto(onLocalhost());
    expect(await highlightsAfterIdle(disabled)).toEqual([]);

    const old = await session.browser.newPage();
    const pageErrors: string[] = [];
    const consoleProblems: string[] = [];
    old.on('pageerror', (e) => pageErrors.push(String(e)));
    old.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warn') consoleProblems.push(m.text());
    });
    await old.goto(server.url('/article.html'));
    expect(await settledHighlights(fromPuppeteer(old))).toEqual(NAMES);
    // A card is open when the update lands: the old script's UI must not outlive it.
    await hover(old, 'Prime Minister Fumio Kishida');
    await expect.poll(async () => (await readCard(session.browser, old)).names, { timeout: 5_000 }).toEqual(['Fumio Kishida']);
    const oldHighlight = await old.evaluateHandle(() => CSS.highlights.get('briefing-lens'));

    // The update: a newer dataset and a higher version, built over the installed folder
    // and installed again under the same add-on id.
    const newDataset = await build.update();
    expect(await session.browser.installExtension(join(build.dir, 'firefox'))).toBe(session.extensionId);

    // Until the upgraded extension is up, its page can fail to open or to answer: keep asking.
    const ping = () => send('ping', {}).catch((error: Error) => error.message);
    await expect.poll(ping, { timeout: 20_000 }).toEqual({ result: { extension: UPDATED_EXTENSION_VERSION, dataset: newDataset } });
    const stats = (await send('getStats', {})) as { result: { dataset: { version: string }; counts: { actor: number } } };
    expect(stats.result.dataset.version).toBe(newDataset);
    expect(stats.result.counts.actor).toBeGreaterThan(10);
    expect(await send('listPins', {})).toEqual({ result: [{ id: 'fumio-kishida', pinnedAt: expect.any(String) }] });
    expect(await send('getNote', { id: 'joe-biden' })).toEqual({ result: note });
    expect(await send('getSettings', { site: 'localhost' })).toMatchObject({ result: { siteEnabled: false, settings: { disabledSites: ['localhost'] } } });

    // The open tab: the old script's card and host are gone, the new script has highlighted
    // (a new highlight object, not the old script's), and hovering opens its card.
    await expect.poll(() => cardHits(fromPuppeteer(old)), { timeout: 5_000 }).toBe(0);
    await expect.poll(() => uiHosts(old), { timeout: 5_000 }).toBe(0);
    expect(await settledHighlights(fromPuppeteer(old))).toEqual(NAMES);
    expect(await old.evaluate((h) => h !== CSS.highlights.get('briefing-lens'), oldHighlight)).toBe(true);
    await hover(old, 'President Joe Biden');
    await expect.poll(async () => (await readCard(session.browser, old)).names, { timeout: 5_000 }).toEqual(['Joe Biden']);
    expect(await cardHits(fromPuppeteer(old))).toBeGreaterThan(10);
    expect(await uiHosts(old)).toBe(1);

    // A reload runs the new content script on a fresh page.
    await old.reload();
    expect(await settledHighlights(fromPuppeteer(old))).toEqual(NAMES);
    await hover(old, 'President Joe Biden');
    await expect.poll(async () => (await readCard(session.browser, old)).names, { timeout: 5_000 }).toEqual(['Joe Biden']);

    // The site switched off before the update stays off.
    await disabled.reload();
    expect(await highlightsAfterIdle(disabled)).toEqual([]);

    expect(pageErrors).toEqual([]);
    expect(consoleProblems).toEqual([]);
    expect(await browserConsoleErrors(session.browser, ['moz-extension://', server.url('/'), onLocalhost().replace('/article.html', '/')])).toEqual([]);
    await old.close();
    await disabled.close();
  });
});
