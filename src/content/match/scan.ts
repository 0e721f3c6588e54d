/**
 * The scanning pass: folds the text, walks the automaton once over the folded units
 * (a tight loop that only records where patterns end), then turns those hits into alias
 * candidates (boundary, case, rejectBefore and rejectAfter checked) and context-word
 * hits, and drops candidates failing requireNear / rejectNear. Candidates are in folded
 * coordinates, ordered by end.
 */
import { endOk, startOk } from './boundary';
import { isUsed, transition, type Automaton } from './automaton';
import { Triples } from './candidates';
import { FoldBuffer, foldInto } from '../../shared/fold/match';
import { CASE_SENSITIVE, NEAR_RULES, NEEDS_ANCHOR, REJECT_AFTER, REJECT_BEFORE, type Prepared } from './prepare';
import { caseMatches, nearRulesPass, wordAfter, wordBefore } from './rules';

/** Reusable buffers of one matcher's scans. */
export class ScanScratch {
  readonly buffer = new FoldBuffer();
  /** Raw automaton hits: (folded end, state, unused). */
  readonly hits = new Triples();
  /** Alias candidates: (folded start, folded end, alias), ordered by end. */
  readonly candidates = new Triples();
  /** Context-word hits: (folded start, folded end, word), ordered by end. */
  readonly contextHits = new Triples();
}

/** Walks the automaton over `folded`, recording each position where some pattern ends. */
function walk(automaton: Automaton, folded: Uint16Array, length: number, hits: Triples): void {
  const { used, asciiColumn, width, denseStates, dense, firstHit } = automaton;
  hits.length = 0;
  let s = 0;
  for (let i = 0; i < length; i++) {
    const c = folded[i]!;
    if (c < 128 && s < denseStates) s = dense[s * width + asciiColumn[c]!]!;
    else if (!isUsed(used, c)) {
      s = 0;
      continue;
    } else s = transition(automaton, s, c);
    if (firstHit[s] !== -1) hits.push(i + 1, s, 0);
  }
}

/**
 * Turns raw hits into context-word hits and alias candidates (boundaries, case,
 * rejectBefore / rejectAfter checked). Returns how many candidates have near rules.
 */
function collect(prepared: Prepared, text: string, length: number, scratch: ScanScratch): number {
  const { buffer, hits, candidates, contextHits } = scratch;
  const folded = buffer.folded;
  const { output, firstHit, nextHit } = prepared.automaton;
  const { patternLength, patternStartRule, patternEndRule, aliasStart, patternAliases, patternContext, aliasFlags, aliasRules } =
    prepared;
  candidates.length = 0;
  contextHits.length = 0;
  let nearCandidates = 0;
  for (let r = 0; r < hits.length; r++) {
    const end = hits.a[r]!;
    for (let h = firstHit[hits.b[r]!]!; h !== -1; h = nextHit[h]!) {
      const p = output[h]!;
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
        if (flags !== 0 && flags !== NEEDS_ANCHOR) {
          const rules = aliasRules[alias]!;
          if (flags & CASE_SENSITIVE && !caseMatches(rules.cased!, text, buffer, start)) continue;
          if (flags & REJECT_BEFORE && wordBefore(rules.rejectBefore, folded, start)) continue;
          if (flags & REJECT_AFTER && wordAfter(rules.rejectAfter, folded, end, length)) continue;
          if (flags & NEAR_RULES) nearCandidates++;
        }
        candidates.push(start, end, alias);
      }
    }
  }
  return nearCandidates;
}

/** Drops candidates failing requireNear / rejectNear. */
function applyNearRules(prepared: Prepared, scratch: ScanScratch, window: number): void {
  const { candidates, contextHits } = scratch;
  const { aliasFlags, aliasRules, maxContextLength } = prepared;
  let kept = 0;
  for (let k = 0; k < candidates.length; k++) {
    const start = candidates.a[k]!;
    const end = candidates.b[k]!;
    const alias = candidates.c[k]!;
    if (aliasFlags[alias]! & NEAR_RULES && !nearRulesPass(aliasRules[alias]!, contextHits, start, end, window, maxContextLength)) {
      continue;
    }
    candidates.a[kept] = start;
    candidates.b[kept] = end;
    candidates.c[kept] = alias;
    kept++;
  }
  candidates.length = kept;
}

/**
 * Fills `scratch.candidates` and `scratch.contextHits` for `text`; the folded text and
 * its origins are left in `scratch.buffer`.
 */
export function findCandidates(prepared: Prepared, text: string, scratch: ScanScratch, window: number): void {
  const length = foldInto(text, scratch.buffer);
  walk(prepared.automaton, scratch.buffer.folded, length, scratch.hits);
  if (collect(prepared, text, length, scratch) > 0) applyNearRules(prepared, scratch, window);
}
