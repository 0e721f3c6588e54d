/**
 * The one E2E harness: launches Chromium (playwright-core) or Firefox (puppeteer-core)
 * with the built extension (the build runs once in global-setup), serves fixture pages
 * from 127.0.0.1, and reads back what the extension did through the page's own view
 * (`CSS.highlights`, the DOM serialisation). Works with both drivers' pages. What
 * `npm start` and the benchmarks use too (launchers, server, highlight readers, fixture
 * page) lives in scripts/lib/ and is re-exported here; the serialisation checks are the
 * suites' own.
 */
import type { PageLike } from '../../scripts/lib/read-highlights';

export { page } from '../../scripts/lib/fixture-page';
export * from '../../scripts/lib/read-highlights';
export { launchChromium, launchFirefox, type ChromiumSession, type FirefoxSession } from '../../scripts/lib/launch';
export { serve, type Server } from '../../scripts/lib/serve';
import { LEGACY_PACK_ID } from '../../src/shared/db/schema';
import { toRef } from '../../src/shared/pack-ref';

/** The ref of a record of the first bundled pack, as messages name it. */
export const bundledRef = (id: string): string => toRef(LEGACY_PACK_ID, id);

/** The page's serialisation without the extension's UI host, for before/after comparisons. */
export function serialise(page: PageLike): Promise<string> {
  return page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as Element;
    clone.querySelectorAll('briefing-lens-ui').forEach((el) => el.remove());
    return clone.outerHTML;
  }, null);
}

export async function unchangedSinceLoad(page: PageLike): Promise<boolean> {
  return page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as Element;
    clone.querySelectorAll('briefing-lens-ui').forEach((el) => el.remove());
    return clone.outerHTML === (window as unknown as { __before: string }).__before;
  }, null);
}
