/**
 * The scanning pass: folds the text, walks the automaton once over the folded units and
 * turns every pattern hit into alias candidates (boundary, case, rejectBefore and
 * rejectAfter checked on the spot) and context-word hits; then drops candidates failing
 * requireNear / rejectNear. Candidates are in folded coordinates, ordered by end.
 */
import { endOk, startOk } from './boundary';
import type { Triples } from './candidates';
import { foldInto, type FoldBuffer } from './fold';
import { CASE_SENSITIVE, NEAR_RULES, REJECT_AFTER, REJECT_BEFORE, type Prepared } from './prepare';
import { caseMatches, nearRulesPass, wordAfter, wordBefore } from './rules';

/** Linear search up to this many edges, binary search above. */
const LINEAR_EDGES = 8;

/**
 * Fills `candidates` (start, end, alias) and `contextHits` (start, end, word) for `text`;
 * returns the folded length (the folded text and its origins are left in `buffer`).
 */
export function findCandidates(
  prepared: Prepared,
  text: string,
  buffer: FoldBuffer,
  candidates: Triples,
  contextHits: Triples,
  window: number,
): number {
  const length = foldInto(text, buffer);
  const folded = buffer.folded;
  const automaton = prepared.automaton;
  const { rootNext, used, asciiColumn, width, denseStates, dense, edgeStart, edgeEnd, edgeUnit, edgeTarget } = automaton;
  const { output, firstHit, nextHit } = automaton;
  const { patternLength, patternStartRule, patternEndRule, aliasStart, patternAliases, patternContext, aliasFlags, aliasRules } =
    prepared;
  candidates.length = 0;
  contextHits.length = 0;
  let nearCandidates = 0;

  let s = 0;
  for (let i = 0; i < length; i++) {
    const c = folded[i]!;
    if (c < 128 && s < denseStates) {
      s = dense[s * width + asciiColumn[c]!]!;
    } else if (used[c] === 0) {
      s = 0;
      continue;
    } else {
      let lo = edgeStart[s]!;
      let hi = edgeEnd[s]!;
      let next = -1;
      if (hi - lo <= LINEAR_EDGES) {
        for (; lo < hi; lo++) {
          const u = edgeUnit[lo]!;
          if (u >= c) {
            if (u === c) next = edgeTarget[lo]!;
            break;
          }
        }
      } else {
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          const u = edgeUnit[mid]!;
          if (u === c) {
            next = edgeTarget[mid]!;
            break;
          }
          if (u < c) lo = mid + 1;
          else hi = mid;
        }
      }
      s = next === -1 ? rootNext[c]! : next;
    }
    for (let h = firstHit[s]!; h !== -1; h = nextHit[h]!) {
      const p = output[h]!;
      const end = i + 1;
      const start = end - patternLength[p]!;
      if (!startOk(patternStartRule[p]!, folded, start)) continue;
      const word = patternContext[p]!;
      if (word !== -1) contextHits.push(start, end, word);
      const last = aliasStart[p + 1]!;
      let k = aliasStart[p]!;
      if (k === last || !endOk(patternEndRule[p]!, folded, end, length)) continue;
      for (; k < last; k++) {
        const alias = patternAliases[k]!;
        const flags = aliasFlags[alias]!;
        const rules = aliasRules[alias];
        if (rules) {
          if (flags & CASE_SENSITIVE && !caseMatches(rules.cased!, text, buffer, start)) continue;
          if (flags & REJECT_BEFORE && wordBefore(rules.rejectBefore, folded, start)) continue;
          if (flags & REJECT_AFTER && wordAfter(rules.rejectAfter, folded, end, length)) continue;
          if (flags & NEAR_RULES) nearCandidates++;
        }
        candidates.push(start, end, alias);
      }
    }
  }

  if (nearCandidates > 0) {
    let kept = 0;
    for (let k = 0; k < candidates.length; k++) {
      const start = candidates.a[k]!;
      const end = candidates.b[k]!;
      const alias = candidates.c[k]!;
      if (aliasFlags[alias]! & NEAR_RULES) {
        if (!nearRulesPass(aliasRules[alias]!, contextHits, start, end, window, prepared.maxContextLength)) continue;
      }
      candidates.a[kept] = start;
      candidates.b[kept] = end;
      candidates.c[kept] = alias;
      kept++;
    }
    candidates.length = kept;
  }
  return length;
}
