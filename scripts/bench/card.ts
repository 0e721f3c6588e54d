/**
 * Hover-card benchmark in real Chromium with the built extension: from the end of the
 * intent delay to the first frame that shows the card (the content script's
 * `briefing-lens:card-open` → `briefing-lens:card-painted` marks). Cold: the first
 * card of each entity in a freshly loaded tab (its data comes from the background's
 * IndexedDB; the first card of a tab also builds the card UI). Warm: the same entities
 * again, from the tab's cache. Targets: median < 50 ms cold, < 16 ms warm.
 */
import type { Page } from 'playwright-core';
import { CARD_OPEN_MARK, CARD_PAINTED_MARK } from '../../src/content/card/timing';
import type { Dataset } from '../../src/shared/model';
import { page as fixturePage } from '../lib/fixture-page';
import { launchChromium } from '../lib/launch';
import { fromPlaywright, highlightCentre, settledHighlights } from '../lib/read-highlights';
import { serve } from '../lib/serve';
import { figure } from './stats';

const LOADS = 3;
const ENTITIES = 12;

/** A page naming the first entities of each kind that the extension highlights as written. */
function benchPage(dataset: Dataset): string {
  const names = [...dataset.actors, ...dataset.agreements, ...dataset.events].map((e) => e.name.en);
  const paragraphs = names.map((name) => `<p>Readers met ${name} in the news today, and wanted a briefing.</p>`);
  return fixturePage('Card benchmark', `<article style="max-width: 40rem; font: 18px/1.8 serif">${paragraphs.join('')}</article>`);
}

/** Opens the card of the `n`-th highlight by hovering it; returns open → painted in ms. */
async function openCard(tab: Page, text: string): Promise<number> {
  const at = await highlightCentre(fromPlaywright(tab), text);
  if (!at) throw new Error(`no highlight "${text}"`);
  const before = await tab.evaluate((name) => performance.getEntriesByName(name).length, CARD_PAINTED_MARK);
  await tab.mouse.move(at.x - 2, at.y);
  await tab.mouse.move(at.x, at.y);
  await tab.waitForFunction(([name, n]) => performance.getEntriesByName(name).length > n, [CARD_PAINTED_MARK, before] as const, { timeout: 10_000 });
  const took = await tab.evaluate(([openName, paintedName]) => {
    const opened = performance.getEntriesByName(openName);
    const painted = performance.getEntriesByName(paintedName);
    return painted[painted.length - 1]!.startTime - opened[opened.length - 1]!.startTime;
  }, [CARD_OPEN_MARK, CARD_PAINTED_MARK] as const);
  await tab.keyboard.press('Escape');
  await tab.mouse.move(5, 5);
  return took;
}

/** `extensionDir`: a bench build for Chromium (the shipped build sets no marks). */
export async function benchCard(dataset: Dataset, extensionDir: string): Promise<string[]> {
  const server = await serve({ '/cards.html': benchPage(dataset), '/favicon.ico': '' });
  const session = await launchChromium({ extensionDir });
  const cold: number[] = [];
  const warm: number[] = [];
  try {
    for (let load = 0; load < LOADS; load++) {
      const tab = await session.context.newPage();
      await tab.goto(server.url('/cards.html'));
      const texts = [...new Set(await settledHighlights(fromPlaywright(tab), { min: ENTITIES }))].slice(0, ENTITIES);
      for (const text of texts) cold.push(await openCard(tab, text));
      for (const text of texts) warm.push(await openCard(tab, text));
      await tab.close();
    }
  } finally {
    await session.close();
    await server.close();
  }
  return [
    `hover card in Chromium, intent end → card painted (${LOADS} tab loads × ${ENTITIES} entities)`,
    figure('cold (data from IndexedDB)', cold, 50, 'cards'),
    figure('warm (in-tab cache)', warm, 16, 'cards'),
  ];
}
