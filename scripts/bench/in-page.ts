/**
 * Benchmark code that runs inside a page (bundled by scripts/bench/highlight.ts and
 * injected into each freshly loaded page): our highlight pass with the real
 * content-script modules, mark.js on the same terms, and the floor (a TreeWalker
 * reading every text node). Each runs once per page load. Exposed as `globalThis.__blBench`.
 */
import Mark from 'mark.js';
import { Highlighter } from '../../src/content/highlight/highlighter';
import { loadMatcher } from '../../src/content/match/create-matcher';
import type { MatcherBundle } from '../../src/shared/matcher-index';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';

export interface OursResult {
  ms: number;
  /** Our own work within `ms`: loading the matcher, then the pass's slices (without the page's tasks and frames between them). */
  workMs: number;
  /** Loading the matcher within `workMs`: decoding the tables the background sends and taking views on them. */
  loadMs: number;
  longestSliceMs: number;
  longTasks: number[];
  mentions: number;
  drawn: number;
  characters: number;
}

let highlighter: Highlighter | null = null;

function observeLongTasks(): { stop(): number[] } {
  const tasks: number[] = [];
  let observer: PerformanceObserver | null = null;
  try {
    observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration)));
    observer.observe({ type: 'longtask', buffered: false });
  } catch {
    observer = null;
  }
  return {
    stop() {
      observer?.disconnect();
      return tasks;
    },
  };
}

/** Resolves once the page has rendered two frames and is idle (after the previous run's cleanup). */
function settled(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

/** Our pass, once per freshly loaded page: it starts on a rendered, idle page, as the content script does at document_idle. */
async function ours(bundle: MatcherBundle): Promise<OursResult> {
  await settled();
  const life = new AbortController();
  const host = document.createElement('briefing-lens-ui');
  const long = observeLongTasks();
  const t0 = performance.now();
  const matcher = loadMatcher(bundle);
  const loadMs = performance.now() - t0;
  highlighter = new Highlighter({ scanner: matcher, settings: { ...DEFAULT_SETTINGS }, signal: life.signal, uiHost: () => host });
  const setupMs = performance.now() - t0;
  await highlighter.start();
  const ms = performance.now() - t0;
  await new Promise((r) => setTimeout(r, 0));
  const stats = highlighter.stats!;
  return { ms, workMs: setupMs + stats.workMs, loadMs, longestSliceMs: stats.longestSliceMs, longTasks: long.stop(), mentions: stats.mentions, drawn: stats.drawn, characters: stats.characters };
}

/** Appends a paragraph mentioning entities and measures until its highlights are drawn. */
async function appendParagraph(text: string): Promise<number> {
  if (!highlighter) throw new Error('run ours() first');
  const p = document.createElement('p');
  p.textContent = text;
  const t0 = performance.now();
  document.body.appendChild(p);
  await new Promise<void>((r) => queueMicrotask(r));
  await highlighter.idle();
  return performance.now() - t0;
}

/** The floor, once per freshly loaded page, on the same rendered, idle page our pass starts from. */
async function floor(): Promise<{ ms: number; characters: number }> {
  await settled();
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let characters = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) characters += (n as Text).data.length;
  return { ms: performance.now() - t0, characters };
}

/** mark.js on the same terms; a page where it throws (e.g. its regex overflows the stack) reports the error and the time until then. */
function markjs(terms: string[]): Promise<{ ms: number; marks: number; error?: string }> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    let marks = 0;
    try {
      new Mark(document.body).mark(terms, {
        separateWordSearch: false,
        each: () => {
          marks++;
        },
        done: () => resolve({ ms: performance.now() - t0, marks }),
      });
    } catch (error) {
      resolve({ ms: performance.now() - t0, marks, error: error instanceof Error ? error.message : String(error) });
    }
  });
}

(globalThis as { __blBench?: unknown }).__blBench = { ours, appendParagraph, floor, markjs };
