/**
 * The one E2E harness: launches Chromium (playwright-core) or Firefox (puppeteer-core)
 * with the built extension (the build runs once in global-setup), serves fixture pages
 * from 127.0.0.1, and reads back what the extension did through the page's own view
 * (`CSS.highlights`, the DOM serialisation). Works with both drivers' pages.
 */
import type { Frame as PwFrame, Page as PwPage } from 'playwright-core';
import type { Frame as PpFrame, Page as PpPage } from 'puppeteer-core';

export { launchChromium, launchFirefox, type ChromiumSession, type FirefoxSession } from '../../scripts/lib/launch';
export { serve, type Server } from '../../scripts/lib/serve';

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

export const HIGHLIGHT = 'briefing-lens';

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

/** The page's serialisation without the extension's UI host, for before/after comparisons. */
export function serialise(page: PageLike): Promise<string> {
  return page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as Element;
    clone.querySelectorAll('briefing-lens-ui').forEach((el) => el.remove());
    return clone.outerHTML;
  }, null);
}

/**
 * A fixture page. The inline script at the end (with the nonce `robust`, for pages under a
 * strict CSP) stores the page's serialisation as
 * parsed (before any content script runs at document_idle) in `window.__before`.
 */
export function page(title: string, body: string, { lang = 'en', dir = 'ltr', head = '' } = {}): string {
  return `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}<script nonce="robust">window.__before = document.documentElement.outerHTML;</script></body></html>`;
}

export async function unchangedSinceLoad(page: PageLike): Promise<boolean> {
  return page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as Element;
    clone.querySelectorAll('briefing-lens-ui').forEach((el) => el.remove());
    return clone.outerHTML === (window as unknown as { __before: string }).__before;
  }, null);
}
