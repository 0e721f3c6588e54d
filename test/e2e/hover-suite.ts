/**
 * The hover-card E2E suite, run by both browsers: hovering a highlight opens the right card
 * with its sources, Esc closes it, plain text opens nothing, the next/previous-highlight
 * command walks the highlights and opens their cards, hostile page CSS still gets a correct
 * card, and the page's DOM outside our host is unchanged. Each browser's file gives its
 * pages and the checks only it makes (screenshots, where the card sits, how a shortcut
 * reaches the extension).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cardHits } from './card-inspect';
import { page, serve, settledHighlights, unchangedSinceLoad, type Server } from './harness';
import { focusedTexts, hover, type Tab } from './tab';

export interface HoverBrowser<P> {
  /** The article's body, and a style sheet that tries to break everything on the hostile copy of it. */
  article: string;
  hostileCss: string;
  /** How many highlights the article settles at, at the least. */
  highlights: number;
  /** Grid points over the viewport (of 24×16) an open card covers at the least: on the article, on the hostile page. */
  cardHits: { article: number; hostile: number };
  /** The highlights the first two next-highlight commands focus on the article. */
  walkFocus: [string, string];
  /** A new tab in the browser under test. */
  newTab: () => Promise<Tab<P>>;
  /** Runs the next-highlight (1) or previous-highlight (-1) command the way this browser can. */
  walk(tab: Tab<P>, direction: 1 | -1): Promise<void>;
  /** Checks made while Kishida's card is open over the article, hovered at `at`. */
  withCardOpen(tab: Tab<P>, at: { x: number; y: number }): Promise<void>;
  /** Checks made while Biden's card is open over the hostile page. */
  withHostileCard?(tab: Tab<P>): Promise<void>;
}

export function hoverSuite<P>(browser: HoverBrowser<P>): { open: (path: string, newTab?: () => Promise<Tab<P>>) => Promise<Tab<P>> } {
  let server: Server;
  beforeAll(async () => {
    server = await serve({
      '/article.html': page('Hover', browser.article),
      '/hostile.html': page('Hostile', browser.article, { head: browser.hostileCss }),
    });
  });
  afterAll(() => server?.close());

  async function open(path: string, newTab = browser.newTab): Promise<Tab<P>> {
    const tab = await newTab();
    await tab.goto(server.url(path));
    await settledHighlights(tab, { min: browser.highlights });
    return tab;
  }

  const names = (tab: Tab<P>) => async () => (await tab.card()).names;

  it('opens the right card with its sources after the intent delay, and Esc closes it', async () => {
    const tab = await open('/article.html');
    const at = await hover(tab, 'Prime Minister Fumio Kishida');
    await expect.poll(async () => (await tab.card()).text, { timeout: 5_000 }).toContain('Fumio Kishida');
    const { text } = await tab.card();
    expect(await names(tab)()).toEqual(['Fumio Kishida']);
    expect(text).toMatch(/Prime Minister of Japan/);
    expect(text).toMatch(/Sources/i);
    expect(text).toMatch(/Disputed/);
    expect(await cardHits(tab)).toBeGreaterThan(browser.cardHits.article);
    await browser.withCardOpen(tab, at);
    await tab.press('Escape');
    await expect.poll(() => cardHits(tab), { timeout: 3_000 }).toBe(0);
    expect(await unchangedSinceLoad(tab)).toBe(true);
    await tab.close();
  });

  it('opens nothing over plain text', async () => {
    const tab = await open('/article.html');
    const box = await tab.box('#plain');
    await tab.moveTo(box.x + 40, box.y + box.height / 2, 3);
    await new Promise((r) => setTimeout(r, 800));
    expect(await cardHits(tab)).toBe(0);
    expect(await names(tab)()).toEqual([]);
    await tab.close();
  });

  it('walks highlights with the next/previous-highlight command and opens their cards', async () => {
    const tab = await open('/article.html');
    await tab.bringToFront();
    await browser.walk(tab, 1);
    await expect.poll(names(tab), { timeout: 5_000 }).toEqual(['Fumio Kishida']);
    expect(await focusedTexts(tab)).toEqual([browser.walkFocus[0]]);
    await browser.walk(tab, 1);
    await expect.poll(names(tab), { timeout: 5_000 }).toEqual(['Joe Biden']);
    expect(await focusedTexts(tab)).toEqual([browser.walkFocus[1]]);
    await browser.walk(tab, -1);
    await expect.poll(names(tab), { timeout: 5_000 }).toEqual(['Fumio Kishida']);
    expect(await focusedTexts(tab)).toEqual([browser.walkFocus[0]]);
    expect(await cardHits(tab)).toBeGreaterThan(browser.cardHits.article);
    await tab.close();
  });

  it('shows a correct card on a page with hostile CSS', async () => {
    const tab = await open('/hostile.html');
    await hover(tab, 'President Joe Biden');
    await expect.poll(names(tab), { timeout: 5_000 }).toEqual(['Joe Biden']);
    expect(await cardHits(tab)).toBeGreaterThan(browser.cardHits.hostile);
    await browser.withHostileCard?.(tab);
    expect(await unchangedSinceLoad(tab)).toBe(true);
    await tab.close();
  });

  return { open };
}
