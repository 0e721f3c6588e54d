/**
 * The structured errors every boundary reports: a stable `code`, and for malformed
 * input one `Issue` per problem (the path, the code and the expected shape), so the
 * popup and options can say it in the reader's language (src/shared/ui/error-text.ts)
 * while logs, tests and the CLI read the English `message`. Kept free of the schema
 * library: the content script uses it too.
 */

/** What is wrong with one value. */
export type IssueCode =
  | 'missing'
  | 'invalid-type'
  | 'invalid-value'
  | 'out-of-range'
  | 'too-long'
  | 'too-many'
  | 'empty'
  | 'unknown-field'
  | 'duplicate'
  /** An id that names no record of the kind expected (a pack's broken reference). */
  | 'unknown-reference'
  /** A rule across fields or records that the input breaks (its `expected` says which). */
  | 'broken-rule';

/**
 * One problem in some input: `path` like `settings.hoverDelay` or `pins[2].pinnedAt`
 * (empty for the input itself); `expected` is a kind word optionally followed by a
 * language-neutral detail, e.g. `number 0–2000`, `one-of "underline" | "background"`.
 * The kinds (each has an `error_expected_*` message): text, filled-text, number,
 * integer, boolean, list, filled-list, object, one-of, id, record-id, date, date-time,
 * url, version, hostname, hex-colour, wikidata, absent.
 */
export interface Issue {
  code: IssueCode;
  path: string;
  expected: string;
  /** What was there instead, shortened (absent when it was missing). */
  received?: string;
}

/** Why a request failed. */
export type ErrorCode =
  /** The message name is not one the receiver answers. */
  | 'unknown-message'
  /** Not an envelope `{ channel, name, params }` at all. */
  | 'not-a-request'
  /** The params do not have the message's shape; see `issues`. */
  | 'bad-params'
  /** An import file that is not a Briefing Lens export. */
  | 'not-an-export-file'
  /** An export file of a format version this version cannot read. */
  | 'unsupported-export-version'
  /** An export file with malformed entries; see `issues`. */
  | 'invalid-export-file'
  /** No entity has the id the request names. */
  | 'unknown-entity'
  /** A stored record does not have its expected shape; see `issues`. */
  | 'damaged-record'
  /** The receiver did not answer. */
  | 'no-reply'
  /** A pack file that is not JSON. */
  | 'pack-not-json'
  /** A file that is not a briefing pack (its `format` is not "briefing-lens-pack"). */
  | 'pack-format'
  /** A pack of a format version this version cannot read; params: its version, the newest this reads. */
  | 'pack-format-version-future'
  /** A pack file over the size cap; params: its size and the cap, in MB. */
  | 'pack-too-large'
  /** A pack with malformed or inconsistent records; see `issues`. */
  | 'pack-invalid'
  /** The pack is installed in this very version; params: the version. */
  | 'pack-same-version'
  /** The pack is installed in a higher version; params: installed, offered. */
  | 'pack-downgrade'
  /** A pack the extension ships: it can be switched off, not removed. */
  | 'pack-bundled'
  /** No installed pack has this id. */
  | 'unknown-pack'
  /** An import whose upload is unknown or expired (start it again). */
  | 'import-expired'
  /** Anything else (the message says what). */
  | 'failed';

/** The `error` of an error reply. */
export interface ErrorInfo {
  code: ErrorCode;
  /** English, for logs and developers; the UI shows `code` and `issues` in the reader's language. */
  message: string;
  issues?: Issue[];
  /** Values the reader's message names (versions, sizes), in order. */
  params?: string[];
}

/** An Error carrying a code (and issues): thrown by validators and the store, sent as `{ error: ErrorInfo }`. */
export class CodedError extends Error {
  override name = 'CodedError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: Issue[],
    readonly params?: string[],
  ) {
    super(message);
  }
}

/** One issue as an English line: `settings.hoverDelay: expected number 0–2000, got -5`. */
export function issueLine(issue: Issue, root = 'value'): string {
  const what = issue.code === 'unknown-field' ? 'is not a known field' : issue.code === 'duplicate' ? 'appears more than once' : `expected ${issue.expected}`;
  const got = issue.received === undefined || issue.code === 'unknown-field' ? '' : `, got ${issue.received}`;
  return `${issue.path || root}: ${what}${got}`;
}

/** The reply error for anything thrown (`issues` left undefined when there are none). */
export function errorInfo(error: unknown): ErrorInfo {
  const coded = error instanceof CodedError ? error : null;
  return { code: coded?.code ?? 'failed', message: error instanceof Error ? error.message : String(error), issues: coded?.issues, ...(coded?.params ? { params: coded.params } : {}) };
}
