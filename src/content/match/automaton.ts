/**
 * The Aho–Corasick automaton over folded UTF-16 code units, as a deterministic machine
 * packed into typed arrays. States are numbered breadth-first (shallow states first).
 * - The root has a dense 65536-entry transition table.
 * - The shallow states (where a scan spends most of its time) also have dense rows over
 *   the ASCII units the patterns use, so Latin text costs one table read per unit.
 * - Every other transition is in a per-state list sorted by unit, failure links already
 *   resolved; a unit not listed leads to the root's table.
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
  /** Transitions of state `s`: `edgeStart[s] .. edgeEnd[s]`, sorted by unit. */
  edgeStart: Int32Array;
  edgeEnd: Int32Array;
  edgeUnit: Uint16Array;
  edgeTarget: Int32Array;
  /** Pattern ending exactly at the state, or -1. */
  output: Int32Array;
  /** First state on the failure chain (the state itself included) with an output, or -1. */
  firstHit: Int32Array;
  /** Next state with an output after this one on its failure chain, or -1. */
  nextHit: Int32Array;
}

/** Upper bound on dense-row cells (Int32), to keep large indexes' memory in check. */
const DENSE_CELLS = 1 << 18;

interface Trie {
  states: number;
  /** The root's child per code unit (0: none). */
  rootChild: Int32Array;
  firstChild: Int32Array;
  sibling: Int32Array;
  unit: Uint16Array;
  output: Int32Array;
}

function buildTrie(patterns: readonly Uint16Array[]): Trie {
  let total = 1;
  for (const p of patterns) total += p.length;
  const firstChild = new Int32Array(total).fill(-1);
  const sibling = new Int32Array(total).fill(-1);
  const unit = new Uint16Array(total);
  const output = new Int32Array(total).fill(-1);
  const rootChild = new Int32Array(65536);
  let states = 1;
  for (let p = 0; p < patterns.length; p++) {
    const pattern = patterns[p]!;
    let s = 0;
    for (let k = 0; k < pattern.length; k++) {
      const c = pattern[k]!;
      let t = -1;
      if (s === 0) {
        t = rootChild[c]! || -1;
      } else {
        for (let e = firstChild[s]!; e !== -1; e = sibling[e]!) {
          if (unit[e] === c) {
            t = e;
            break;
          }
        }
      }
      if (t === -1) {
        t = states++;
        unit[t] = c;
        sibling[t] = firstChild[s]!;
        firstChild[s] = t;
        if (s === 0) rootChild[c] = t;
      }
      s = t;
    }
    output[s] = p;
  }
  return { states, rootChild, firstChild, sibling, unit, output };
}

/** The same trie with states renumbered breadth-first and children sorted by unit. */
function breadthFirst(trie: Trie): Trie {
  const { states, rootChild, firstChild, sibling, unit, output } = trie;
  const order = new Int32Array(states);
  const firstRank = new Int32Array(states).fill(-1);
  const childCount = new Int32Array(states);
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const s = order[head]!;
    if (firstChild[s] === -1) continue;
    // Append the children, insertion-sorted by unit.
    const first = tail;
    for (let v = firstChild[s]!; v !== -1; v = sibling[v]!) {
      let k = tail++;
      while (k > first && unit[order[k - 1]!]! > unit[v]!) {
        order[k] = order[k - 1]!;
        k--;
      }
      order[k] = v;
    }
    firstRank[head] = first;
    childCount[head] = tail - first;
  }
  const rank = new Int32Array(states);
  for (let s = 0; s < states; s++) rank[order[s]!] = s;
  for (let v = firstChild[0]!; v !== -1; v = sibling[v]!) rootChild[unit[v]!] = rank[v]!;
  const out: Trie = {
    states,
    rootChild,
    firstChild: firstRank,
    sibling: new Int32Array(states).fill(-1),
    unit: new Uint16Array(states),
    output: new Int32Array(states),
  };
  for (let s = 0; s < states; s++) {
    const old = order[s]!;
    out.unit[s] = unit[old]!;
    out.output[s] = output[old]!;
    // Children of a state are consecutive in breadth-first order.
    const first = firstRank[s]!;
    for (let k = 0; k < childCount[s]! - 1; k++) out.sibling[first + k] = first + k + 1;
  }
  return out;
}

