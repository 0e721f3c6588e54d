// The side panel in Chromium, opened as a page (sidepanel.html, as the popup suites open
// popup.html): entities in page order with counts; a paragraph the page appends shows up
// without a reload and without moving the reader's scroll position; without ?tab= the
// panel follows the active tab; the timeline has a point for every dated event on the
// page; the relations map is walked and re-centred with the keyboard; "Brief me on “…”"
// is registered for selections and its click, dispatched through the browser's own
// onClicked event in the background, fills the panel's search. Screenshots of the panel
// (light and dark) go to test/artifacts/ and, with BL_UPDATE_SCREENSHOTS=1, to assets/screenshots/.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromPlaywright, launchChromium, page, serve, settledHighlights, type ChromiumSession, type Server } from '../harness';
import { tabIdByHost } from '../../../scripts/lib/tab-id';
import { inBothSchemes, saveScreenshot } from '../screenshots';

const ARTICLE = `<article style="max-width: 40rem; margin: 2rem auto; font: 18px/1.6 Georgia, serif">
  <h1>Biden welcomes Kishida</h1>
  <p>President Joe Biden welcomed Prime Minister Fumio Kishida to the White House. Joe Biden and Fumio Kishida
  held the Biden-Kishida summit on April 10, 2024, and launched DICAS.</p>
  <p>A day later Fumio Kishida gave his address to Congress.</p>
</article>`;

const OTHER = `<article><h1>Manila</h1><p>Ferdinand Marcos Jr. joined the Japan-Philippines-U.S. summit.</p></article>`;

const POLL = { timeout: 10_000 };
const PANEL_VIEWPORT = { width: 400, height: 700 };

const rowNames = (panel: Page) => panel.locator('.page-order .entry-name').allInnerTexts();

