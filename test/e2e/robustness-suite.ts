/**
 * The robustness E2E suite, run by both browsers over the hostile pages in
 * robustness-fixtures.ts. For each page: the exact highlights, no error from the page
 * or from our content script, the page's DOM unchanged outside our shadow host, and the
 * page responsive (the probe's longest gap between timer turns under 50 ms).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  EDITABLE,
  FRAME_CROSS,
  FRAME_SAME,
  FRAMES,
  INFINITE,
  LARGE,
  MARKS,
  NESTED,
  OVERRIDES,
  OVERRIDES_EXPECTED,
  RTL,
  SHADOWS,
  SHADOWS_EXPECTED,
  STRICT_CSP,
  TICKER,
  type Fixture,
} from './robustness-fixtures';
import { highlightTexts, serve, settledCount, settledHighlights, unchangedSinceLoad, type Server } from './harness';
import type { Tab } from './tab';

export interface RobustPage<P> extends Tab<P> {
  /** Evaluates a script expression in the page without the driver's helpers (for pages that break built-ins those use). */
  run(expression: string): Promise<unknown>;
  /** Types `text` with the keyboard into the focused element. */
  type(text: string): Promise<void>;
  /** Errors in our content-script world, where the driver sees them apart from the page's own errors and console. */
  extensionErrors?(): string[];
}

/** Longest busy stretch the page may show (see the probe in robustness-fixtures.ts). */
export const LONGEST_TASK_MS = 50;

