/**
 * The Aho–Corasick automaton over folded UTF-16 code units, packed into typed arrays.
 * States are numbered breadth-first and built level by level from the sorted patterns,
 * so the children of a state are consecutive ids sorted by unit (no edge lists).
 * - The root has a dense 65536-entry transition table.
 * - The shallowest states (where a scan spends most of its time) have dense rows over
 *   the ASCII units the patterns use, failure links already followed: Latin text costs
 *   one table read per unit.
 * - Other transitions search the state's children, following failure links on a miss.
 * Output links chain the patterns ending at a state.
 */

export interface Automaton {
  states: number;
  /** Target of the root's edge per code unit (0 = stay at root). */
  rootNext: Int32Array;
  /** 1 when the code unit occurs in some pattern; any other unit resets to the root. */
  used: Uint8Array;
  /** Column of each ASCII unit in the dense rows (0: not in any pattern). */
  asciiColumn: Uint8Array;
  /** Row width; states below `denseStates` have rows `dense[s * width ..]`. */
  width: number;
  denseStates: number;
  dense: Int32Array;
  /** Unit on the edge into each state. */
  unit: Uint16Array;
  /** Children of state `s`: ids `firstChild[s] .. firstChild[s] + childCount[s]`, sorted by unit. */
  firstChild: Int32Array;
  childCount: Int32Array;
  fail: Int32Array;
  /** Pattern ending exactly at the state, or -1. */
  output: Int32Array;
  /** First state on the failure chain (the state itself included) with an output, or -1. */
  firstHit: Int32Array;
  /** Next state with an output after this one on its failure chain, or -1. */
  nextHit: Int32Array;
}

/** Upper bound on dense-row cells (Int32): 256 KB. */
const DENSE_CELLS = 1 << 16;

/** Child of `s` (not the root) reached by `c`, or -1. */
function childOf(automaton: Automaton, s: number, c: number): number {
  const { unit, firstChild, childCount } = automaton;
  let lo = firstChild[s]!;
  let hi = lo + childCount[s]!;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const u = unit[mid]!;
    if (u === c) return mid;
    if (u < c) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}

/** States linked between two pauses of a sliced build. */
const LINKS_PER_STEP = 2048;

/**
 * Builds the automaton. `patterns` must be non-empty, distinct and sorted by code units
 * (the order of JavaScript string comparison); outputs are indices into it. A generator
 * that pauses between trie levels and every few thousand failure links, so a caller can
 * spread the build over several tasks (see `runSteps`); `buildAutomaton` runs it at once.
 */
export function* buildAutomatonSteps(patterns: readonly Uint16Array[]): Generator<void, Automaton> {
  let total = 1;
  let longest = 0;
  for (const p of patterns) {
    total += p.length;
    longest = Math.max(longest, p.length);
  }
  const unit = new Uint16Array(total);
  const parent = new Int32Array(total);
  const firstChild = new Int32Array(total);
  const childCount = new Int32Array(total);
  const output = new Int32Array(total).fill(-1);
  const used = new Uint8Array(65536);

  // Level by level: at depth d, patterns sharing a prefix are adjacent (sorted), so each
  // new state is one more child of the previous pattern's state, in unit order.
  const active = Int32Array.from(patterns.keys());
  let activeCount = patterns.length;
  const at = new Int32Array(patterns.length);
  let states = 1;
  for (let d = 0; d < longest; d++) {
    let previousParent = -1;
    let previousUnit = -1;
    let kept = 0;
    for (let k = 0; k < activeCount; k++) {
      const p = active[k]!;
      const pattern = patterns[p]!;
      const from = at[p]!;
      const c = pattern[d]!;
      if (from !== previousParent || c !== previousUnit) {
        const s = states++;
        unit[s] = c;
        parent[s] = from;
        if (childCount[from] === 0) firstChild[from] = s;
        childCount[from] = childCount[from]! + 1;
        used[c] = 1;
        previousParent = from;
        previousUnit = c;
      }
      at[p] = states - 1;
      if (pattern.length === d + 1) output[states - 1] = p;
      else active[kept++] = p;
    }
    activeCount = kept;
    yield;
  }

  const rootNext = new Int32Array(65536);
  for (let k = 0; k < childCount[0]!; k++) rootNext[unit[firstChild[0]! + k]!] = firstChild[0]! + k;
  const asciiColumn = new Uint8Array(128);
  let width = 1;
  for (let c = 0; c < 128; c++) if (used[c]) asciiColumn[c] = width++;
  const denseStates = Math.min(states, Math.floor(DENSE_CELLS / width));
  const dense = new Int32Array(denseStates * width);
  for (let c = 0; c < 128; c++) if (asciiColumn[c]) dense[asciiColumn[c]!] = rootNext[c]!;

  const automaton: Automaton = {
    states,
    rootNext,
    used,
    asciiColumn,
    width,
    denseStates,
    dense,
    unit: unit.subarray(0, states),
    firstChild: firstChild.subarray(0, states),
    childCount: childCount.subarray(0, states),
    fail: new Int32Array(states),
    output: output.subarray(0, states),
    firstHit: new Int32Array(states).fill(-1),
    nextHit: new Int32Array(states).fill(-1),
  };
  const { fail, firstHit, nextHit } = automaton;
  for (let s = 1; s < states; s++) {
    if (s % LINKS_PER_STEP === 0) yield;
    const from = parent[s]!;
    const c = unit[s]!;
    // fail(s) = δ(fail(parent), c), read from a dense row when there is one.
    let t = 0;
    if (from !== 0) {
      let f = fail[from]!;
      for (;;) {
        if (c < 128 && f < denseStates) {
          t = dense[f * width + asciiColumn[c]!]!;
          break;
        }
        if (f === 0) {
          t = rootNext[c]!;
          break;
        }
        t = childOf(automaton, f, c);
        if (t !== -1) break;
        f = fail[f]!;
      }
    }
    fail[s] = t;
    const inherited = firstHit[t]!;
    firstHit[s] = output[s]! >= 0 ? s : inherited;
    if (output[s]! >= 0) nextHit[s] = inherited;
    if (s < denseStates) {
      dense.copyWithin(s * width, t * width, t * width + width);
      for (let k = 0; k < childCount[s]!; k++) {
        const child = firstChild[s]! + k;
        if (unit[child]! < 128) dense[s * width + asciiColumn[unit[child]!]!] = child;
      }
    }
  }
  return automaton;
}

/** Runs a stepwise build to the end in one go. */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export function buildAutomaton(patterns: readonly Uint16Array[]): Automaton {
  return runSteps(buildAutomatonSteps(patterns));
}
