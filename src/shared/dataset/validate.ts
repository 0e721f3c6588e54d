/**
 * Validation of a briefing dataset against every rule: the record check (check.ts: schemas,
 * integrity and coverage rules) with the editorial rules of editorial-rules.ts (quote versions'
 * disputes, bare surnames, sourcing), which count as errors, warnings or not at all, as the
 * caller says. No I/O: callers pass the parsed JSON and, when available, the seed texts by file name.
 */
import { checkRecords, type DatasetCheck, type EditorialMode } from './check';
import { editorialRules } from './editorial-rules';
import type { DatasetRule, Problem } from './rules';

export { checkRecords, type DatasetCheck, type EditorialMode } from './check';
export { DATA_FILES } from './files';
export { collisionKey, DATASET_RULES, EDITORIAL_DATASET_RULES, findAliasCollisions, MIN_LOCALISED_SUMMARIES, normaliseWhitespace } from './rules';
export type { AliasCollision, DatasetRule, Problem, ProblemCode, RuleContext } from './rules';

/** The editorial rules beyond rules.ts, for checks that run them (the pack CLI's warnings). */
export const EDITORIAL_RULES: readonly DatasetRule[] = [editorialRules];

/** Checks a parsed dataset against every rule; `editorial` says how the editorial ones count (default: errors). */
export function checkDataset(raw: unknown, seeds: Map<string, string> | null, options: { editorial?: EditorialMode } = {}): DatasetCheck {
  return checkRecords(raw, seeds, { ...options, editorialRules: EDITORIAL_RULES });
}

/** The problems of a parsed dataset (see `checkDataset`). */
export function validateDataset(raw: unknown, seeds: Map<string, string> | null): Problem[] {
  return checkDataset(raw, seeds).problems;
}

/** One line per problem: `file › id › field: message`. */
export function formatProblem(problem: Problem): string {
  return [problem.file, problem.id, problem.field].filter((part) => part !== undefined && part !== '').join(' › ') + `: ${problem.message}`;
}