/** Errors seen so far: uncaught page errors, console errors, and errors in our content-script world where the driver can see them. */
const errorsOf = <P>(page: RobustPage<P>) => [
  ...page.pageErrors().map((e) => `page: ${e}`),
  ...page.consoleErrors().map((e) => `console: ${e}`),
  ...(page.extensionErrors?.() ?? []).map((e) => `extension: ${e}`),
];

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function robustnessSuite<P>(browserName: string, openPage: () => Promise<RobustPage<P>>): void {
  let server: Server;
  let other: Server;
  const probes: string[] = [];

  beforeAll(async () => {
    other = await serve({ '/frame-cross.html': FRAME_CROSS, '/favicon.ico': '' });
    const fixtures = [LARGE, NESTED, TICKER, INFINITE, SHADOWS, FRAMES, EDITABLE, STRICT_CSP, OVERRIDES, RTL, MARKS];
    server = await serve(
      Object.fromEntries(
        fixtures.map((f: Fixture) => [f.path, { body: f.html.replace('{{other}}', other.origin), headers: f.headers }]),
      ),
    );
    server.set('/frame-same.html', FRAME_SAME);
    server.set('/favicon.ico', '');
  });
  afterAll(async () => {
    await server?.close();
    await other?.close();
    if (probes.length > 0) console.log(`${browserName} robustness, longest gap per page: ${probes.join(', ')}`);
  });

  const visit = async (fixture: Fixture) => {
    const page = await openPage();
    await page.goto(server.url(fixture.path));
    return page;
  };

  const longestGap = async (page: RobustPage<P>) => (await page.run('window.__probe.max')) as number;

  /**
   * The page's checks after it has been driven: no errors, and responsive. The probe is
   * read on this load and two fresh ones (loaded until their highlight count settles, a
   * reading too cheap to show in the probe) and the smallest figure counts: other
   * processes on the machine and our own checks in the page only ever add to a gap, so
   * the smallest of three is the one that measures us.
   */
  const healthy = async (
    page: RobustPage<P>,
    fixture: Fixture,
    settle: (page: RobustPage<P>) => Promise<unknown> = (p) => settledCount(p, { min: fixture.expected?.length ?? 1 }),
  ) => {
    const gaps = [await longestGap(page)];
    expect(errorsOf(page)).toEqual([]);
    await page.close();
    for (let run = 0; run < 2; run++) {
      const again = await visit(fixture);
      await settle(again);
      gaps.push(await longestGap(again));
      expect(errorsOf(again)).toEqual([]);
      await again.close();
    }
    const longest = Math.min(...gaps);
    probes.push(`${fixture.path} ${longest.toFixed(0)} ms (${gaps.map((g) => g.toFixed(0)).join('/')})`);
    expect(longest, 'longest gap between the page’s timer turns (ms)').toBeLessThan(LONGEST_TASK_MS);
  };

  const simple: [string, Fixture][] = [
    ['a deeply nested DOM', NESTED],
    ['a strict Content-Security-Policy page', STRICT_CSP],
    ['right-to-left text', RTL],
    ['a page already full of <mark> elements', MARKS],
  ];
  for (const [label, fixture] of simple) {
    it(`handles ${label}`, async () => {
      const page = await visit(fixture);
      expect(await settledHighlights(page, { min: fixture.expected!.length })).toEqual(fixture.expected);
      expect(await unchangedSinceLoad(page)).toBe(true);
      await healthy(page, fixture);
    });
  }

  it('handles a 5 MB page: visible text first, the cap respected, the page responsive', async () => {
    const page = await visit(LARGE);
    const cap = 2000;
    const texts = await settledHighlights(page, { min: cap, timeout: 60_000 });
    expect(texts).toEqual(Array.from({ length: cap }, (_, i) => (i % 2 === 0 ? 'Fumio Kishida' : 'Joe Biden')));
    expect(await unchangedSinceLoad(page)).toBe(true);
    await healthy(page, LARGE, (p) => settledCount(p, { min: cap, timeout: 60_000 }));
  });

  it('follows a live ticker that rewrites itself continuously, and settles on its last text', async () => {
    const page = await visit(TICKER);
    await settledHighlights(page, { min: 1 });
    await wait(1_500);
    await page.evaluate(() => (window as unknown as { __stop(): void }).__stop(), null);
    await expect.poll(() => highlightTexts(page), { timeout: 5_000 }).toEqual(TICKER.expected);
    expect(await page.evaluate(() => document.documentElement.outerHTML === (window as unknown as { __after: string }).__after, null)).toBe(true);
    await healthy(page, TICKER);
  });

  it('highlights what infinite scroll appends', async () => {
    const page = await visit(INFINITE);
    expect(await settledHighlights(page)).toEqual(['Fumio Kishida']);
    for (let batch = 1; batch <= 3; batch++) {
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight), null);
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { __batches: number }).__batches, null), { timeout: 5_000 })
        .toBe(batch);
    }
    const expected = ['Fumio Kishida', ...Array.from({ length: 3 * INFINITE.batch }, () => 'Joe Biden')];
    await expect.poll(() => highlightTexts(page), { timeout: 10_000 }).toEqual(expected);
    expect(await page.evaluate(() => document.documentElement.outerHTML === (window as unknown as { __after: string }).__after, null)).toBe(true);
    await healthy(page, INFINITE);
  });

  it('highlights inside open shadow roots at any depth and leaves closed ones alone', async () => {
    const page = await visit(SHADOWS);
    const texts = await settledHighlights(page, { min: SHADOWS_EXPECTED.length });
    expect(texts.sort()).toEqual(SHADOWS_EXPECTED);
    expect(await unchangedSinceLoad(page)).toBe(true);
    await healthy(page, SHADOWS);
  });

  it('highlights same- and cross-origin frames, each in its own document', async () => {
    const page = await visit(FRAMES);
    expect(await settledHighlights(page)).toEqual(FRAMES.expected);
    await expect.poll(() => highlightTexts(page.frame('/frame-same.html')), { timeout: 10_000 }).toEqual(['Fumio Kishida']);
    await expect.poll(() => highlightTexts(page.frame('/frame-cross.html')), { timeout: 10_000 }).toEqual(['DICAS']);
    expect(await unchangedSinceLoad(page)).toBe(true);
    await healthy(page, FRAMES);
  });

  it('leaves contenteditable editors alone, also while the reader types in them', async () => {
    const page = await visit(EDITABLE);
    expect(await settledHighlights(page, { min: EDITABLE.expected!.length })).toEqual(EDITABLE.expected);
    expect(await unchangedSinceLoad(page)).toBe(true);
    await page.evaluate(() => {
      const target = document.querySelector('#editor p')!;
      (target.closest('[contenteditable]') as HTMLElement).focus();
      const caret = document.createRange();
      caret.selectNodeContents(target);
      caret.collapse(false);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(caret);
    }, null);
    await page.type(' Fumio Kishida replied.');
    await wait(500);
    expect(await page.evaluate(() => document.querySelector('#editor p')!.textContent, null)).toBe('Joe Biden in a rich-text editor. Fumio Kishida replied.');
    expect(await highlightTexts(page)).toEqual(EDITABLE.expected);
    await healthy(page, EDITABLE);
  });

  it('works on a page that overrides built-ins (Array.prototype, appendChild, window.CSS, …)', async () => {
    const page = await visit(OVERRIDES);
    const drawn = (p: RobustPage<P>) => expect.poll(() => p.run('window.__highlights()'), { timeout: 10_000 }).toBe(OVERRIDES_EXPECTED.join('|'));
    await drawn(page);
    const unchanged = `(() => {
      const clone = document.documentElement.cloneNode(true);
      for (const el of clone.querySelectorAll('briefing-lens-ui')) el.remove();
      return clone.outerHTML === window.__before;
    })()`;
    expect(await page.run(unchanged)).toBe(true);
    await healthy(page, OVERRIDES, drawn);
  });
}
