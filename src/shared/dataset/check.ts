/**
 * The record check every dataset and pack goes through: the structure of every record against
 * its schema (src/shared/schemas/dataset.ts), then the dataset rules over the records that have
 * it (rules.ts: record rules, unique ids, references, verbatim quotes, coverage minimums, alias
 * collisions). The integrity rules always count; editorial rules count as errors, warnings or not
 * at all, as the caller says, and the caller passes those beyond rules.ts (editorial-rules.ts, with
 * its surname lists, stays out of the extension's import path). No I/O. Every problem names the
 * data file, and where it can the record id and the field path, a stable code and what was expected.
 */
import type { Dataset } from '../model';
import { DATA_FILE_SCHEMAS } from '../schemas/dataset';
import { check } from '../schemas/issues';
import { DATA_FILES } from './files';
import { DATASET_RULES, EDITORIAL_DATASET_RULES, findAliasCollisions, type AliasCollision, type DatasetRule, type Problem, type RuleContext } from './rules';

const LISTS = ['sources', 'actors', 'agreements', 'events', 'quotes', 'relations', 'aliasCollisions'] as const;
type ListKey = (typeof LISTS)[number];

/** How a record is named in problems: its id, an allowance's text, a relation's `from type to`. */
function labelOf(key: ListKey, record: unknown, index: number): string | undefined {
  const rec = (typeof record === 'object' && record !== null ? record : {}) as Record<string, unknown>;
  if (key === 'relations') return `#${index} (${String(rec.from)} ${String(rec.type)} ${String(rec.to)})`;
  if (key === 'aliasCollisions') return typeof rec.text === 'string' ? rec.text : `#${index}`;
  return typeof rec.id === 'string' ? rec.id : undefined;
}

/** The English line for a structural issue. */
function describeIssue(code: string, expected: string, received: string | undefined): string {
  if (code === 'missing') return `is required (expected ${expected})`;
  if (code === 'unknown-field') return 'is not a known field';
  return `must be ${expected}${received === undefined ? '' : ` (got ${received})`}`;
}

export interface DatasetCheck {
  problems: Problem[];
  /** Editorial problems when `editorial` is `warning` (else empty). */
  warnings: Problem[];
  /** The records that have their schema's shape (the rules ran over these). */
  dataset: Dataset;
  collisions: AliasCollision[];
}

/**
 * How the editorial rules count: `error` (the bundled packs: `npm run validate-data`, the build),
 * `warning` (`npm run pack`), or `skip` (an imported pack is checked for integrity only).
 */
export type EditorialMode = 'error' | 'warning' | 'skip';

/**
 * Checks a parsed dataset. `seeds` maps seed file names to their text; null skips the verbatim-quote
 * check. The integrity rules always count as problems; `editorial` says how the editorial rules
 * (rules.ts's and `editorialRules`) count.
 */
export function checkRecords(raw: unknown, seeds: Map<string, string> | null, options: { editorial?: EditorialMode; editorialRules?: readonly DatasetRule[] } = {}): DatasetCheck {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const editorial = options.editorial ?? 'error';
  const input = (typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : null) as Record<string, unknown> | null;
  const parsed: Record<string, unknown> = { aliasCollisions: [] };
  const allIds = new Map<ListKey, string[]>();
  if (input === null) {
    problems.push({ file: 'dataset', code: 'invalid-type', expected: 'object', message: 'must be an object with meta, sources, actors, agreements, events, quotes, relations' });
  }

  const meta = check(DATA_FILE_SCHEMAS.meta, input?.meta);
  for (const issue of meta.issues) {
    problems.push({ file: DATA_FILES.meta, field: issue.path || undefined, code: issue.code, expected: issue.expected, message: describeIssue(issue.code, issue.expected, issue.received) });
  }
  parsed.meta = meta.output ?? { version: '0.0.0', title: '', asOf: '' };

  for (const key of LISTS) {
    const file = DATA_FILES[key];
    const value = input?.[key];
    const good: unknown[] = [];
    parsed[key] = good;
    if (!Array.isArray(value)) {
      if (input !== null && !(key === 'aliasCollisions' && value === undefined)) {
        problems.push({ file, code: value === undefined ? 'missing' : 'invalid-type', expected: 'list', message: value === undefined ? 'is missing' : 'must be a JSON array' });
      }
      continue;
    }
    allIds.set(key, value.flatMap((rec: unknown) => (typeof rec === 'object' && rec !== null && typeof (rec as { id?: unknown }).id === 'string' ? [(rec as { id: string }).id] : [])));
    value.forEach((record: unknown, index) => {
      const result = check(DATA_FILE_SCHEMAS[key], record);
      if (result.issues.length === 0) {
        good.push(result.output);
        return;
      }
      const id = labelOf(key, record, index);
      for (const issue of result.issues) {
        const problem: Problem = { file, code: issue.code, expected: issue.expected, message: describeIssue(issue.code, issue.expected, issue.received) };
        if (id !== undefined) problem.id = id;
        const field = id === undefined ? `[${index}]${issue.path ? `.${issue.path}` : ''}` : issue.path;
        if (field !== '') problem.field = field;
        problems.push(problem);
      }
    });
  }

  const dataset = parsed as unknown as Dataset;
  const ctx: RuleContext = {
    dataset,
    seeds,
    ids: (key) => allIds.get(key) ?? [],
    report: (problem) => problems.push(problem),
    reportEditorial: (problem) => {
      if (editorial === 'error') problems.push(problem);
      else if (editorial === 'warning') warnings.push(problem);
    },
  };
  for (const rule of DATASET_RULES) rule(ctx);
  if (editorial !== 'skip') for (const rule of [...EDITORIAL_DATASET_RULES, ...(options.editorialRules ?? [])]) rule({ ...ctx, report: (problem) => ctx.reportEditorial(problem) });
  return { problems, warnings, dataset, collisions: findAliasCollisions(dataset) };
}

