// Popup and options in Chromium: the popup opened for a fixture tab (popup.html?tab=<id>,
// since popup.html opened as a tab is itself the active tab) lists that tab's entities;
// 기시다, 岸田 and kishida find Fumio Kishida first; switching the site off in the popup
// clears the tab's highlights without a reload; a malformed import file is refused in
// the options page with a clear error and the reader's pins and settings kept.
// Screenshots (light and dark) go to test/artifacts/; BL_UPDATE_SCREENSHOTS=1 also
// refreshes the ones in assets/screenshots/ used by the README.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledRef, fromPlaywright, highlightTexts, launchChromium, page, serve, settledHighlights, type ChromiumSession, type Server } from '../harness';
import { inBothSchemes, saveScreenshot } from '../screenshots';
import { tabIdByHost } from '../../../scripts/lib/tab-id';

/** The slice of the extension API the snippets below use in the extension's pages. */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<{ result?: unknown; error?: string }> };
};

const ARTICLE = `<article style="max-width: 40rem; margin: 2rem auto; font: 18px/1.6 Georgia, serif">
  <h1>Kishida and Biden meet at the White House</h1>
  <p>Prime Minister Fumio Kishida met President Joe Biden on April 10, 2024. The leaders agreed to convene DICAS,
  a forum on defence industrial cooperation.</p>
  <p>Kishida later addressed Congress, and Joe Biden hosted a trilateral summit with the Philippines.</p>
</article>`;

const POPUP_VIEWPORT = { width: 400, height: 600 };
const OPTIONS_VIEWPORT = { width: 900, height: 900 };
const KISHIDA = { id: bundledRef('fumio-kishida'), name: 'Fumio Kishida' };

/** Sends a background message from an extension page and returns the raw `{ result } | { error }` reply. */
function ask(extensionPage: Page, name: string, params: object = {}) {
  return extensionPage.evaluate(([n, p]) => chrome.runtime.sendMessage({ channel: 'briefing-lens', name: n, params: p }), [name, params] as const);
}

/** The reader's data as the background holds it (the export without its timestamp). */
async function readerData(extensionPage: Page) {
  const reply = (await ask(extensionPage, 'exportUserData')) as { result: { exportedAt?: string } };
  const { exportedAt: _, ...data } = reply.result;
  return data;
}

/** The text of the first element matching `selector`, or '' while there is none. */
function textOf(target: Page, selector: string): Promise<string> {
  return target.evaluate((sel) => document.querySelector<HTMLElement>(sel)?.innerText.trim() ?? '', selector);
}

function focusedClass(target: Page): Promise<string> {
  return target.evaluate(() => document.activeElement?.className ?? '');
}

const POLL = { timeout: 10_000 };

