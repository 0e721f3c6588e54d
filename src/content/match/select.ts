/**
 * Chooses the mentions among candidates: leftmost-longest, never overlapping, and
 * `needsAnchor` aliases only for entities anchored on the page (the page's anchor set,
 * or a mention in this text through an alias without needsAnchor — before or after).
 * Candidates that still wait for an anchor are returned as `pending`.
 */
import type { Ints } from './automaton';
import type { Triples } from './candidates';
import { NEEDS_ANCHOR } from './prepare';

/** Candidate indices picked, in text order. */
export interface Selection {
  chosen: number[];
  pending: number[];
}

const DIRECT = 0;
const ANCHORED = 1;
const PENDING = 2;

export class Selector {
  private order = new Int32Array(64);
  /** Per entity: 1 when a direct mention in the current text anchors it. */
  private readonly here: Uint8Array;

  constructor(
    private readonly aliasEntity: Ints,
    private readonly aliasFlags: Uint8Array,
    entities: number,
  ) {
    this.here = new Uint8Array(entities);
  }

  /** Selects mentions; adds the entities this text anchors to `anchors`. */
  select(candidates: Triples, anchors: Set<number>): Selection {
    const count = candidates.length;
    if (count === 0) return { chosen: [], pending: [] };
    const { aliasEntity, aliasFlags, here } = this;
    const order = this.sort(candidates);
    let anchorCandidates = 0;
    for (let k = 0; k < count; k++) if (aliasFlags[candidates.c[k]!]! & NEEDS_ANCHOR) anchorCandidates++;

    const direct = this.greedy(order, candidates, DIRECT, anchors, []);
    if (anchorCandidates === 0) {
      for (const k of direct) anchors.add(aliasEntity[candidates.c[k]!]!);
      return { chosen: direct, pending: [] };
    }
    for (const k of direct) here[aliasEntity[candidates.c[k]!]!] = 1;
    const withAnchored = this.greedy(order, candidates, ANCHORED, anchors, []);
    for (const k of direct) here[aliasEntity[candidates.c[k]!]!] = 0;
    // A longer anchored alias may have displaced the only direct mention of an entity.
    const chosen: number[] = [];
    for (const k of withAnchored) if (!(aliasFlags[candidates.c[k]!]! & NEEDS_ANCHOR)) here[aliasEntity[candidates.c[k]!]!] = 1;
    for (const k of withAnchored) {
      const entity = aliasEntity[candidates.c[k]!]!;
      if (!(aliasFlags[candidates.c[k]!]! & NEEDS_ANCHOR) || here[entity] || anchors.has(entity)) chosen.push(k);
    }
    const pending = this.greedy(order, candidates, PENDING, anchors, chosen);
    for (const k of withAnchored) {
      const entity = aliasEntity[candidates.c[k]!]!;
      if (here[entity]) {
        anchors.add(entity);
        here[entity] = 0;
      }
    }
    return { chosen, pending };
  }

  /** Candidate indices by start, then longest first, then direct before needsAnchor, then alias order. */
  private sort(candidates: Triples): Int32Array {
    const count = candidates.length;
    if (this.order.length < count) this.order = new Int32Array(Math.max(count, this.order.length * 2));
    const order = this.order;
    const { a: start, b: end, c: alias } = candidates;
    const flags = this.aliasFlags;
    // Candidates arrive by end, so they are nearly sorted by start: insertion sort.
    for (let k = 0; k < count; k++) {
      const s = start[k]!;
      const e = end[k]!;
      const f = flags[alias[k]!]! & NEEDS_ANCHOR;
      const a = alias[k]!;
      let j = k;
      while (j > 0) {
        const o = order[j - 1]!;
        const os = start[o]!;
        const oe = end[o]!;
        const of = flags[alias[o]!]! & NEEDS_ANCHOR;
        const before = s < os || (s === os && (e > oe || (e === oe && (f < of || (f === of && a < alias[o]!)))));
        if (!before) break;
        order[j] = o;
        j--;
      }
      order[j] = k;
    }
    return order;
  }

  /**
   * Greedy leftmost-longest pick, avoiding `blocked` picks, among: DIRECT — aliases without
   * needsAnchor; ANCHORED — those and anchored needsAnchor ones; PENDING — unanchored
   * needsAnchor ones.
   */
  private greedy(order: Int32Array, candidates: Triples, mode: number, anchors: Set<number>, blocked: number[]): number[] {
    const { a: start, b: end, c: alias } = candidates;
    const { aliasEntity, aliasFlags, here } = this;
    const picked: number[] = [];
    let reach = -1;
    let b = 0;
    for (let i = 0; i < candidates.length; i++) {
      const k = order[i]!;
      const s = start[k]!;
      if (s < reach) continue;
      const needsAnchor = (aliasFlags[alias[k]!]! & NEEDS_ANCHOR) !== 0;
      if (needsAnchor) {
        if (mode === DIRECT) continue;
        const entity = aliasEntity[alias[k]!]!;
        const anchored = here[entity] === 1 || anchors.has(entity);
        // ANCHORED takes anchored ones, PENDING the others.
        if (anchored === (mode === PENDING)) continue;
      } else if (mode === PENDING) {
        continue;
      }
      while (b < blocked.length && end[blocked[b]!]! <= s) b++;
      if (b < blocked.length && start[blocked[b]!]! < end[k]!) continue;
      picked.push(k);
      reach = end[k]!;
    }
    return picked;
  }
}
