// The corpus run: every saved real page in ../shared/corpus/pages (never copied into the
// repo) loaded in Chromium with the extension, network blocked but for the local server.
// Asserts no exception from our content script and a responsive page; records highlight
// counts and long tasks in test/artifacts/corpus.json. Skipped without ../shared.
import { readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_DIR, HAS_CORPUS, REPO_ROOT } from '../../../scripts/lib/paths';
import { fromPlaywright, highlightTexts, launchChromium, serve, type ChromiumSession, type Server } from '../harness';

// Without the corpus, one placeholder name so the run reports the suite as skipped rather than empty.
const pages = HAS_CORPUS ? readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.html')).sort() : ['(../shared/corpus/pages is absent)'];

interface Row {
  page: string;
  highlights: number;
  longestTaskMs: number;
  responseMs: number;
}

describe.skipIf(!HAS_CORPUS)('corpus run (Chromium)', () => {
  let session: ChromiumSession;
  let server: Server;
  const rows: Row[] = [];

  beforeAll(async () => {
    server = await serve({}, CORPUS_DIR);
    session = await launchChromium();
    await session.context.route('**/*', (route) => (route.request().url().startsWith(server.origin) ? route.continue() : route.abort()));
    await session.context.addInitScript(() => {
      const w = window as unknown as { __longTasks: number[] };
      w.__longTasks = [];
      try {
        new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
      } catch {
        // No Long Tasks API: nothing recorded.
      }
    });
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
    if (rows.length === 0) return;
    const dir = join(REPO_ROOT, 'test', 'artifacts');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'corpus.json'), JSON.stringify(rows, null, 2));
    const total = rows.reduce((n, r) => n + r.highlights, 0);
    console.log(`corpus: ${rows.length} pages, ${total} highlights, longest task on any page ${Math.max(...rows.map((r) => r.longestTaskMs)).toFixed(0)} ms`);
  });

  it.each(pages)('%s: no error from the extension, page stays responsive', async (name) => {
    const page = await session.context.newPage();
    const cdp = await session.context.newCDPSession(page);
    const ours = new Set<number>();
    const errors: string[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      if (String(context.origin).startsWith('chrome-extension://')) ours.add(context.id);
    });
    cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) => {
      if (exceptionDetails.executionContextId !== undefined && ours.has(exceptionDetails.executionContextId)) {
        errors.push(exceptionDetails.exception?.description ?? exceptionDetails.text);
      }
    });
    cdp.on('Runtime.consoleAPICalled', ({ type, args, executionContextId }) => {
      if (ours.has(executionContextId) && (type === 'error' || type === 'warning')) errors.push(args.map((a) => (a.value as string | undefined) ?? a.description).join(' '));
    });
    await cdp.send('Runtime.enable');
    await page.goto(server.url(`/${name}`), { waitUntil: 'load', timeout: 30_000 });
    let last = -1;
    for (let stable = 0; stable < 3; ) {
      await page.waitForTimeout(150);
      const n = (await highlightTexts(fromPlaywright(page))).length;
      stable = n === last ? stable + 1 : 0;
      last = n;
    }
    const t0 = Date.now();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    const responseMs = Date.now() - t0;
    const longTasks = await page.evaluate(() => (window as unknown as { __longTasks?: number[] }).__longTasks ?? []);
    rows.push({ page: name, highlights: last, longestTaskMs: Math.max(0, ...longTasks), responseMs });
    expect(ours.size, 'the content script context was seen').toBeGreaterThan(0);
    expect(errors).toEqual([]);
    expect(responseMs).toBeLessThan(5_000);
    await page.close();
  });
});
