/**
 * The Aho–Corasick automaton over folded UTF-16 code units, packed into typed arrays.
 * States are numbered breadth-first and built level by level from the sorted patterns,
 * so the children of a state are consecutive ids sorted by unit (no edge lists).
 * - The shallowest states (where a scan spends most of its time, the root first) have
 *   dense rows over the ASCII units the patterns use, failure links already followed:
 *   Latin text costs one table read per unit.
 * - A bit set of the units any pattern uses sends every other unit straight to the root.
 * - Other transitions search the state's children, following failure links on a miss.
 * Output links chain the patterns ending at a state.
 * Every table is a plain typed array, so the build packs them as they are for content
 * scripts (pack.ts), which then use them without computing anything.
 */

/**
 * An integer table: Int32, or Int16 where a packed bundle stored it in 16 bits (pack.ts).
 * Every table of one matcher comes from one source, so each read site sees one type.
 */
export type Ints = Int32Array | Int16Array;

export interface Automaton {
  states: number;
  /** Bit set of the code units that occur in some pattern; any other unit resets to the root. */
  used: Ints;
  /** Column of each ASCII unit in the dense rows (0: not in any pattern). */
  asciiColumn: Uint8Array;
  /** Row width; states below `denseStates` have rows `dense[s * width ..]`. */
  width: number;
  denseStates: number;
  dense: Ints;
  /** Unit on the edge into each state. */
  unit: Uint16Array;
  /** Children of state `s`: ids `firstChild[s] .. firstChild[s] + childCount[s]`, sorted by unit. */
  firstChild: Ints;
  childCount: Ints;
  fail: Ints;
  /** Pattern ending exactly at the state, or -1. */
  output: Ints;
  /** First state on the failure chain (the state itself included) with an output, or -1. */
  firstHit: Ints;
  /** Next state with an output after this one on its failure chain, or -1. */
  nextHit: Ints;
}

/** Upper bound on dense-row cells: 128 KB as Int32, 64 KB when packed as Int16. */
const DENSE_CELLS = 1 << 15;

/** Whether some pattern uses code unit `c`. */
export function isUsed(used: Ints, c: number): boolean {
  return ((used[c >>> 5]! >>> (c & 31)) & 1) === 1;
}

/**
 * The state after `s` on unit `c`, for the steps a scan does not take inline (inline: a
 * dense row for ASCII units at shallow states, the root for units no pattern uses).
 */
export function transition(automaton: Automaton, s: number, c: number): number {
  const { asciiColumn, width, denseStates, dense, unit, firstChild, childCount, fail } = automaton;
  for (;;) {
    if (c < 128 && s < denseStates) return dense[s * width + asciiColumn[c]!]!;
    let lo = firstChild[s]!;
    let hi = lo + childCount[s]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const u = unit[mid]!;
      if (u === c) return mid;
      if (u < c) lo = mid + 1;
      else hi = mid;
    }
    if (s === 0) return 0;
    s = fail[s]!;
  }
}

/**
 * Builds the automaton. `patterns` must be non-empty, distinct and sorted by code units
 * (the order of JavaScript string comparison); outputs are indices into it.
 */
export function buildAutomaton(patterns: readonly Uint16Array[]): Automaton {
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
        previousParent = from;
        previousUnit = c;
      }
      at[p] = states - 1;
      if (pattern.length === d + 1) output[states - 1] = p;
      else active[kept++] = p;
    }
    activeCount = kept;
  }

  const used = new Int32Array(2048);
  for (let s = 1; s < states; s++) used[unit[s]! >>> 5] = used[unit[s]! >>> 5]! | (1 << (unit[s]! & 31));
  const asciiColumn = new Uint8Array(128);
  let width = 1;
  for (let c = 0; c < 128; c++) if (isUsed(used, c)) asciiColumn[c] = width++;
  const denseStates = Math.min(states, Math.floor(DENSE_CELLS / width));
  const automaton: Automaton = {
    states,
    used,
    asciiColumn,
    width,
    denseStates,
    dense: new Int32Array(denseStates * width),
    unit: unit.subarray(0, states),
    firstChild: firstChild.subarray(0, states),
    childCount: childCount.subarray(0, states),
    fail: new Int32Array(states),
    output: output.subarray(0, states),
    firstHit: new Int32Array(states).fill(-1),
    nextHit: new Int32Array(states).fill(-1),
  };
  const { dense, fail, firstHit, nextHit } = automaton;
  // Breadth-first, so everything a state's links read (shallower states) is complete.
  for (let s = 0; s < states; s++) {
    // fail(s) = δ(fail(parent), c); the root's children fail to the root.
    const t = s === 0 || parent[s] === 0 ? 0 : transition(automaton, fail[parent[s]!]!, unit[s]!);
    fail[s] = t;
    if (output[s]! >= 0) {
      firstHit[s] = s;
      nextHit[s] = firstHit[t]!;
    } else if (s > 0) {
      firstHit[s] = firstHit[t]!;
    }
    if (s < denseStates) {
      if (s > 0) dense.copyWithin(s * width, t * width, t * width + width);
      const last = firstChild[s]! + childCount[s]!;
      for (let child = firstChild[s]!; child < last; child++) {
        if (unit[child]! < 128) dense[s * width + asciiColumn[unit[child]!]!] = child;
      }
    }
  }
  return automaton;
}
