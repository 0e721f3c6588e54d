/**
 * Hover-card benchmark in real Chromium with the shipped build of the extension, timed from
 * outside the page's extension code (the content script sets no marks): a probe the driver
 * adds to the page before it loads follows the frames and hit-tests where the card opens.
 *
 * - Intent end: the hover intent (src/content/hover/intent.ts) settles in the frame after the
 *   pointer arrives, waits the hover delay less half a frame, and opens the card in the next
 *   frame's animation callbacks. The probe keeps the same schedule from the same pointer event
 *   and takes the start of that frame.
 * - Painted: the end of the first frame painted with the card on screen: a task posted from
 *   each frame's animation callback runs after that frame's paint, and the page's hit test at
 *   points just below and above the term finds our host there. A card already there before the
 *   frame's callbacks ran is painted by that frame; one found only after it was rendered by the
 *   frame's own callbacks (the intent frame, from the tab's cache) or, in any other frame, after
 *   that frame's paint (then the next frame paints it).
 *
 * Cold: the first card of each entity in a freshly loaded tab (its data comes from the
 * background's IndexedDB; the first card of a tab also builds the card UI). Warm: the same
 * entities again, from the tab's cache. Targets: median < 50 ms cold, < 16 ms warm.
 */
import type { Page } from 'playwright-core';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import type { Dataset } from '../../src/shared/model';
import { page as fixturePage } from '../lib/fixture-page';
import { launchChromium } from '../lib/launch';
import { fromPlaywright, highlightCentre, settledHighlights } from '../lib/read-highlights';
import { serve } from '../lib/serve';
import { figure } from './stats';

const LOADS = 3;
const ENTITIES = 12;
/** Below and above the term's centre: inside a card placed under its line, or over it. */
const PROBE_DY = [40, -40];
const HALF_FRAME_MS = 8;

/** A page naming the first entities of each kind that the extension highlights as written. */
function benchPage(dataset: Dataset): string {
  const names = [...dataset.actors, ...dataset.agreements, ...dataset.events].map((e) => e.name.en);
  const paragraphs = names.map((name) => `<p>Readers met ${name} in the news today, and wanted a briefing.</p>`);
  return fixturePage('Card benchmark', `<article style="max-width: 40rem; font: 18px/1.8 serif">${paragraphs.join('')}</article>`);
}

interface Timing {
  start: number;
  painted: number;
}
type Probed = Window & { __blCardArm(delay: number, points: number[][]): void; __blCardTiming: Promise<Timing> };

/**
 * Added to the page before its scripts: `__blCardArm(delay, points)` sets `__blCardTiming`, which
 * resolves with the start of the intent frame that follows the next pointer move and the end of
 * the first frame painted with the card at one of `points`. Plain JavaScript text, so that nothing the TypeScript
 * loader adds (its `__name` helper) reaches the page.
 */
const PROBE = `(() => {
  const isHost = (el) => !!el && (el.localName === 'briefing-lens-ui' || el.localName.startsWith('briefing-lens-ui-'));
  window.__blCardArm = (delay, points) => { window.__blCardTiming = new Promise((resolve, reject) => {
    const shown = () => points.some(([x, y]) => isHost(document.elementFromPoint(x, y)));
    let intentFrame = null;
    let done = false;
    const timeout = setTimeout(() => { done = true; reject(new Error('no card painted within 5 s')); }, 5000);
    const frame = (time) => {
      if (done) return;
      const before = shown();
      const isIntent = time === intentFrame;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        if (done || intentFrame === null) return;
        if (before || (isIntent && shown())) {
          done = true;
          clearTimeout(timeout);
          resolve({ start: intentFrame, painted: performance.now() });
        }
      };
      channel.port2.postMessage(null);
      requestAnimationFrame(frame);
    };
    addEventListener('pointermove', () => requestAnimationFrame(() => setTimeout(() => requestAnimationFrame((time) => {
      intentFrame = time;
      frame(time);
    }), Math.max(0, delay - ${HALF_FRAME_MS}))), { capture: true, once: true });
  }); };
})();`;

/** Opens the card of the highlight `text` by moving the pointer onto it; returns intent end → painted in ms. */
async function openCard(tab: Page, text: string): Promise<number> {
  const at = await highlightCentre(fromPlaywright(tab), text);
  if (!at) throw new Error(`no highlight "${text}"`);
  const points = PROBE_DY.map((dy) => [at.x + 10, at.y + dy]);
  // Armed before the pointer moves, so the probe sees the move the hover intent starts from.
  await tab.evaluate(([delay, p]) => (window as unknown as Probed).__blCardArm(delay, p), [DEFAULT_SETTINGS.hoverDelay, points] as const);
  await tab.mouse.move(at.x, at.y);
  const { start, painted } = await tab.evaluate(() => (window as unknown as Probed).__blCardTiming);
  await tab.keyboard.press('Escape');
  await tab.mouse.move(5, 5);
  await tab.waitForTimeout(100);
  return painted - start;
}

/** `extensionDir`: a Chromium build of the extension, the shipped one (the card sets no marks). */
export async function benchCard(dataset: Dataset, extensionDir: string): Promise<string[]> {
  const server = await serve({ '/cards.html': benchPage(dataset), '/favicon.ico': '' });
  const session = await launchChromium({ extensionDir });
  const cold: number[] = [];
  const warm: number[] = [];
  try {
    for (let load = 0; load < LOADS; load++) {
      const tab = await session.context.newPage();
      await tab.addInitScript(PROBE);
      await tab.goto(server.url('/cards.html'));
      await tab.mouse.move(5, 5);
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
    `hover card in Chromium, shipped build, timed from outside the page (${LOADS} tab loads × ${ENTITIES} entities): intent end → card painted`,
    figure('cold (data from IndexedDB)', cold, 50, 'cards'),
    figure('warm (in-tab cache)', warm, 16, 'cards'),
  ];
}
