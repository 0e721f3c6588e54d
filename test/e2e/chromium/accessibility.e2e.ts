// Automated accessibility check (axe-core) of the extension's pages in Chromium, light and
// dark: the side panel in each of its views, the popup and the options page, each opened
// for a fixture tab, and the hover card (compact as hovered, with a citation's sources open;
// pinned, which expands it with its disputes; moved on to a related entity with the back
// button), rendered by the content script's own
// code in an open shadow root on a test page (test/e2e/card-page.ts), since axe cannot enter
// the closed one readers get. Fails on any serious or critical violation, naming the rule and nodes.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledRef, fromPlaywright, launchChromium, page, serve, settledHighlights, type ChromiumSession, type Server } from '../harness';
import { tabIdByHost } from '../../../scripts/lib/tab-id';
import { bundledCards, cardPageHtml, cardPageScript } from '../card-page';

const ARTICLE = `<article><h1>Kishida in Washington</h1>
  <p>Prime Minister Fumio Kishida met President Joe Biden on April 10, 2024, at the Biden-Kishida summit, and they launched DICAS.</p>
  <p>Fumio Kishida then gave his address to Congress.</p></article>`;

const POLL = { timeout: 10_000 };

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

describe('accessibility of the extension pages (axe-core)', () => {
  let axeSource: string;
  let server: Server;
  const sessions: { scheme: 'light' | 'dark'; session: ChromiumSession; tabId: number }[] = [];

  beforeAll(async () => {
    axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    server = await serve({
      '/article.html': page('Accessibility fixture', ARTICLE),
      '/card.html': cardPageHtml('Fumio Kishida', await bundledCards(bundledRef('fumio-kishida'))),
      '/card-page.js': await cardPageScript(),
      '/favicon.ico': '',
    });
    for (const scheme of ['light', 'dark'] as const) {
      const session = await launchChromium({ colorScheme: scheme });
      const fixture = await session.context.newPage();
      await fixture.goto(server.url('/article.html'));
      await settledHighlights(fromPlaywright(fixture), { min: 3 });
      sessions.push({ scheme, session, tabId: await tabIdByHost(session, new URL(server.origin).hostname) });
    }
  });
  afterAll(async () => {
    for (const { session } of sessions) await session.close();
    await server?.close();
  });

  async function audit(target: Page): Promise<string[]> {
    // Evaluated through the DevTools protocol: the pages' CSP (rightly) refuses an injected <script>.
    await target.evaluate(`${axeSource};0`);
    const violations = await target.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> } }).axe;
      return (await axe.run(document, { resultTypes: ['violations'] })).violations;
    });
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  }

  async function open(session: ChromiumSession, path: string, viewport = { width: 400, height: 700 }): Promise<Page> {
    const target = await session.context.newPage();
    await target.setViewportSize(viewport);
    await target.goto(session.extensionUrl(path));
    return target;
  }

  for (const scheme of ['light', 'dark'] as const) {
    const current = () => sessions.find((s) => s.scheme === scheme)!;

    it(`side panel (${scheme}): on this page with a card open, the timeline and the relations map`, async () => {
      const { session, tabId } = current();
      const panel = await open(session, `sidepanel.html?tab=${tabId}`);
      const kishida = panel.locator('.page-order .entry[data-entity="japan-us-state-visit-2024:fumio-kishida"] .entry-name');
      await kishida.waitFor(POLL);
      await kishida.click();
      await panel.locator('#detail-title').waitFor(POLL);
      expect(await audit(panel)).toEqual([]);
      await panel.getByRole('tab', { name: 'Timeline' }).click();
      await panel.locator('.timeline-chart').waitFor(POLL);
      expect(await audit(panel)).toEqual([]);
      await panel.getByRole('tab', { name: 'Relations' }).click();
      await panel.locator('.map-chart').waitFor(POLL);
      expect(await audit(panel)).toEqual([]);
      await panel.close();
    });

    it(`popup (${scheme}) and its detail view`, async () => {
      const { session, tabId } = current();
      const popup = await open(session, `popup.html?tab=${tabId}`);
      await popup.locator('.on-page .entry-name').first().waitFor(POLL);
      expect(await audit(popup)).toEqual([]);
      await popup.locator('.on-page .entry-name').first().click();
      await popup.locator('#detail-title').waitFor(POLL);
      expect(await audit(popup)).toEqual([]);
      await popup.close();
    });

    it(`hover card (${scheme}): compact as hovered with a citation open, pinned and expanded with its disputes, then a related entity with the back button`, async () => {
      const { session } = current();
      const card = await session.context.newPage();
      await card.setViewportSize({ width: 1000, height: 900 });
      await card.goto(server.url('/card.html'));
      await card.waitForFunction(() => typeof (window as unknown as { __openCard?: unknown }).__openCard === 'function', undefined, POLL);
      await card.evaluate((id) => (window as unknown as { __openCard(id: string): Promise<void> }).__openCard(id), bundledRef('fumio-kishida'));
      const dialog = card.locator('.bl-window[role="dialog"]');
      await dialog.getByRole('heading', { name: 'Fumio Kishida' }).waitFor(POLL);
      expect(await dialog.locator('.bl-body.bl-compact').count()).toBe(1);
      expect(await dialog.evaluate((el) => getComputedStyle(el).colorScheme)).toBe(scheme);
      expect(await audit(card)).toEqual([]);

      const cite = dialog.locator('.bl-summary .bl-cite');
      await cite.click();
      expect(await cite.getAttribute('aria-expanded')).toBe('true');
      expect(await dialog.locator('.bl-summary .bl-cite-list [role="listitem"]').count()).toBeGreaterThan(0);
      expect(await audit(card)).toEqual([]);

      await dialog.getByRole('button', { name: 'Pin briefing' }).click();
      expect(await dialog.getAttribute('data-pinned')).toBe('');
      expect(await dialog.getAttribute('data-mode')).toBe('full');
      expect(await dialog.locator('.bl-disputed .bl-dispute').count()).toBeGreaterThan(0);
      expect(await audit(card)).toEqual([]);

      await dialog.locator('.bl-related button.bl-link').first().click();
      await dialog.getByRole('button', { name: 'Back to Fumio Kishida' }).waitFor(POLL);
      expect(await audit(card)).toEqual([]);
      await card.close();
    });

    it(`options page (${scheme})`, async () => {
      const { session } = current();
      const options = await open(session, 'options.html', { width: 900, height: 900 });
      await options.locator('h1').waitFor(POLL);
      await options.waitForLoadState('networkidle');
      expect(await audit(options)).toEqual([]);
      await options.close();
    });
  }
});