/** Builds the automaton; `patterns` must be distinct and non-empty. */
export function buildAutomaton(patterns: readonly Uint16Array[]): Automaton {
  const { states, rootChild: rootNext, firstChild, sibling, unit, output } = breadthFirst(buildTrie(patterns));
  const used = new Uint8Array(65536);
  for (let s = 1; s < states; s++) used[unit[s]!] = 1;

  const childOf = (s: number, c: number): number => {
    if (s === 0) return rootNext[c]!;
    for (let v = firstChild[s]!; v !== -1; v = sibling[v]!) if (unit[v] === c) return v;
    return -1;
  };
  const fail = new Int32Array(states);
  const firstHit = new Int32Array(states).fill(-1);
  const nextHit = new Int32Array(states).fill(-1);
  for (let s = 0; s < states; s++) {
    for (let v = firstChild[s]!; v !== -1; v = sibling[v]!) {
      let t = 0;
      if (s !== 0) {
        let f = fail[s]!;
        t = childOf(f, unit[v]!);
        while (t === -1) {
          f = fail[f]!;
          t = childOf(f, unit[v]!);
        }
      }
      fail[v] = t;
      const inherited = firstHit[t]!;
      firstHit[v] = output[v]! >= 0 ? v : inherited;
      if (output[v]! >= 0) nextHit[v] = inherited;
    }
  }

  // Resolved edges: the state's own edges merged with its failure state's resolved edges.
  const edgeStart = new Int32Array(states);
  const edgeEnd = new Int32Array(states);
  let edgeUnit = new Uint16Array(Math.max(16, states * 2));
  let edgeTarget = new Int32Array(edgeUnit.length);
  let edges = 0;
  for (let s = 1; s < states; s++) {
    const f = fail[s]!;
    const inheritedTo = edgeEnd[f]!;
    let b = edgeStart[f]!;
    let own = firstChild[s]!;
    let ownCount = 0;
    for (let v = own; v !== -1; v = sibling[v]!) ownCount++;
    const needed = edges + ownCount + (inheritedTo - b);
    if (needed > edgeUnit.length) {
      const size = Math.max(needed, edgeUnit.length * 2);
      const units = new Uint16Array(size);
      const targets = new Int32Array(size);
      units.set(edgeUnit);
      targets.set(edgeTarget);
      edgeUnit = units;
      edgeTarget = targets;
    }
    edgeStart[s] = edges;
    while (own !== -1 || b < inheritedTo) {
      const ownUnit = own !== -1 ? unit[own]! : 0x10000;
      const inheritedUnit = b < inheritedTo ? edgeUnit[b]! : 0x10000;
      if (ownUnit <= inheritedUnit) {
        edgeUnit[edges] = ownUnit;
        edgeTarget[edges++] = own;
        own = sibling[own]!;
        if (ownUnit === inheritedUnit) b++;
      } else {
        edgeUnit[edges] = inheritedUnit;
        edgeTarget[edges++] = edgeTarget[b++]!;
      }
    }
    edgeEnd[s] = edges;
  }

  // Dense rows over the ASCII units in use, for the shallowest states.
  const asciiColumn = new Uint8Array(128);
  let width = 1;
  for (let c = 0; c < 128; c++) if (used[c]) asciiColumn[c] = width++;
  const denseStates = Math.min(states, Math.floor(DENSE_CELLS / width));
  const dense = new Int32Array(denseStates * width);
  for (let c = 0; c < 128; c++) if (asciiColumn[c]) dense[asciiColumn[c]!] = rootNext[c]!;
  for (let s = 1; s < denseStates; s++) {
    dense.copyWithin(s * width, fail[s]! * width, fail[s]! * width + width);
    for (let v = firstChild[s]!; v !== -1; v = sibling[v]!) {
      const c = unit[v]!;
      if (c < 128) dense[s * width + asciiColumn[c]!] = v;
    }
  }

  return {
    states,
    rootNext,
    used,
    asciiColumn,
    width,
    denseStates,
    dense,
    edgeStart,
    edgeEnd,
    edgeUnit: edgeUnit.subarray(0, edges),
    edgeTarget: edgeTarget.subarray(0, edges),
    output,
    firstHit,
    nextHit,
  };
}