describe('Chromium popup and options', () => {
  let session: ChromiumSession;
  let server: Server;
  let fixture: Page;
  let tabId: number;

  beforeAll(async () => {
    server = await serve({ '/article.html': page('Popup fixture', ARTICLE), '/favicon.ico': '' });
    session = await launchChromium();
    fixture = await session.context.newPage();
    await fixture.goto(server.url('/article.html'));
    await settledHighlights(fromPlaywright(fixture), { min: 5 });
    // Set by the test, not the page: it survives only as long as the page is not reloaded.
    await fixture.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    tabId = await tabIdByHost(session, new URL(server.origin).hostname);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  async function openPopup(s: ChromiumSession, forTab: number): Promise<Page> {
    const popup = await s.context.newPage();
    await popup.setViewportSize(POPUP_VIEWPORT);
    await popup.goto(s.extensionUrl(`popup.html?tab=${forTab}`));
    return popup;
  }

  const entryNames = (popup: Page) => popup.locator('.on-page .entry-name').allInnerTexts();

  it('opened for the fixture tab, lists that tab’s entities under "On this page", grouped by type', async () => {
    const popup = await openPopup(session, tabId);
    await expect.poll(() => entryNames(popup), POLL).toContain(KISHIDA.name);
    const names = await entryNames(popup);
    expect(names).toEqual(expect.arrayContaining(['Fumio Kishida', 'Joe Biden', 'Forum on Defense Industrial Cooperation, Acquisition and Sustainment (DICAS)']));
    const groups = await popup.locator('.on-page .group h3').allInnerTexts();
    expect(groups[0]).toMatch(/^People and organisations \(\d+\)$/);
    expect(groups.some((g) => g.startsWith('Agreements'))).toBe(true);
    // The site switch names the fixture's host, not the popup's own page.
    expect(await popup.locator('.toggle').first().innerText()).toBe(`Highlight on ${new URL(server.origin).hostname}`);
    await popup.close();
  });

  it('finds Fumio Kishida first for 기시다, 岸田 and kishida', async () => {
    const popup = await openPopup(session, tabId);
    const box = popup.locator('input.search-box');
    await expect.poll(() => focusedClass(popup)).toBe('search-box');
    for (const query of ['기시다', '岸田', 'kishida']) {
      await box.fill(query);
      await expect.poll(() => textOf(popup, '#search-results .hit-name'), POLL).toBe(KISHIDA.name);
      // The same entity, not just the same name: the store's first hit for the query, and the card Enter opens.
      const reply = (await ask(popup, 'search', { query, limit: 30 })) as { result: { id: string; cardId?: string }[] };
      expect(reply.result[0]!.cardId ?? reply.result[0]!.id).toBe(KISHIDA.id);
      await box.press('Enter');
      await expect.poll(() => textOf(popup, '#detail-title'), POLL).toBe(KISHIDA.name);
      await popup.locator('button.back').click();
      await expect.poll(() => focusedClass(popup)).toBe('search-box');
    }
    await popup.close();
  });

  it('saves screenshots of the popup (for the fixture tab) and the options page, light and dark', async () => {
    await inBothSchemes(session, tabId, server.url('/article.html'), async (scheme, s, forTab) => {
      const popup = await openPopup(s, forTab);
      await expect.poll(() => entryNames(popup), POLL).toContain(KISHIDA.name);
      expect(await popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
      await saveScreenshot(popup, `popup-${scheme}.png`);
      await popup.close();

      const options = await s.context.newPage();
      await options.setViewportSize(OPTIONS_VIEWPORT);
      await options.goto(s.extensionUrl('options.html'));
      await options.locator('.pack-title').first().waitFor(POLL);
      await options.locator('kbd').first().waitFor(POLL);
      await saveScreenshot(options, `options-${scheme}.png`, { fullPage: true });
      await options.close();
    });
  });

  it('switching highlighting off for the site in the popup clears the fixture tab’s highlights without a reload', async () => {
    expect((await highlightTexts(fromPlaywright(fixture))).length).toBeGreaterThan(0);
    const popup = await openPopup(session, tabId);
    await expect.poll(() => entryNames(popup), POLL).toContain(KISHIDA.name);
    const site = popup.locator('.toggle input').first();
    await expect.poll(() => site.isChecked(), POLL).toBe(true);
    await site.uncheck();
    await expect.poll(() => highlightTexts(fromPlaywright(fixture)), { timeout: 10_000 }).toEqual([]);
    expect(await fixture.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0))).toBe(0);
    expect(await fixture.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    await expect.poll(() => textOf(popup, '.on-page .message'), POLL).toContain('Highlighting is off here');
    expect(await site.isChecked()).toBe(false);
    await popup.close();
  });

  it('the options page refuses malformed import files with a clear error, and the pins and settings made before remain', async () => {
    // The reader's own data first: a pin made in the popup, a style chosen in the options page.
    const popup = await openPopup(session, tabId);
    await popup.locator('input.search-box').fill('kishida');
    await expect.poll(() => textOf(popup, '#search-results .hit-name'), POLL).toBe(KISHIDA.name);
    await popup.locator('input.search-box').press('Enter');
    const pin = popup.locator('button.pin');
    await pin.click();
    await expect.poll(() => pin.getAttribute('aria-pressed'), POLL).toBe('true');
    await popup.close();

    const options = await session.context.newPage();
    await options.goto(session.extensionUrl('options.html'));
    await options.locator('input[type="radio"][value="underline"]').check();
    await expect.poll(() => textOf(options, '.save-status'), POLL).toBe('Saved');
    const before = await readerData(options);
    expect(before).toMatchObject({ pins: [{ id: KISHIDA.id }], settings: { mode: 'underline' } });

    const files = [
      { name: 'broken.json', text: '{"pins": [{"id": "fumio-kishida"', expected: /“broken\.json” is not valid JSON \(.+\)\. Nothing was changed\./ },
      { name: 'wrong-shape.json', text: '{"format": "something else", "pins": "all of them"}', expected: /“wrong-shape\.json” was not imported: .+\. Nothing was changed\./ },
    ];
    for (const file of files) {
      await options.locator('#import-file').setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
      await expect.poll(() => textOf(options, '.panel[aria-labelledby="data-title"] [role="alert"]'), POLL).toMatch(file.expected);
      expect(await readerData(options)).toEqual(before);
    }

    // And in the UI, after a reload: the chosen style is still selected, the pin still there.
    await options.reload();
    await expect.poll(() => options.locator('input[type="radio"][value="underline"]').isChecked(), POLL).toBe(true);
    expect(await ask(options, 'listPins')).toMatchObject({ result: [{ id: KISHIDA.id }] });
    await options.close();
  });
});