describe('Chromium side panel', () => {
  let session: ChromiumSession;
  let server: Server;
  let fixture: Page;
  let tabId: number;

  beforeAll(async () => {
    server = await serve({ '/article.html': page('Panel fixture', ARTICLE), '/other.html': page('Other', OTHER), '/favicon.ico': '' });
    session = await launchChromium();
    fixture = await session.context.newPage();
    await fixture.goto(server.url('/article.html'));
    await settledHighlights(fromPlaywright(fixture), { min: 5 });
    tabId = await tabIdByHost(session, new URL(server.origin).hostname);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  async function openPanel(query = `?tab=${tabId}`): Promise<Page> {
    const panel = await session.context.newPage();
    await panel.setViewportSize(PANEL_VIEWPORT);
    await panel.goto(session.extensionUrl(`sidepanel.html${query}`));
    return panel;
  }

  it('lists the page’s entities in the order they first appear, with their mention counts', async () => {
    const panel = await openPanel();
    await expect.poll(() => rowNames(panel), POLL).toContain('Fumio Kishida');
    const names = await rowNames(panel);
    expect(names.slice(0, 2)).toEqual(['Joe Biden', 'Fumio Kishida']);
    expect(names.indexOf('Japan–U.S. summit of 10 April 2024')).toBeGreaterThan(1);
    const kishida = panel.locator('.page-order .entry[data-entity="japan-us-state-visit-2024:fumio-kishida"] .count [aria-hidden]');
    expect(await kishida.innerText()).toBe('×4');
    await panel.close();
  });

  it('a row expands into the full card with the reader’s pin and note, and collapses again', async () => {
    const panel = await openPanel();
    const name = panel.locator('.page-order .entry[data-entity="japan-us-state-visit-2024:fumio-kishida"] .entry-name');
    await name.click();
    await expect.poll(() => panel.locator('#detail-title').innerText(), POLL).toBe('Fumio Kishida');
    expect(await name.getAttribute('aria-expanded')).toBe('true');
    expect(await panel.locator('.page-order button.pin').count()).toBe(1);
    expect(await panel.locator('.page-order textarea#note-text').count()).toBe(1);
    await panel.locator('.page-order button.back').click();
    expect(await name.getAttribute('aria-expanded')).toBe('false');
    await panel.close();
  });

  it('follows the page as it changes: an appended paragraph adds its entity without moving the list', async () => {
    const panel = await openPanel();
    await expect.poll(() => rowNames(panel), POLL).toContain('Fumio Kishida');
    await panel.evaluate(() => window.scrollTo(0, 60));
    const before = await panel.evaluate(() => window.scrollY);
    await fixture.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Later, Ferdinand Marcos Jr. joined them.';
      document.querySelector('article')!.append(p);
    });
    await expect.poll(() => rowNames(panel), POLL).toContain('Ferdinand Marcos Jr.');
    const names = await rowNames(panel);
    expect(names[names.length - 1]).toBe('Ferdinand Marcos Jr.');
    expect(await panel.evaluate(() => window.scrollY)).toBe(before);
    await panel.close();
  });

  it('without ?tab= it briefs the active tab and follows a switch to another tab', async () => {
    const other = await session.context.newPage();
    await other.goto(server.url('/other.html'));
    await settledHighlights(fromPlaywright(other), { min: 1 });
    const panel = await openPanel('');
    await fixture.bringToFront();
    await expect.poll(() => rowNames(panel), POLL).toContain('Fumio Kishida');
    await other.bringToFront();
    await expect.poll(() => rowNames(panel), POLL).toEqual(['Ferdinand Marcos Jr.', 'First Japan–Philippines–United States summit (11 April 2024)']);
    await fixture.bringToFront();
    await expect.poll(() => rowNames(panel), POLL).toContain('Fumio Kishida');
    await panel.close();
    await other.close();
  });

  it('the timeline has a point for each dated event on the page and opens one with its sources', async () => {
    const panel = await openPanel();
    await expect.poll(() => rowNames(panel), POLL).toContain('Fumio Kishida');
    await panel.getByRole('tab', { name: 'Timeline' }).click();
    const points = panel.locator('.timeline-chart .point-event');
    await expect.poll(() => points.count(), POLL).toBeGreaterThan(0);
    const labels = await points.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? ''));
    expect(labels.some((l) => l.includes('Japan–U.S. summit of 10 April 2024'))).toBe(true);
    expect(labels.some((l) => l.includes('address to a joint meeting of the U.S. Congress'))).toBe(true);
    // Keyboard: the chart is one tab stop; End goes to the last point, Enter opens it.
    await panel.locator('.timeline-chart .point[tabindex="0"]').focus();
    await panel.keyboard.press('End');
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.locator('.timeline-detail').count(), POLL).toBe(1);
    expect(await panel.locator('.timeline-detail .timeline-sources li').count()).toBeGreaterThan(0);
    // The same entries as a list.
    await panel.getByRole('button', { name: 'Show as a list' }).click();
    expect(await panel.locator('.timeline-list > li').count()).toBe(await panel.locator('.timeline-list .timeline-detail').count());
    await panel.close();
  });

  it('the relations map is walked with the arrow keys and Enter makes a node the selected entity', async () => {
    const panel = await openPanel();
    await panel.locator('.page-order .entry[data-entity="japan-us-state-visit-2024:fumio-kishida"] .entry-name').click();
    await panel.getByRole('tab', { name: 'Relations' }).click();
    await expect.poll(() => panel.locator('#map-title').innerText(), POLL).toBe('Relations of Fumio Kishida');
    const nodes = panel.locator('.map-chart g.node[role="button"]');
    expect(await nodes.count()).toBeGreaterThan(2);
    await nodes.first().focus();
    const focusedNode = () => panel.evaluate(() => document.activeElement?.getAttribute('data-node'));
    expect(await focusedNode()).toBe('0');
    await panel.keyboard.press('ArrowRight');
    await expect.poll(focusedNode, POLL).toBe('1');
    await panel.keyboard.press('ArrowLeft');
    await expect.poll(focusedNode, POLL).toBe('0');
    await panel.keyboard.press('ArrowLeft');
    await expect.poll(focusedNode, POLL).toBe(String((await nodes.count()) - 1));
    await panel.keyboard.press('Home');
    await panel.keyboard.press('ArrowRight');
    await expect.poll(focusedNode, POLL).toBe('1');
    const focused = await panel.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    await panel.keyboard.press('Enter');
    const chosen = focused.split(':')[0]!;
    await expect.poll(() => panel.locator('#map-title').innerText(), POLL).toBe(`Relations of ${chosen}`);
    await panel.close();
  });

  it('"Brief me on …" is registered for selections and, clicked, searches the store for the selection', async () => {
    const panel = await openPanel();
    await expect.poll(() => rowNames(panel), POLL).toContain('Fumio Kishida');
    const windowId = await panel.evaluate(async () => (await (globalThis as unknown as { chrome: { windows: { getCurrent(): Promise<{ id: number }> } } }).chrome.windows.getCurrent()).id);
    // The background's own menu event, as the browser raises it for a click on the item in this window.
    await session.worker.evaluate(
      ([tab, window]) => {
        const api = (globalThis as unknown as { chrome: { contextMenus: { onClicked: { dispatch(info: object, tab: object): void } } } }).chrome;
        api.contextMenus.onClicked.dispatch({ menuItemId: 'brief-me', selectionText: '  기시다\n', editable: false, pageUrl: '' }, { id: tab, windowId: window });
      },
      [tabId, windowId] as const,
    );
    await expect.poll(() => panel.locator('input.search-box').inputValue(), POLL).toBe('기시다');
    await expect.poll(() => panel.locator('#search-results .hit-name').first().innerText(), POLL).toBe('Fumio Kishida');
    await panel.close();
  });

  it('saves screenshots of the panel (a card open, the timeline), light and dark', async () => {
    await inBothSchemes(session, tabId, server.url('/article.html'), async (scheme, s, forTab) => {
      const panel = await s.context.newPage();
      await panel.setViewportSize({ width: 400, height: 800 });
      await panel.goto(s.extensionUrl(`sidepanel.html?tab=${forTab}`));
      await panel.locator('.page-order .entry[data-entity="japan-us-state-visit-2024:fumio-kishida"] .entry-name').click();
      await panel.locator('#detail-title').waitFor(POLL);
      expect(await panel.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
      await saveScreenshot(panel, `sidepanel-${scheme}.png`);
      await panel.getByRole('tab', { name: 'Timeline' }).click();
      await panel.locator('.timeline-chart').waitFor(POLL);
      await saveScreenshot(panel, `sidepanel-timeline-${scheme}.png`);
      await panel.close();
    });
  });
});
