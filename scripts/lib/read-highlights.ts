/**
 * Reads what the extension highlighted through the page's own view (`CSS.highlights`),
 * from outside: works with Playwright's and Puppeteer's pages and frames alike. Used by
 * `npm start`, the benchmarks and the E2E suites (through test/e2e/harness.ts).
 */
import type { Frame as PwFrame, Page as PwPage } from 'playwright-core';
import type { Frame as PpFrame, Page as PpPage } from 'puppeteer-core';
import { HIGHLIGHT_NAME } from '../../src/shared/highlight-look';

/** The part of a page the helpers use, the same for both drivers. */
export interface PageLike {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

/** Adapts a Playwright page or frame. */
export function fromPlaywright(page: PwPage | PwFrame): PageLike {
  return { evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) };
}

/** Adapts a Puppeteer page or frame. */
export function fromPuppeteer(page: PpPage | PpFrame): PageLike {
  return { evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) };
}

export const HIGHLIGHT = HIGHLIGHT_NAME;

/**
 * Texts of the ranges in a named highlight, read by the page itself: in document order
 * for ranges of the main document, followed by those inside shadow roots.
 */
export function highlightTexts(page: PageLike, name = HIGHLIGHT): Promise<string[]> {
  // No named inner functions: scripts run through tsx wrap those in a helper the page lacks.
  return page.evaluate((n: string) => {
    const h = CSS.highlights.get(n);
    if (!h) return [];
    const ranges = [...h];
    const inDocument = ranges.filter((r) => r.startContainer.getRootNode() === document);
    inDocument.sort((a, b) =>
      a.startContainer === b.startContainer
        ? a.startOffset - b.startOffset
        : a.startContainer.compareDocumentPosition(b.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING
          ? -1
          : 1,
    );
    const ordered = [...inDocument, ...ranges.filter((r) => r.startContainer.getRootNode() !== document)];
    return ordered.map((r) => {
      if (r.startContainer === r.endContainer) return (r.startContainer as Text).data.slice(r.startOffset, r.endOffset);
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      return live.toString();
    });
  }, name);
}

/** Number of ranges in a named highlight: cheap to read, so polling it barely loads the page. */
export function highlightCount(page: PageLike, name = HIGHLIGHT): Promise<number> {
  return page.evaluate((n: string) => CSS.highlights.get(n)?.size ?? 0, name);
}

interface SettleOptions {
  timeout?: number;
  settleMs?: number;
  min?: number;
  name?: string;
}

/** Polls `read` until its size is at least `min` and unchanged for `settleMs`, then returns the last reading. */
async function untilSettled<T>(
  read: () => Promise<T>,
  size: (value: T) => number,
  { timeout = 15_000, settleMs = 400, min = 1, name = HIGHLIGHT }: SettleOptions,
): Promise<T> {
  const end = Date.now() + timeout;
  let last = -1;
  let since = Date.now();
  for (;;) {
    const value = await read();
    const n = size(value);
    if (n !== last) {
      last = n;
      since = Date.now();
    } else if (n >= min && Date.now() - since >= settleMs) {
      return value;
    }
    if (Date.now() > end) {
      if (n >= min) return value;
      throw new Error(`Timed out waiting for ${min}+ "${name}" highlights (have ${n}: ${JSON.stringify(value)})`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until the highlight count is non-zero and unchanged for `settleMs`, then returns the texts. */
export function settledHighlights(page: PageLike, options: SettleOptions = {}): Promise<string[]> {
  return untilSettled(() => highlightTexts(page, options.name), (texts) => texts.length, options);
}

/**
 * Like settledHighlights, but polls only the count: reading the texts sorts every range
 * in the page's own thread, which on a large page would show in its responsiveness probe.
 */
export function settledCount(page: PageLike, options: SettleOptions = {}): Promise<number> {
  return untilSettled(() => highlightCount(page, options.name), (n) => n, options);
}

/** The viewport centre of the n-th drawn highlight whose text is `text`. */
export function highlightCentre(page: PageLike, text: string, n = 0): Promise<{ x: number; y: number } | null> {
  return page.evaluate(
    ([t, k]) => {
      const h = CSS.highlights.get('briefing-lens');
      if (!h) return null;
      const matches = [...h]
        .map((r) => {
          const live = document.createRange();
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
          return live;
        })
        .filter((r) => r.toString() === t);
      const rect = matches[k]?.getClientRects()[0];
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    },
    [text, n] as const,
  );
}
