/**
 * The data's disambiguation rules, checked only for candidates whose alias has them:
 * case (compare case-kept folded units with the alias), rejectBefore / rejectAfter
 * (a rule word adjacent to the match, after at most one — collapsed — space, itself on
 * word boundaries), and requireNear / rejectNear (a context word hit within the window
 * either side; context hits come sorted by end from the same automaton pass).
 */
import { endOk, endRule, startOk, startRule } from './boundary';
import type { Triples } from './candidates';
import { foldCased, SPACE, type FoldBuffer } from '../../shared/fold/match';
import type { AliasRules } from './prepare';

/** Whether the original text under folded `[start, start + cased.length)` has the alias's exact case. */
export function caseMatches(cased: string, text: string, buffer: FoldBuffer, start: number): boolean {
  for (let k = 0; k < cased.length; k++) {
    if (foldCased(text.charCodeAt(buffer.origin(start + k))) !== cased.charCodeAt(k)) return false;
  }
  return true;
}

function equalAt(folded: Uint16Array, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if (folded[at + k] !== word.charCodeAt(k)) return false;
  return true;
}

/** Whether one of `words` ends right before folded position `start`. */
export function wordBefore(words: string[], folded: Uint16Array, start: number): boolean {
  const at = start > 0 && folded[start - 1] === SPACE ? start - 1 : start;
  for (const word of words) {
    const from = at - word.length;
    if (from >= 0 && equalAt(folded, from, word) && startOk(startRule(word.charCodeAt(0)), folded, from)) return true;
  }
  return false;
}

/** Whether one of `words` starts right after folded position `end`. */
export function wordAfter(words: string[], folded: Uint16Array, end: number, length: number): boolean {
  const at = end < length && folded[end] === SPACE ? end + 1 : end;
  for (const word of words) {
    const to = at + word.length;
    if (to <= length && equalAt(folded, at, word) && endOk(endRule(word.charCodeAt(word.length - 1)), folded, to, length)) return true;
  }
  return false;
}

/** First context hit whose end is after `position` (hits are sorted by end). */
function firstEndingAfter(hits: Triples, position: number): number {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (hits.b[mid]! <= position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether any of `words` has a hit overlapping `[from, to)`. */
function anyNear(words: number[], hits: Triples, from: number, to: number, maxLength: number): boolean {
  for (let k = firstEndingAfter(hits, from); k < hits.length; k++) {
    const end = hits.b[k]!;
    if (end - maxLength >= to) break;
    if (hits.a[k]! < to && words.includes(hits.c[k]!)) return true;
  }
  return false;
}

/** requireNear / rejectNear for a candidate at folded `[start, end)`. */
export function nearRulesPass(
  rules: AliasRules,
  hits: Triples,
  start: number,
  end: number,
  window: number,
  maxLength: number,
): boolean {
  const from = start - window;
  const to = end + window;
  if (rules.rejectNear.length > 0 && anyNear(rules.rejectNear, hits, from, to, maxLength)) return false;
  return rules.requireNear.length === 0 || anyNear(rules.requireNear, hits, from, to, maxLength);
}
