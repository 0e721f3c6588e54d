/**
 * Popup benchmark in real Chromium with the built extension, the popup opened for a
 * news-like fixture tab (`popup.html?tab=<id>`). First paint: from the start of
 * popup.html's navigation to "On this page" rendered filled (the popup's
 * `briefing-lens:page-filled` mark), and to the next frame after it; median over
 * repeated opens (the first open, which wakes the store, is shown apart). Keystrokes: fixed
 * queries typed one character at a time into the search box; from each input event to
 * its results in the DOM (the `briefing-lens:results-rendered` mark for that text).
 * Targets: first paint < 100 ms, search per keystroke < 16 ms median.
 */
import type { Page } from 'playwright-core';
import { PAGE_FILLED_MARK, RESULTS_MARK } from '../../src/popup/perf-marks';
import { page as fixturePage } from '../lib/fixture-page';
import { launchChromium } from '../lib/launch';
import { fromPlaywright, settledHighlights } from '../lib/read-highlights';
import { serve } from '../lib/serve';
import { tabIdByHost } from '../lib/tab-id';
import { figure } from './stats';

const OPENS = 20;
/** Typed character by character; English, Korean and Japanese, names and phrases. */
const TYPED = ['kishida', 'joint statement', 'nippon steel', 'south china sea', '기시다', '반도체', '岸田文雄', 'バイデン'];
/** Pause between keystrokes, about a fast typist's pace. */
const KEY_GAP_MS = 40;

const ARTICLE = `<article style="max-width: 40rem; margin: 2rem auto; font: 18px/1.6 Georgia, serif">
  <h1>Kishida and Biden hail a new era for the alliance</h1>
  <p>Prime Minister Fumio Kishida met President Joe Biden at the White House on April 10, 2024, and the leaders
  issued a joint statement on a global partnership. They agreed to convene DICAS and to upgrade command and control.</p>
  <p>On April 11 President Ferdinand Marcos Jr. joined them for the first Japan–Philippines–US trilateral summit,
  which discussed the South China Sea and the coast guards of the three countries.</p>
  <p>Kishida addressed a joint meeting of Congress. Nippon Steel's bid for U.S. Steel and Toyota's battery
  investment in North Carolina were also on the agenda, as was a Japanese astronaut on a future Artemis landing.</p>
</article>`;

/**
 * Before the popup's script runs: when the filled mark is set, record the start of the
 * frame after it (`__blFilledFrame`), i.e. when the list has been laid out and painted.
 */
function watchFilledFrame(name: string): void {
  const mark = performance.mark.bind(performance);
  performance.mark = (markName: string, options?: PerformanceMarkOptions) => {
    const entry = mark(markName, options);
    if (markName === name) requestAnimationFrame(() => ((window as unknown as { __blFilledFrame: number }).__blFilledFrame = performance.now()));
    return entry;
  };
}

async function openPopup(popup: Page, url: string): Promise<{ filled: number; frame: number; entries: number }> {
  await popup.goto(url);
  await popup.waitForFunction(() => typeof (window as unknown as { __blFilledFrame?: number }).__blFilledFrame === 'number', null, { timeout: 15_000 });
  return popup.evaluate((name) => {
    const [filled] = performance.getEntriesByName(name);
    return {
      filled: filled!.startTime,
      frame: (window as unknown as { __blFilledFrame: number }).__blFilledFrame,
      entries: document.querySelectorAll('.on-page .entry').length,
    };
  }, PAGE_FILLED_MARK);
}

/** Types `text` into the search box one character at a time; returns input → results rendered per keystroke. */
async function typeQuery(popup: Page, text: string): Promise<number[]> {
  const took: number[] = [];
  await popup.evaluate(() => {
    const box = document.querySelector<HTMLInputElement>('input.search-box')!;
    box.value = '';
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });
  for (let i = 1; i <= text.length; i++) {
    const typed = text.slice(0, i);
    const start = await popup.evaluate((value) => {
      const box = document.querySelector<HTMLInputElement>('input.search-box')!;
      box.value = value;
      const at = performance.now();
      box.dispatchEvent(new Event('input', { bubbles: true }));
      return at;
    }, typed);
    const rendered = await popup.waitForFunction(
      ([name, value, after]) => {
        const mark = performance.getEntriesByName(name)[0] as PerformanceMark | undefined;
        return mark && mark.startTime >= (after) && (mark.detail as { query: string }).query === value ? mark.startTime : false;
      },
      [RESULTS_MARK, typed, start] as const,
      { timeout: 10_000 },
    );
    took.push((await rendered.jsonValue()) as number - start);
    await popup.waitForTimeout(KEY_GAP_MS);
  }
  return took;
}

/** `extensionDir`: a bench build for Chromium (the shipped build sets no marks). */
export async function benchPopup(extensionDir: string): Promise<string[]> {
  const server = await serve({ '/article.html': fixturePage('Popup benchmark', ARTICLE), '/favicon.ico': '' });
  const session = await launchChromium({ extensionDir });
  try {
    const tab = await session.context.newPage();
    await tab.goto(server.url('/article.html'));
    await settledHighlights(fromPlaywright(tab), { min: 10 });
    const url = session.extensionUrl(`popup.html?tab=${await tabIdByHost(session, new URL(server.origin).hostname)}`);

    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.addInitScript(watchFilledFrame, PAGE_FILLED_MARK);
    const first = await openPopup(popup, url);
    const opens = [];
    for (let i = 0; i < OPENS; i++) opens.push(await openPopup(popup, url));

    const keystrokes: number[] = [];
    for (const text of TYPED) keystrokes.push(...(await typeQuery(popup, text)));

    return [
      `popup in Chromium (built extension, opened for a fixture tab listing ${first.entries} entities; ${OPENS} opens, ${TYPED.length} queries typed)`,
      `  first open (wakes the store): list rendered ${first.filled.toFixed(1)} ms, next frame ${first.frame.toFixed(1)} ms after navigation start`,
      figure('navigation start → "On this page" rendered filled', opens.map((o) => o.filled), 100, 'opens'),
      figure('navigation start → next frame after it (painted)', opens.map((o) => o.frame), 100, 'opens'),
      figure('search, input event → results rendered', keystrokes, 16, 'keystrokes'),
    ];
  } finally {
    await session.close();
    await server.close();
  }
}
