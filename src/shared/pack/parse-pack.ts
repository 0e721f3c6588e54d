/**
 * Checking a briefing pack file (format v1, src/shared/schemas/pack.ts) before anything is
 * installed: the text is JSON and within the size cap, the file says it is a pack of a format
 * version this build reads, the header has its shape, and the collections pass the dataset
 * validation (src/shared/dataset/validate.ts): their schemas and the integrity rules any pack must
 * meet. The editorial rules of our bundled packs are skipped unless the caller asks for them (as
 * warnings in `npm run pack`). Alias texts this pack shares with installed packs are listed as
 * notes, never errors. Pure functions: the extension's import and the pack CLI both call them.
 *
 * Problems keep the validator's shape: `file` is the pack file's name for the file and its header,
 * and the collection's data file name (`actors.json` for `actors`, as in a pack folder) inside the
 * collections, so `formatProblem` prints each as one line.
 */
import * as v from 'valibot';
import type { PackFile } from '../model';
import { PACK_FORMAT, PACK_FORMAT_VERSION, PACK_MAX_BYTES, PackFileSchema, PackHeaderSchema } from '../schemas/pack';
import { check } from '../schemas/issues';
import { checkRecords, type EditorialMode } from '../dataset/check';
import { DATA_FILES } from '../dataset/files';
import type { DatasetRule, Problem } from '../dataset/rules';
import { packCollisionNotes } from './pack-collisions';

export interface PackCheck {
  /** The validated pack, only when there are no problems. */
  pack: PackFile | null;
  /** What makes the file unusable (integrity). */
  problems: Problem[];
  /** The editorial rules' findings, when asked for as warnings. */
  warnings: Problem[];
  /** Alias texts shared with installed packs: resolved at match time, never errors. */
  notes: Problem[];
}

export interface PackCheckOptions {
  /** Installed packs to list alias collisions against (a pack with this pack's id is the one it would replace, and is skipped). */
  installed?: readonly PackFile[];
  /** The file's name for problems (default `pack`). */
  file?: string;
  /** How the editorial rules count (default `skip`: an imported pack is checked for integrity only). */
  editorial?: EditorialMode;
  /** The editorial rules beyond rules.ts to run when they count (EDITORIAL_RULES of dataset/validate.ts). */
  editorialRules?: readonly DatasetRule[];
  /** Seed texts for the verbatim-quote rule (editorial). */
  seeds?: Map<string, string> | null;
}

/** The parsed JSON of a pack file's text, or a `pack-not-json` problem. A leading byte-order mark is ignored. */
export function parsePackText(text: string, file = 'pack'): { ok: true; value: unknown } | { ok: false; problem: Problem } {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: { file, code: 'pack-not-json', expected: 'JSON', message: `is not JSON (${why}): expected a briefing pack file (NAME.briefing.json)` } };
  }
}

/** A `pack-too-large` problem when a file of `bytes` is over PACK_MAX_BYTES, else null. */
export function checkPackSize(bytes: number, file = 'pack'): Problem | null {
  if (bytes <= PACK_MAX_BYTES) return null;
  const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;
  return { file, code: 'pack-too-large', expected: `at most ${PACK_MAX_BYTES} bytes`, message: `is ${mb(bytes)}: a pack file may be at most ${mb(PACK_MAX_BYTES)}` };
}

function describe(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

const COLLECTIONS = ['sources', 'actors', 'agreements', 'events', 'quotes', 'relations', 'aliasCollisions'] as const;

/** Checks a parsed pack file: problems (in order: format, format version, fields, header, collections), warnings and notes. */
export function checkPackFile(raw: unknown, options: PackCheckOptions = {}): PackCheck {
  const file = options.file ?? 'pack';
  const problems: Problem[] = [];
  const result = (warnings: Problem[] = [], notes: Problem[] = []): PackCheck => ({ pack: null, problems, warnings, notes });

  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.push({ file, code: 'invalid-type', expected: 'object', message: `must be a JSON object with format "${PACK_FORMAT}" (got ${describe(raw)})` });
    return result();
  }
  const input = raw as Record<string, unknown>;
  if (input.format !== PACK_FORMAT) {
    problems.push({
      file,
      field: 'format',
      code: 'pack-format',
      expected: JSON.stringify(PACK_FORMAT),
      message: `${input.format === undefined ? 'is missing' : `is ${describe(input.format)}`}: expected "${PACK_FORMAT}" (this is not a Briefing Lens pack)`,
    });
    return result();
  }
  const version = input.formatVersion;
  if (Number.isInteger(version) && (version as number) > PACK_FORMAT_VERSION) {
    problems.push({
      file,
      field: 'formatVersion',
      code: 'pack-format-version-future',
      expected: String(PACK_FORMAT_VERSION),
      message: `is ${String(version)}, a later format than this version of Briefing Lens reads (${PACK_FORMAT_VERSION}): update the extension to use this pack`,
    });
    return result();
  }
  if (version !== PACK_FORMAT_VERSION) {
    problems.push({
      file,
      field: 'formatVersion',
      code: version === undefined ? 'missing' : 'invalid-value',
      expected: String(PACK_FORMAT_VERSION),
      message: `${version === undefined ? 'is missing' : `is ${describe(version)}`}: expected ${PACK_FORMAT_VERSION}`,
    });
  }
  for (const key of Object.keys(input)) {
    if (!Object.hasOwn(PackFileSchema.entries, key)) problems.push({ file, field: key, code: 'unknown-field', expected: 'absent', message: 'is not a field of a pack file' });
  }
  for (const issue of check(PackHeaderSchema, input.pack, 'pack').issues) {
    const problem: Problem = { file, field: issue.path, code: issue.code, expected: issue.expected, message: '' };
    problem.message =
      issue.code === 'missing' ? `is required (expected ${issue.expected})` : issue.code === 'unknown-field' ? 'is not a field of the pack header' : `must be ${issue.expected}${issue.received === undefined ? '' : ` (got ${issue.received})`}`;
    problems.push(problem);
  }

  // The collections, through the dataset validation; the header (checked above) stands in for meta.json.
  const header = input.pack as Record<string, unknown> | undefined;
  const dataset: Record<string, unknown> = { meta: { version: header?.version, title: header?.title, asOf: header?.asOf } };
  for (const key of COLLECTIONS) dataset[key] = input[key];
  const checked = checkRecords(dataset, options.seeds ?? null, { editorial: options.editorial ?? 'skip', editorialRules: options.editorialRules });
  problems.push(...checked.problems.filter((problem) => problem.file !== DATA_FILES.meta));
  const notes = packCollisionNotes(checked.dataset, header?.id, options.installed ?? []);
  if (problems.length > 0) return result(checked.warnings, notes);
  return { pack: v.parse(PackFileSchema, raw), problems, warnings: checked.warnings, notes };
}
