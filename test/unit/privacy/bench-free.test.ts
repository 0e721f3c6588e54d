// The shipped bundles carry no bench code: built as `npm run build` builds them (both
// browsers, into a temp folder), no bundle writes a User Timing mark or measure, and none
// holds the bench's mark names. The same checks over a bench build find them, so the markers
// below do name what the bench compiles in. The hover card and the highlight pass are timed
// from outside the page (scripts/bench/card.ts, scripts/bench/highlight.ts): no build marks them.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExtension } from '../../../scripts/lib/build';
import { TARGETS, type Target } from '../../../scripts/lib/manifest';
import { PAGE_FILLED_MARK, RESULTS_MARK } from '../../../src/popup/perf-marks';

type Bundles = Map<Target, Map<string, string>>;

let outDir: string;
const shipped: Bundles = new Map();
const bench: Bundles = new Map();

async function readBundles(dir: string, into: Bundles): Promise<void> {
  for (const target of TARGETS) {
    const texts = new Map<string, string>();
    for (const name of await readdir(join(dir, target))) {
      if (name.endsWith('.js')) texts.set(name, await readFile(join(dir, target, name), 'utf8'));
    }
    into.set(target, texts);
  }
}

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'briefing-lens-bench-free-'));
  await buildExtension({ outDir: join(outDir, 'shipped') });
  await buildExtension({ outDir: join(outDir, 'bench'), bench: true });
  await readBundles(join(outDir, 'shipped'), shipped);
  await readBundles(join(outDir, 'bench'), bench);
}, 120_000);

afterAll(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

/** Writing or clearing User Timing entries. */
const USER_TIMING = /\bperformance\s*\.\s*(mark|measure|clearMarks|clearMeasures)\b/;
/** What the bench-only code compiles to, bundle by bundle: its mark names. */
const BENCH_MARKERS: Record<string, string[]> = {
  'popup.js': [PAGE_FILLED_MARK, RESULTS_MARK],
};
/** The bundles whose bench build writes User Timing marks. */
const MARKING = ['popup.js'];
/** The prefix the card's marks had: no build, bench or shipped, marks the card any more. */
const CARD_MARK_PREFIX = 'briefing-lens:card-';

describe.each(TARGETS)('%s: the shipped bundles carry no bench code', (target) => {
  it('builds the five bundles', () => {
    expect([...shipped.get(target)!.keys()].sort()).toEqual(['background.js', 'content.js', 'options.js', 'popup.js', 'sidepanel.js']);
  });

  it('no bundle writes a User Timing mark or measure', () => {
    for (const [name, text] of shipped.get(target)!) expect(USER_TIMING.exec(text)?.[0], name).toBeUndefined();
  });

  it("no bundle holds the bench's mark names", () => {
    const all = [...Object.values(BENCH_MARKERS).flat()];
    for (const [name, text] of shipped.get(target)!) for (const marker of all) expect(text.includes(marker), `${name}: ${marker}`).toBe(false);
  });

  it('the bench build has them, where the bench reads them', () => {
    const texts = bench.get(target)!;
    for (const [name, markers] of Object.entries(BENCH_MARKERS)) {
      if (MARKING.includes(name)) expect(texts.get(name), name).toMatch(USER_TIMING);
      for (const marker of markers) expect(texts.get(name)!.includes(marker), `${name}: ${marker}`).toBe(true);
    }
  });

  it('no build marks the hover card or the highlight pass: their benchmarks time them from outside the page', () => {
    for (const bundles of [shipped, bench]) {
      const content = bundles.get(target)!.get('content.js')!;
      expect(content.includes(CARD_MARK_PREFIX)).toBe(false);
      for (const figure of ['longestSliceMs', 'workMs']) expect(content.includes(figure), figure).toBe(false);
      expect(content).not.toMatch(USER_TIMING);
    }
  });
});
