/**
 * Turns a `MatcherIndex` into the matcher's runtime tables: every alias, rule word and
 * context word (requireNear/rejectNear) folded in one batch, the aliases and context
 * words deduplicated into the sorted patterns of one automaton, with per-pattern
 * boundary rules and per-alias rule data (flags in a typed array for the hot path,
 * folded rule words for the rare checks).
 */
import type { MatcherIndex } from '../../shared/matcher-index';
import { buildAutomaton, type Automaton, type Ints } from './automaton';
import { endRule, startRule } from './boundary';
import { foldStrings, units } from '../../shared/fold/match';

export const CASE_SENSITIVE = 1;
export const NEEDS_ANCHOR = 2;
export const REJECT_BEFORE = 4;
export const REJECT_AFTER = 8;
export const NEAR_RULES = 16;

/** Rule data of one alias, only for aliases that have rules other than needsAnchor. */
export interface AliasRules {
  /** Case-kept folded alias text, compared when the alias is case-sensitive. */
  cased: string | null;
  /** Folded rule words. */
  rejectBefore: string[];
  rejectAfter: string[];
  /** Context word ids. */
  requireNear: number[];
  rejectNear: number[];
}

export interface Prepared {
  automaton: Automaton;
  /** Per pattern: folded length, start and end boundary rules. */
  patternLength: Ints;
  patternStartRule: Uint8Array;
  patternEndRule: Uint8Array;
  /** Aliases of pattern p: `patternAliases[aliasStart[p] .. aliasStart[p + 1]]`. */
  aliasStart: Ints;
  patternAliases: Ints;
  /** Context word id of each pattern, or -1. */
  patternContext: Ints;
  /** Per alias: entity and rule flags. */
  aliasEntity: Ints;
  aliasFlags: Uint8Array;
  aliasRules: (AliasRules | null)[];
  maxContextLength: number;
}

const NO_WORDS: string[] = [];

export function prepare(index: MatcherIndex): Prepared {
  const aliases = index.aliases;
  // Every string to fold, once: alias texts first, then the distinct rule and context words.
  const texts = aliases.map((a) => a.text);
  const wordSlot = new Map<string, number>();
  const addWords = (words: string[] | undefined) => {
    for (const word of words ?? NO_WORDS) {
      if (!wordSlot.has(word)) {
        wordSlot.set(word, texts.length);
        texts.push(word);
      }
    }
  };
  for (const alias of aliases) {
    addWords(alias.rejectBefore);
    addWords(alias.rejectAfter);
    addWords(alias.requireNear);
    addWords(alias.rejectNear);
  }
  const folded = foldStrings(texts);
  const foldedWord = (word: string) => folded[wordSlot.get(word)!]!;

  // Patterns: distinct folded aliases and context words, sorted by code units.
  const patternOf = new Map<string, number>();
  for (let a = 0; a < aliases.length; a++) if (folded[a] !== '') patternOf.set(folded[a]!, -1);
  for (const alias of aliases) {
    for (const word of alias.requireNear ?? NO_WORDS) if (foldedWord(word) !== '') patternOf.set(foldedWord(word), -1);
    for (const word of alias.rejectNear ?? NO_WORDS) if (foldedWord(word) !== '') patternOf.set(foldedWord(word), -1);
  }
  const keys = [...patternOf.keys()].sort();
  keys.forEach((key, p) => patternOf.set(key, p));
  const count = keys.length;
  const patterns = keys.map(units);

  const aliasCounts = new Int32Array(count + 1);
  for (let a = 0; a < aliases.length; a++) {
    const p = patternOf.get(folded[a]!);
    if (p !== undefined) aliasCounts[p] = aliasCounts[p]! + 1;
  }
  const patternContext = new Int32Array(count).fill(-1);
  let contextWords = 0;
  let maxContextLength = 0;
  const contextIds = (words: string[] | undefined): number[] => {
    const ids: number[] = [];
    for (const word of words ?? NO_WORDS) {
      const p = patternOf.get(foldedWord(word));
      if (p === undefined) continue;
      if (patternContext[p] === -1) {
        patternContext[p] = contextWords++;
        maxContextLength = Math.max(maxContextLength, keys[p]!.length);
      }
      ids.push(patternContext[p]!);
    }
    return ids;
  };
  const ruleWords = (words: string[] | undefined): string[] => (words ?? NO_WORDS).map(foldedWord).filter((w) => w !== '');

  const caseSensitive = aliases.filter((a) => a.caseSensitive);
  const casedForms = foldStrings(
    caseSensitive.map((a) => a.text),
    true,
  );
  const casedOf = new Map(caseSensitive.map((alias, k) => [alias, casedForms[k]!]));

  const aliasEntity = new Int32Array(aliases.length);
  const aliasFlags = new Uint8Array(aliases.length);
  const aliasRules: (AliasRules | null)[] = new Array<AliasRules | null>(aliases.length).fill(null);
  for (let a = 0; a < aliases.length; a++) {
    const alias = aliases[a]!;
    aliasEntity[a] = alias.entity;
    let flags = alias.needsAnchor ? NEEDS_ANCHOR : 0;
    if (alias.caseSensitive) flags |= CASE_SENSITIVE;
    if (alias.rejectBefore?.length) flags |= REJECT_BEFORE;
    if (alias.rejectAfter?.length) flags |= REJECT_AFTER;
    if (alias.requireNear?.length || alias.rejectNear?.length) flags |= NEAR_RULES;
    aliasFlags[a] = flags;
    if ((flags & ~NEEDS_ANCHOR) === 0) continue;
    aliasRules[a] = {
      cased: casedOf.get(alias) ?? null,
      rejectBefore: ruleWords(alias.rejectBefore),
      rejectAfter: ruleWords(alias.rejectAfter),
      requireNear: contextIds(alias.requireNear),
      rejectNear: contextIds(alias.rejectNear),
    };
  }

  const aliasStart = new Int32Array(count + 1);
  for (let p = 0; p < count; p++) aliasStart[p + 1] = aliasStart[p]! + aliasCounts[p]!;
  const patternAliases = new Int32Array(aliasStart[count]!);
  const filled = aliasStart.slice(0, count);
  for (let a = 0; a < aliases.length; a++) {
    const p = patternOf.get(folded[a]!);
    if (p !== undefined) patternAliases[filled[p]!++] = a;
  }
  const patternLength = new Int32Array(count);
  const patternStartRule = new Uint8Array(count);
  const patternEndRule = new Uint8Array(count);
  for (let p = 0; p < count; p++) {
    const pattern = patterns[p]!;
    patternLength[p] = pattern.length;
    patternStartRule[p] = startRule(pattern[0]!);
    patternEndRule[p] = endRule(pattern[pattern.length - 1]!);
  }

  const automaton = buildAutomaton(patterns);
  return {
    automaton,
    patternLength,
    patternStartRule,
    patternEndRule,
    aliasStart,
    patternAliases,
    patternContext,
    aliasEntity,
    aliasFlags,
    aliasRules,
    maxContextLength,
  };
}
