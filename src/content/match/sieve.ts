/**
 * The matcher's sieve: while a block's text is read piece by piece (text node by text
 * node), tells whether the block can hold a match: whether an alias occurs in the
 * block's folded text with its word boundaries satisfied. It folds and walks in one
 * step and keeps only a short ring of recent folded units, so reading a page costs a
 * table lookup and a transition per character and stores nothing. It is exact up to
 * the alias rules: a block it rejects has no candidate at all (same fold as `foldInto`,
 * same automaton and boundary checks as the scan), so only the blocks it passes need
 * the full scan, which then applies case, before/after words, anchors and context.
 */
import { isUsed, transition } from './automaton';
import { WORD, charClass } from './char-class';
import { DOT, DROP, HIGH_SHIFT, HIGH_START, IDEOGRAPHIC_SPACE, isAsciiAlnum, LOW_END, LOWER, SPACE } from '../../shared/fold/match';
import type { Prepared } from './prepare';

/** Folded units kept for start-boundary checks; a longer match is passed unchecked. */
const RING = 256;

/** What `matchesEndingAt` finds. */
const NONE = 0;
const PENDING = 1;
const PASS = 2;

export class Sieve {
  private state = 0;
  /** Folded length so far, where `foldInto` last dropped a dot, and the last folded units (by position mod RING). */
  private length = 0;
  private droppedDotAt = -1;
  private readonly ring = new Uint16Array(RING);
  /** A match ended at the last unit and holds if the next unit is not a word character. */
  private pendingEnd = false;
  private passed = false;

  constructor(private readonly prepared: Prepared) {}

  /** Starts a new block. */
  reset(): void {
    this.state = 0;
    this.length = 0;
    this.droppedDotAt = -1;
    this.pendingEnd = false;
    this.passed = false;
  }

  /** Feeds the next piece of the block's text; true once the block read so far holds a match. */
  feed(text: string): boolean {
    if (this.passed) return true;
    const automaton = this.prepared.automaton;
    const { used, asciiColumn, width, denseStates, dense, firstHit } = automaton;
    const table = LOWER;
    const ring = this.ring;
    let s = this.state;
    let n = this.length;
    let droppedDotAt = this.droppedDotAt;
    let pendingEnd = this.pendingEnd;
    const end = text.length;
    for (let i = 0; i < end; i++) {
      const u = text.charCodeAt(i);
      const c = u < LOW_END ? table[u]! : u >= HIGH_START ? table[u - HIGH_SHIFT]! : u === IDEOGRAPHIC_SPACE ? SPACE : u;
      if (c <= DOT || c === DROP) {
        if (c === DROP || (c === SPACE && (n === 0 || ring[(n - 1) % RING] === SPACE))) continue;
        if (c === DOT && n > 0) {
          const last = ring[(n - 1) % RING]!;
          if (last >= 0x61 && last <= 0x7a && (n === 1 || droppedDotAt === n - 1 || !isAsciiAlnum(ring[(n - 2) % RING]!))) {
            droppedDotAt = n;
            continue;
          }
        }
      }
      if (pendingEnd) {
        if (charClass(c) !== WORD) return this.pass();
        pendingEnd = false;
      }
      ring[n % RING] = c;
      n++;
      if (c < 128 && s < denseStates) s = dense[s * width + asciiColumn[c]!]!;
      else if (!isUsed(used, c)) {
        s = 0;
        continue;
      } else s = transition(automaton, s, c);
      if (firstHit[s] !== -1) {
        const ends = this.matchesEndingAt(s, n);
        if (ends === PASS) return this.pass();
        if (ends === PENDING) pendingEnd = true;
      }
    }
    this.state = s;
    this.length = n;
    this.droppedDotAt = droppedDotAt;
    this.pendingEnd = pendingEnd;
    return false;
  }

  /** Ends the block; true if it holds a match (one waiting only for the block's end counts). */
  end(): boolean {
    return this.passed || this.pendingEnd;
  }

  private pass(): true {
    this.passed = true;
    return true;
  }

  /**
   * For the patterns ending at folded length `n` in state `s`: PASS when an alias pattern
   * among them has its start boundary and needs no end boundary, PENDING when one needs a
   * non-word unit next, else NONE.
   */
  private matchesEndingAt(s: number, n: number): number {
    const { automaton, patternLength, patternStartRule, patternEndRule, aliasStart } = this.prepared;
    const { output, firstHit, nextHit } = automaton;
    let result = NONE;
    for (let h = firstHit[s]!; h !== -1; h = nextHit[h]!) {
      const p = output[h]!;
      if (aliasStart[p] === aliasStart[p + 1]) continue;
      const start = n - patternLength[p]!;
      const rule = patternStartRule[p]!;
      if (rule !== 0 && start > 0 && n - start < RING && charClass(this.ring[(start - 1) % RING]!) === rule) continue;
      if (patternEndRule[p] === 0) return PASS;
      result = PENDING;
    }
    return result;
  }
}
