// Chromium: malformed requests from an extension page (chrome.runtime.sendMessage) each
// get `{ error }` with a clear message and the background keeps answering; and a web
// page cannot drive the extension — postMessage envelopes, CustomEvents, a look-alike
// custom element and synthetic pointer events change no settings, pins or notes, open
// no card and no tab, while real hovering still works on that page and the page
// cannot see into the card.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardHits, cardText, highlightCentre } from '../card-inspect';
import { bundledRef, fromPlaywright, launchChromium, serve, settledHighlights, type ChromiumSession, type Server } from '../harness';
import { HOSTILE_PAGE, MALFORMED } from '../messages-cases';

declare const chrome: { runtime: { id: string; sendMessage(id: string, message: unknown): Promise<unknown> } };

describe('Chromium messages', () => {
  let session: ChromiumSession;
  let server: Server;
  let extensionPage: Page;

  beforeAll(async () => {
    server = await serve({ '/hostile.html': HOSTILE_PAGE });
    session = await launchChromium();
    extensionPage = await session.context.newPage();
    await extensionPage.goto(session.extensionUrl('options.html'));
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  /** Sends any value from an extension page, as our own pages and content scripts would. */
  const send = (message: unknown) => extensionPage.evaluate((m) => chrome.runtime.sendMessage(chrome.runtime.id, m), message);

  it.each(MALFORMED)('answers %s with a clear { error }', async (_label, message, error) => {
    const reply = (await send(message)) as { error?: unknown; result?: unknown };
    expect(Object.keys(reply)).toEqual(['error']);
    expect(reply.error).toMatchObject(error);
  });

  it('keeps answering after every malformed request', async () => {
    for (const [, message] of MALFORMED) await send(message);
    expect(await send({ channel: 'briefing-lens', name: 'ping', params: {} })).toEqual({ result: { extension: '0.1.0', packs: expect.stringMatching(/^japan-us-state-visit-2024@\d+\.\d+\.\d+/) as string } });
    const hits = (await send({ channel: 'briefing-lens', name: 'search', params: { query: 'kishida', limit: 3 } })) as { result: { id: string }[] };
    expect(hits.result[0]!.id).toBe(bundledRef('fumio-kishida'));
  });

  it('a web page cannot drive the extension', async () => {
    await send({ channel: 'briefing-lens', name: 'setPin', params: { id: bundledRef('fumio-kishida'), pinned: true } });
    await send({ channel: 'briefing-lens', name: 'setNote', params: { id: bundledRef('fumio-kishida'), text: 'mine' } });
    const userData = async () => {
      const { result } = (await send({ channel: 'briefing-lens', name: 'exportUserData', params: {} })) as { result: { settings: unknown; pins: unknown; notes: unknown } };
      return { settings: result.settings, pins: result.pins, notes: result.notes };
    };
    const before = await userData();
    expect(before.pins).toEqual([{ id: bundledRef('fumio-kishida'), pinnedAt: expect.any(String) as string }]);
    const tab = await session.context.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    await tab.goto(server.url('/hostile.html'));
    const texts = await settledHighlights(fromPlaywright(tab), { min: 4 });
    const pagesBefore = session.context.pages().length;

    expect(await tab.evaluate(() => (window as unknown as { attack(): Promise<number> }).attack())).toBe(9);
    await tab.waitForTimeout(1000);

    expect(await cardHits(fromPlaywright(tab))).toBe(0);
    expect(await cardText(tab)).toBe('');
    expect(await settledHighlights(fromPlaywright(tab), { min: 4 })).toEqual(texts);
    expect(await userData()).toEqual(before);
    expect(await send({ channel: 'briefing-lens', name: 'getSettings', params: { site: '127.0.0.1' } })).toMatchObject({ result: { siteEnabled: true } });
    expect(session.context.pages().length).toBe(pagesBefore);

    // Real (trusted) hovering still opens the card on this page.
    const at = (await highlightCentre(fromPlaywright(tab), 'Joe Biden'))!;
    await tab.mouse.move(at.x - 3, at.y);
    await tab.mouse.move(at.x, at.y, { steps: 2 });
    await expect.poll(() => cardText(tab), { timeout: 5_000 }).toContain('Joe Biden');
    // The page's look-alike class took the shadow root of an element named like our host, so
    // the card moved to a host with a suffixed name, whose closed shadow root the page cannot see.
    const hosts = await tab.evaluate(() =>
      [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('briefing-lens-ui')).map((el) => [el.localName, el.shadowRoot]),
    );
    expect(hosts).toEqual([[expect.stringMatching(/^briefing-lens-ui-[a-z0-9]+$/), null]]);
    expect(errors).toEqual([]);
    await tab.close();
  });
});
