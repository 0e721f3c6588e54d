// Hover cards in Firefox ESR: hovering a highlight opens the right card with its sources
// beside the term without covering it, plain text opens nothing, Esc closes, the
// next/previous-highlight shortcuts walk the highlights and open their cards, hostile CSS
// still gets a correct card, and the DOM outside our host is unchanged. The card lives in
// a closed shadow root and the shortcuts belong to the browser window, so both are
// reached through WebDriver BiDi (test/e2e/firefox-privileged.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST_DIR } from '../../../scripts/lib/paths';
import { cardHits, highlightCentre } from '../card-inspect';
import { pressShortcut, readCard } from '../firefox-privileged';
import { fromPuppeteer, launchFirefox, page, serve, settledHighlights, unchangedSinceLoad, type FirefoxSession, type Server } from '../harness';

const ARTICLE = `<article style="max-width: 40rem; margin: 2rem auto; font: 18px/1.6 Georgia, serif">
  <p>Prime Minister Fumio Kishida met President Joe Biden on April 10, 2024.</p>
  <p id="plain">This sentence names nobody at all and should open nothing when hovered.</p>
</article>`;
const HOSTILE_CSS = '<style>* { all: unset !important; } body { transform: translateX(40px) scale(0.9); } p { display: block !important; z-index: 2147483647; position: relative; }</style>';

/** The shortcuts the built extension declares (manifest `commands`), as a user presses them. */
const COMMANDS = (JSON.parse(readFileSync(join(DIST_DIR, 'firefox', 'manifest.json'), 'utf8')) as { commands: Record<string, { suggested_key: { default: string } }> }).commands;
const shortcut = (command: string) => COMMANDS[command]!.suggested_key.default;

describe('Firefox hover cards', () => {
  let session: FirefoxSession;
  let server: Server;

  beforeAll(async () => {
    server = await serve({ '/article.html': page('Hover', ARTICLE), '/hostile.html': page('Hostile', ARTICLE, { head: HOSTILE_CSS }) });
    session = await launchFirefox({ systemAccess: true });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  async function open(path: string): Promise<Page> {
    const tab = await session.browser.newPage();
    await tab.goto(server.url(path));
    await settledHighlights(fromPuppeteer(tab), { min: 2 });
    return tab;
  }

  async function hover(tab: Page, text: string): Promise<{ x: number; y: number }> {
    const at = await highlightCentre(fromPuppeteer(tab), text);
    if (!at) throw new Error(`no highlight "${text}"`);
    await tab.mouse.move(at.x - 3, at.y);
    await tab.mouse.move(at.x, at.y);
    return at;
  }

  const card = (tab: Page) => readCard(session.browser, tab);

  /** Texts of the ranges in the keyboard-focus highlight. */
  const focusedTexts = (tab: Page) =>
    tab.evaluate(() =>
      [...(CSS.highlights.get('briefing-lens-focus') ?? [])].map((r) => {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        return live.toString();
      }),
    );

  const hostAt = (tab: Page, x: number, y: number) =>
    tab.evaluate(([px, py]) => document.elementFromPoint(px!, py!)?.localName === 'briefing-lens-ui', [x, y]);

  it('opens the right card with its sources beside the hovered term without covering it, and Esc closes it', async () => {
    const tab = await open('/article.html');
    const at = await hover(tab, 'Prime Minister Fumio Kishida');
    await expect.poll(async () => (await card(tab)).text, { timeout: 5_000 }).toContain('Fumio Kishida');
    const { text, names } = await card(tab);
    expect(names).toEqual(['Fumio Kishida']);
    expect(text).toMatch(/Prime Minister of Japan/);
    expect(text).toMatch(/Sources/i);
    expect(text).toMatch(/Disputed/);
    expect(await cardHits(fromPuppeteer(tab))).toBeGreaterThan(10);
    expect(await hostAt(tab, at.x, at.y)).toBe(false);
    await tab.keyboard.press('Escape');
    await expect.poll(() => cardHits(fromPuppeteer(tab)), { timeout: 3_000 }).toBe(0);
    expect(await unchangedSinceLoad(fromPuppeteer(tab))).toBe(true);
    await tab.close();
  });

  it('opens nothing over plain text', async () => {
    const tab = await open('/article.html');
    const box = (await (await tab.$('#plain'))!.boundingBox())!;
    await tab.mouse.move(box.x + 40, box.y + box.height / 2);
    await new Promise((r) => setTimeout(r, 800));
    expect(await cardHits(fromPuppeteer(tab))).toBe(0);
    expect((await card(tab)).names).toEqual([]);
    await tab.close();
  });

  it('walks highlights with the next/previous-highlight shortcuts and opens their cards', async () => {
    const tab = await open('/article.html');
    const names = async () => (await card(tab)).names;
    await pressShortcut(session.browser, tab, shortcut('next-highlight'));
    await expect.poll(names, { timeout: 5_000 }).toEqual(['Fumio Kishida']);
    expect(await focusedTexts(tab)).toEqual(['Prime Minister Fumio Kishida']);
    await pressShortcut(session.browser, tab, shortcut('next-highlight'));
    await expect.poll(names, { timeout: 5_000 }).toEqual(['Joe Biden']);
    expect(await focusedTexts(tab)).toEqual(['President Joe Biden']);
    await pressShortcut(session.browser, tab, shortcut('previous-highlight'));
    await expect.poll(names, { timeout: 5_000 }).toEqual(['Fumio Kishida']);
    expect(await focusedTexts(tab)).toEqual(['Prime Minister Fumio Kishida']);
    expect(await cardHits(fromPuppeteer(tab))).toBeGreaterThan(10);
    await tab.close();
  });

  it('shows a correct card on a page with hostile CSS', async () => {
    const tab = await open('/hostile.html');
    await hover(tab, 'President Joe Biden');
    await expect.poll(async () => (await card(tab)).names, { timeout: 5_000 }).toEqual(['Joe Biden']);
    expect(await cardHits(fromPuppeteer(tab))).toBeGreaterThan(10);
    expect(await unchangedSinceLoad(fromPuppeteer(tab))).toBe(true);
    await tab.close();
  });
});
