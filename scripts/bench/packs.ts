/**
 * Briefing packs at scale in real Chromium, through the built extension: the 100× synthetic
 * pack (8,300 entities, 6,900 quotes) imported through the real options page's file input,
 * timed from choosing the file to the pack being listed, with the progress bar read while it
 * runs; then search latency through the real messages (from the options page, the fixed
 * queries, three rounds), and the background's JavaScript heap read over the DevTools
 * protocol from outside the service worker.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../lib/launch';
import { makeSyntheticPack } from '../lib/synthetic-pack';
import { BENCH_QUERIES } from './queries';
import { percentile, verdict } from './stats';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<{ result?: unknown; error?: unknown }> } };

/** The service worker's used JS heap in bytes after a full garbage collection, from a DevTools session attached to it (outside the worker). */
async function workerHeap(page: Page, workerUrl: string): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const target = targetInfos.find((info) => info.type === 'service_worker' && info.url === workerUrl);
    if (!target) throw new Error('no service worker target');
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
    const reply = new Promise<number>((resolve, reject) => {
      cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
        if (event.sessionId !== sessionId) return;
        const message = JSON.parse(event.message) as { id?: number; result?: { usedSize: number }; error?: { message: string } };
        if (message.id !== 2) return;
        if (message.result) resolve(message.result.usedSize);
        else reject(new Error(message.error?.message ?? 'no heap usage'));
      });
    });
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'HeapProfiler.collectGarbage' }) });
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 2, method: 'Runtime.getHeapUsage' }) });
    const used = await reply;
    await cdp.send('Target.detachFromTarget', { sessionId });
    return used;
  } finally {
    await cdp.detach();
  }
}

export async function benchPacks(extensionDir: string): Promise<string[]> {
  const pack = makeSyntheticPack({ scale: 100 });
  const dir = await mkdtemp(join(tmpdir(), 'briefing-lens-bench-pack-'));
  const file = join(dir, `${pack.pack.id}.briefing.json`);
  const text = `${JSON.stringify(pack, null, 2)}\n`;
  await writeFile(file, text);
  const session = await launchChromium({ extensionDir });
  try {
    const options = await session.context.newPage();
    await options.goto(session.extensionUrl('options.html'));
    const ask = (name: string, params: object) => options.evaluate(([n, p]) => chrome.runtime.sendMessage({ channel: 'briefing-lens', name: n, params: p }), [name, params] as const);
    await ask('listPacks', {});
    const heapBefore = await workerHeap(options, session.worker.url());

    const progress: number[] = [];
    const start = Date.now();
    await options.locator('#pack-file').setInputFiles(file);
    let listed = false;
    while (!listed) {
      if (Date.now() - start > 120_000) throw new Error('the import did not finish within 2 minutes');
      const value = await options.evaluate(() => {
        const bar = document.querySelector<HTMLProgressElement>('#pack-progress');
        return bar && bar.max > 0 ? bar.value / bar.max : null;
      });
      if (value !== null && Math.round(progress[progress.length - 1]! * 100) !== Math.round(value * 100)) progress.push(value);
      const { result } = (await ask('listPacks', {})) as { result?: { id: string }[] };
      listed = !!result?.some((entry) => entry.id === pack.pack.id);
      if (!listed) await options.waitForTimeout(50);
    }
    const importMs = Date.now() - start;

    const times = await options.evaluate(async (queries) => {
      const out: number[] = [];
      for (let round = 0; round < 3; round++) {
        for (const query of queries) {
          const t = performance.now();
          await chrome.runtime.sendMessage({ channel: 'briefing-lens', name: 'search', params: { query } });
          out.push(performance.now() - t);
        }
      }
      return out;
    }, [...BENCH_QUERIES]);
    const heap = await workerHeap(options, session.worker.url());
    // A page then asks for the matcher, which the background compiles from the packs now enabled.
    await ask('getMatcher', {});
    const heapWithMatcher = await workerHeap(options, session.worker.url());
    const mb = (bytes: number) => bytes / (1024 * 1024);
    const entities = pack.actors.length + pack.agreements.length + pack.events.length;
    return [
      `briefing packs in Chromium (built extension, the real options page and messages): ${pack.pack.id}, ${entities} entities, ${pack.quotes.length} quotes, ${(text.length / 1048576).toFixed(1)} MB`,
      `  import through the options page: ${(importMs / 1000).toFixed(2)} s (${importMs < 10_000 ? 'ok, < 10 s' : 'OVER 10 s'}); progress bar read at ${progress.length} distinct values (${progress.map((v) => `${Math.round(v * 100)}%`).join(' ')})`,
      `  search through messages with the pack installed: p95 ${percentile(times, 95).toFixed(1)} ms (${verdict(percentile(times, 95), 30)}), median ${percentile(times, 50).toFixed(1)} ms over ${times.length} queries`,
      `  background JS heap after garbage collection: ${mb(heapBefore).toFixed(1)} MB before, ${mb(heap).toFixed(1)} MB after the import, ${mb(heapWithMatcher).toFixed(1)} MB with the matcher compiled (${mb(Math.max(heap, heapWithMatcher)) < 150 ? 'ok, < 150 MB' : 'OVER 150 MB'})`,
    ];
  } finally {
    await session.close();
    await rm(dir, { recursive: true, force: true });
  }
}
