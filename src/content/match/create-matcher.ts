/**
 * The matcher's public face: `createMatcher(index)` compiles the index once (one
 * automaton over every alias and context word) and returns an object that scans text in
 * one pass and reports mentions as offsets into the original string;
 * `createMatcherInSlices` does the same compile in slices that give way to the page.
 *
 * Anchors: a `needsAnchor` alias (a bare surname) is linked only once its entity is
 * anchored — found on the page through an alias without needsAnchor. Pass the page's
 * anchor set to every scan; the scan reads it and adds the entities it anchors.
 */
import type { EntityType } from '../../shared/model';
import type { MatcherIndex } from '../../shared/matcher-index';
import { prepare, prepareSteps, type Prepared } from './prepare';
import { findCandidates, ScanScratch } from './scan';
import { Selector } from './select';

export interface Mention {
  /** UTF-16 offsets into the scanned text, `end` exclusive. */
  start: number;
  end: number;
  /** Position in `MatcherIndex.entities`. */
  entity: number;
  /** Position in `MatcherIndex.aliases`. */
  alias: number;
}

export interface BlockScan {
  mentions: Mention[];
  /**
   * needsAnchor matches whose entity is not anchored yet (not overlapping any mention):
   * link them if a later scan anchors their entity.
   */
  pending: Mention[];
}

export interface MatcherOptions {
  /** Characters either side of a match searched for requireNear / rejectNear words (default 200). */
  window?: number;
}

export interface Matcher {
  readonly index: MatcherIndex;
  /** Mentions in `text`, leftmost-longest and non-overlapping, in text order. */
  scan(text: string, anchors?: Set<number>): Mention[];
  /** Like `scan`, also returning the matches still waiting for an anchor. */
  scanBlock(text: string, anchors: Set<number>): BlockScan;
  entityType(entity: number): EntityType;
}

export const DEFAULT_WINDOW = 200;

export function createMatcher(index: MatcherIndex, options: MatcherOptions = {}): Matcher {
  return matcherFrom(index, prepare(index), options);
}

/** How a sliced build shares the thread: when a slice ends, and how to give way. */
export interface Slicing {
  /** The end of a new slice, as a `performance.now()` value. */
  deadline(): number;
  pause(): Promise<void>;
}

/**
 * `createMatcher` spread over slices (the content script's start-up on a busy page: a
 * cold build takes tens of milliseconds before the engine has optimised it).
 */
export async function createMatcherInSlices(index: MatcherIndex, slicing: Slicing, options: MatcherOptions = {}): Promise<Matcher> {
  const steps = prepareSteps(index);
  let end = slicing.deadline();
  for (;;) {
    const step = steps.next();
    if (step.done) return matcherFrom(index, step.value, options);
    if (performance.now() >= end) {
      await slicing.pause();
      end = slicing.deadline();
    }
  }
}

function matcherFrom(index: MatcherIndex, prepared: Prepared, options: MatcherOptions): Matcher {
  const window = options.window ?? DEFAULT_WINDOW;
  const scratch = new ScanScratch();
  const selector = new Selector(prepared.aliasEntity, prepared.aliasFlags, index.entities.length);

  const scanBlock = (text: string, anchors: Set<number>): BlockScan => {
    findCandidates(prepared, text, scratch, window);
    const { buffer, candidates } = scratch;
    const { chosen, pending } = selector.select(candidates, anchors);
    const toMention = (k: number): Mention => {
      const alias = candidates.c[k]!;
      return {
        start: buffer.origin(candidates.a[k]!),
        end: buffer.origin(candidates.b[k]!),
        entity: prepared.aliasEntity[alias]!,
        alias,
      };
    };
    return { mentions: chosen.map(toMention), pending: pending.map(toMention) };
  };

  return {
    index,
    scan: (text, anchors = new Set()) => scanBlock(text, anchors).mentions,
    scanBlock,
    entityType: (entity) => index.entities[entity]!.type,
  };
}
