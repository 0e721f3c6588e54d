/**
 * Benchmark code that runs inside a page (bundled by scripts/bench/highlight.ts and
 * injected into each freshly loaded page of a browser without the extension): the
 * comparators of the highlight pass. The floor (a TreeWalker reading every text node),
 * a plain RegExp highlighter over the same aliases, and mark.js on the same terms. Each
 * runs once per page load. Exposed as `globalThis.__blBench`.
 */
import Mark from 'mark.js';

/** One alias for the plain-RegExp comparator: its text, and whether it is written in Korean or Japanese (matched bare). */
export interface RegexAlias {
  text: string;
  cjk: boolean;
}

/** Resolves once the page has rendered two frames and is idle. */
function settled(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

/** The floor, once per freshly loaded page, rendered and idle. */
async function floor(): Promise<{ ms: number; characters: number }> {
  await settled();
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let characters = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) characters += (n as Text).data.length;
  return { ms: performance.now() - t0, characters };
}

const SKIPPED_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION']);

/**
 * The simplest highlighter, in one task timed from before its RegExp is built to after its
 * highlight is set: one `giu` RegExp over every alias (longest first, escaped; Latin
 * aliases between letter/digit lookarounds, Korean and Japanese bare), a TreeWalker over
 * the text, a Range per match, one Highlight and one style element. `grouped`: the same,
 * with the Latin aliases in one group between one pair of lookarounds (a variant shown
 * for reference: the engine skips ahead on it, not on the per-alias form).
 */
async function regex(aliases: RegexAlias[], grouped = false): Promise<{ ms: number; matches: number }> {
  await settled();
  const t0 = performance.now();
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const sorted = [...aliases].sort((a, b) => b.text.length - a.text.length);
  const source = grouped
    ? `(?<![\\p{L}\\p{N}])(?:${sorted.filter((a) => !a.cjk).map((a) => escape(a.text)).join('|')})(?![\\p{L}\\p{N}])|${sorted.filter((a) => a.cjk).map((a) => escape(a.text)).join('|')}`
    : sorted.map((a) => (a.cjk ? escape(a.text) : `(?<![\\p{L}\\p{N}])${escape(a.text)}(?![\\p{L}\\p{N}])`)).join('|');
  const re = new RegExp(source, 'giu');
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (parent && SKIPPED_PARENTS.has(parent.tagName)) continue;
    const data = (n as Text).data;
    re.lastIndex = 0;
    for (let m = re.exec(data); m; m = re.exec(data)) {
      const range = new Range();
      range.setStart(n, m.index);
      range.setEnd(n, m.index + m[0].length);
      ranges.push(range);
    }
  }
  const style = document.createElement('style');
  style.textContent = '::highlight(bench-regex) { background-color: #fde68a; }';
  document.head.append(style);
  CSS.highlights.set('bench-regex', new Highlight(...ranges));
  return { ms: performance.now() - t0, matches: ranges.length };
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

(globalThis as { __blBench?: unknown }).__blBench = { floor, regex, markjs };
