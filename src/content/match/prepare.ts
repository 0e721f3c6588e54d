/**
 * Turns a `MatcherIndex` into the matcher's runtime tables: every alias and every
 * context word (requireNear/rejectNear) folded once, deduplicated into patterns of one
 * automaton, with per-pattern boundary rules and per-alias rule data (flags in a typed
 * array for the hot path, folded rule words for the rare checks).
 */
import type { MatcherIndex } from '../../shared/matcher-index';
import { buildAutomaton, type Automaton } from './automaton';
import { endRule, startRule } from './boundary';
import { foldString } from './fold';

export const CASE_SENSITIVE = 1;
export const NEEDS_ANCHOR = 2;
export const REJECT_BEFORE = 4;
export const REJECT_AFTER = 8;
export const NEAR_RULES = 16;

/** Rule data of one alias, only for aliases that have such rules. */
export interface AliasRules {
  /** Case-kept folded alias text, compared when the alias is case-sensitive. */
  cased: Uint16Array | null;
  rejectBefore: Uint16Array[];
  rejectAfter: Uint16Array[];
  /** Context word ids. */
  requireNear: number[];
  rejectNear: number[];
}

export interface Prepared {
  automaton: Automaton;
  /** Per pattern: folded length, start and end boundary rules. */
  patternLength: Int32Array;
  patternStartRule: Uint8Array;
  patternEndRule: Uint8Array;
  /** Aliases of pattern p: `patternAliases[aliasStart[p] .. aliasStart[p + 1]]`. */
  aliasStart: Int32Array;
  patternAliases: Int32Array;
  /** Context word id of each pattern, or -1. */
  patternContext: Int32Array;
  /** Per alias: entity and rule flags. */
  aliasEntity: Int32Array;
  aliasFlags: Uint8Array;
  aliasRules: (AliasRules | null)[];
  contextWords: number;
  maxContextLength: number;
}

export function prepare(index: MatcherIndex): Prepared {
  const patterns: Uint16Array[] = [];
  const patternIds = new Map<string, number>();
  const aliasesOf: number[][] = [];
  const contextOf: number[] = [];
  let contextWords = 0;
  let maxContextLength = 0;

  const patternId = (lower: Uint16Array): number => {
    const key = String.fromCharCode(...lower);
    let id = patternIds.get(key);
    if (id === undefined) {
      id = patterns.length;
      patternIds.set(key, id);
      patterns.push(lower);
      aliasesOf.push([]);
      contextOf.push(-1);
    }
    return id;
  };
  const contextWord = (word: string): number => {
    const { lower } = foldString(word);
    if (lower.length === 0) return -1;
    const p = patternId(lower);
    if (contextOf[p] === -1) {
      contextOf[p] = contextWords++;
      maxContextLength = Math.max(maxContextLength, lower.length);
    }
    return contextOf[p]!;
  };
  const ruleWords = (words: string[] | undefined): Uint16Array[] =>
    (words ?? []).map((w) => foldString(w).lower).filter((w) => w.length > 0);
  const contextIds = (words: string[] | undefined): number[] =>
    (words ?? []).map(contextWord).filter((id) => id >= 0);

  const aliasCount = index.aliases.length;
  const aliasEntity = new Int32Array(aliasCount);
  const aliasFlags = new Uint8Array(aliasCount);
  const aliasRules: (AliasRules | null)[] = new Array<AliasRules | null>(aliasCount).fill(null);

  for (let a = 0; a < aliasCount; a++) {
    const alias = index.aliases[a]!;
    aliasEntity[a] = alias.entity;
    const { lower, cased } = foldString(alias.text);
    if (lower.length === 0) continue;
    aliasesOf[patternId(lower)]!.push(a);
    const rules: AliasRules = {
      cased: alias.caseSensitive ? cased : null,
      rejectBefore: ruleWords(alias.rejectBefore),
      rejectAfter: ruleWords(alias.rejectAfter),
      requireNear: contextIds(alias.requireNear),
      rejectNear: contextIds(alias.rejectNear),
    };
    let flags = 0;
    if (rules.cased) flags |= CASE_SENSITIVE;
    if (alias.needsAnchor) flags |= NEEDS_ANCHOR;
    if (rules.rejectBefore.length > 0) flags |= REJECT_BEFORE;
    if (rules.rejectAfter.length > 0) flags |= REJECT_AFTER;
    if (rules.requireNear.length > 0 || rules.rejectNear.length > 0) flags |= NEAR_RULES;
    aliasFlags[a] = flags;
    if (flags & ~NEEDS_ANCHOR) aliasRules[a] = rules;
  }

  const count = patterns.length;
  const patternLength = new Int32Array(count);
  const patternStartRule = new Uint8Array(count);
  const patternEndRule = new Uint8Array(count);
  const aliasStart = new Int32Array(count + 1);
  let listed = 0;
  for (let p = 0; p < count; p++) {
    const pattern = patterns[p]!;
    patternLength[p] = pattern.length;
    patternStartRule[p] = startRule(pattern[0]!);
    patternEndRule[p] = endRule(pattern[pattern.length - 1]!);
    aliasStart[p] = listed;
    listed += aliasesOf[p]!.length;
  }
  aliasStart[count] = listed;
  const patternAliases = new Int32Array(listed);
  for (let p = 0; p < count; p++) patternAliases.set(aliasesOf[p]!, aliasStart[p]!);

  return {
    automaton: buildAutomaton(patterns),
    patternLength,
    patternStartRule,
    patternEndRule,
    aliasStart,
    patternAliases,
    patternContext: Int32Array.from(contextOf),
    aliasEntity,
    aliasFlags,
    aliasRules,
    contextWords,
    maxContextLength,
  };
}
