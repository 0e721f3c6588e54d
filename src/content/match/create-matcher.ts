/**
 * The matcher's public face: `createMatcher(index)` compiles an index (one automaton
 * over every alias and context word) and `loadMatcher(bundle)` loads one compiled at
 * build time (what content scripts do: no compile on the page); either returns an
 * object that scans text in one pass and reports mentions as offsets into the original
 * string.
 *
 * Anchors: a `needsAnchor` alias (a bare surname) is linked only once its entity is
 * anchored — found on the page through an alias without needsAnchor. Pass the page's
 * anchor set to every scan; the scan reads it and adds the entities it anchors.
 */
import type { EntityType } from '../../shared/model';
import type { IndexedEntity, MatcherBundle, MatcherIndex } from '../../shared/matcher-index';
import { unpackPrepared } from './pack';
import { prepare, type Prepared } from './prepare';
import { findCandidates, ScanScratch } from './scan';
import { Selector } from './select';
import { Sieve } from './sieve';

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
  /** Mentions in `text`, leftmost-longest and non-overlapping, in text order. */
  scan(text: string, anchors?: Set<number>): Mention[];
  /** Like `scan`, also returning the matches still waiting for an anchor. */
  scanBlock(text: string, anchors: Set<number>): BlockScan;
  entityType(entity: number): EntityType;
  /** A new sieve: tells, as a block is read, whether it can hold any match (so only those are scanned). */
  sieve(): Sieve;
}

export const DEFAULT_WINDOW = 200;

export function createMatcher(index: MatcherIndex, options: MatcherOptions = {}): Matcher {
  return matcherFrom(index.entities, prepare(index), options);
}

/** The matcher of a bundle the background compiled (src/background/packs/matcher.ts). */
export function loadMatcher(bundle: MatcherBundle, options: MatcherOptions = {}): Matcher {
  const bytes = Uint8Array.fromBase64(bundle.tables);
  return matcherFrom(bundle.entities, unpackPrepared({ bytes, rules: bundle.rules }), options);
}

export function matcherFrom(entities: readonly IndexedEntity[], prepared: Prepared, options: MatcherOptions = {}): Matcher {
  const window = options.window ?? DEFAULT_WINDOW;
  const scratch = new ScanScratch();
  const selector = new Selector(prepared.aliasEntity, prepared.aliasFlags, entities.length);

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
    scan: (text, anchors = new Set()) => scanBlock(text, anchors).mentions,
    scanBlock,
    entityType: (entity) => entities[entity]!.type,
    sieve: () => new Sieve(prepared),
  };
}
