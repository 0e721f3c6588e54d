/**
 * From Valibot's issues to our `Issue`s (src/shared/errors.ts): a stable code, the path
 * as `a.b[2].c` and the expected shape. The schemas give checks whose meaning the
 * library cannot name (a range, a pattern) their expected shape as the action's message;
 * everything else gets it from `expectedOf` below.
 */
import * as v from 'valibot';
import { CodedError, issueLine, type ErrorCode, type Issue, type IssueCode } from '../errors';

type AnyIssue = v.BaseIssue<unknown>;
type AnySchema = v.GenericSchema;

const TYPE_WORDS: Record<string, string> = { string: 'text', number: 'number', boolean: 'boolean', array: 'list', object: 'object', strict_object: 'object', loose_object: 'object' };

/** The expected shape of an issue no schema action described itself. */
function expectedOf(issue: AnyIssue): string {
  if (issue.type === 'picklist' || issue.type === 'literal') return `one-of ${(issue.expected ?? '').replace(/^\((.*)\)$/, '$1')}`;
  return TYPE_WORDS[issue.type] ?? issue.expected ?? issue.type;
}

const CONFIG = { message: expectedOf } as const;

function codeOf(issue: AnyIssue): IssueCode {
  if (issue.kind === 'schema') {
    if (issue.expected === 'never') return 'unknown-field';
    if (issue.received === 'undefined') return 'missing';
    return issue.type === 'picklist' || issue.type === 'literal' ? 'invalid-value' : 'invalid-type';
  }
  switch (issue.type) {
    case 'min_value':
    case 'max_value':
      return 'out-of-range';
    case 'max_length':
      return Array.isArray(issue.input) ? 'too-many' : 'too-long';
    case 'min_length':
    case 'non_empty':
      return 'empty';
    default:
      return 'invalid-value';
  }
}

function pathOf(base: string, issue: AnyIssue): string {
  let path = base;
  for (const item of issue.path ?? []) {
    const key = item.key;
    path = typeof key === 'number' ? `${path}[${key}]` : path === '' ? String(key) : `${path}.${String(key)}`;
  }
  return path;
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** Our issues for Valibot's, paths prefixed with `base`. */
export function toIssues(issues: readonly AnyIssue[], base = ''): Issue[] {
  return issues.map((issue) => {
    const code = codeOf(issue);
    const out: Issue = { code, path: pathOf(base, issue), expected: code === 'unknown-field' ? 'absent' : issue.message };
    if (issue.received !== 'undefined' && code !== 'unknown-field') out.received = shorten(issue.received);
    return out;
  });
}

/** Checks `value` against `schema`: the issues found (empty when it fits). */
export function check(schema: AnySchema, value: unknown, base = ''): { issues: Issue[]; output?: unknown } {
  const result = v.safeParse(schema, value, CONFIG);
  return result.success ? { issues: [], output: result.output } : { issues: toIssues(result.issues, base) };
}

/** The parsed value, or a `CodedError` with `code` listing every issue (`intro` starts its message). */
export function parseOrThrow<S extends AnySchema>(schema: S, value: unknown, code: ErrorCode, intro = '', base = ''): v.InferOutput<S> {
  const result = v.safeParse(schema, value, CONFIG);
  if (result.success) return result.output;
  const issues = toIssues(result.issues, base);
  throw new CodedError(code, intro + issues.map(issueLine).join('; '), issues);
}
