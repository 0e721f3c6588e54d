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

const TYPE_WORDS: Record<string, string> = { string: 'text', number: 'number', boolean: 'boolean', array: 'list', strict_object: 'object', unknown: 'object' };

/** The expected shape of an issue no schema action described itself. */
function expectedOf(issue: AnyIssue): string {
  if (issue.type === 'picklist') return `one-of ${(issue.expected ?? '').replace(/^\((.*)\)$/, '$1')}`;
  if (issue.type === 'literal') return `one-of ${issue.expected ?? ''}`;
  return TYPE_WORDS[issue.type] ?? issue.expected ?? issue.type;
}

type Node = { kind: string; type: string; options?: unknown[]; literal?: unknown; entries?: Record<string, Node>; item?: Node; wrapped?: Node; pipe?: Node[] };

/** The schema a missing key should have held, found by walking `path` from the root schema. */
function schemaAt(root: AnySchema, issue: AnyIssue): Node | undefined {
  let node: Node | undefined = root;
  for (const item of issue.path ?? []) {
    while (node?.pipe || node?.wrapped) node = node.pipe ? node.pipe.filter((step) => step.kind === 'schema').pop() : node.wrapped;
    node = typeof item.key === 'number' ? node?.item : node?.entries?.[String(item.key)];
  }
  while (node?.wrapped) node = node.wrapped;
  return node?.pipe?.[0] ?? node;
}

const CONFIG = { message: expectedOf } as const;

function codeOf(issue: AnyIssue): IssueCode {
  if (issue.kind === 'schema') {
    if (issue.expected === 'never') return 'unknown-field';
    if (issue.received === 'undefined') return 'missing';
    return issue.type === 'picklist' || issue.type === 'literal' ? 'invalid-value' : 'invalid-type';
  }
  // A check whose expected shape is a bare type (an object that is not a list) is a type check.
  if (issue.type === 'check' && Object.values(TYPE_WORDS).includes(issue.message)) return 'invalid-type';
  switch (issue.type) {
    case 'min_value':
    case 'max_value':
      return 'out-of-range';
    case 'max_length':
      return Array.isArray(issue.input) ? 'too-many' : 'too-long';
    case 'min_length':
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

function expectedOfSchema(node: Node): string {
  const options = node.options ?? (node.type === 'literal' ? [node.literal] : undefined);
  return options ? `one-of ${options.map((option) => JSON.stringify(option)).join(' | ')}` : (TYPE_WORDS[node.type] ?? node.type);
}

/** Our issues for Valibot's (found checking against `schema`), paths prefixed with `base`. */
export function toIssues(schema: AnySchema, issues: readonly AnyIssue[], base = ''): Issue[] {
  return issues.map((issue) => {
    const code = codeOf(issue);
    // A missing key is reported by its object; what it should have held is the key's schema.
    const missing = code === 'missing' && issue.type === 'strict_object' ? schemaAt(schema, issue) : undefined;
    const expected = code === 'unknown-field' ? 'absent' : missing ? expectedOfSchema(missing) : issue.message;
    const out: Issue = { code, path: pathOf(base, issue), expected };
    if (issue.received !== 'undefined' && code !== 'unknown-field') out.received = shorten(issue.received);
    return out;
  });
}

/** Checks `value` against `schema`: the issues found (empty when it fits). */
export function check(schema: AnySchema, value: unknown, base = ''): { issues: Issue[]; output?: unknown } {
  const result = v.safeParse(schema, value, CONFIG);
  return result.success ? { issues: [], output: result.output } : { issues: toIssues(schema, result.issues, base) };
}

/** The parsed value, or a `CodedError` with `code` listing every issue (`root` names the value itself in the message). */
export function parseOrThrow<S extends AnySchema>(schema: S, value: unknown, code: ErrorCode, root = 'value'): v.InferOutput<S> {
  const result = v.safeParse(schema, value, CONFIG);
  if (result.success) return result.output;
  const issues = toIssues(schema, result.issues);
  throw new CodedError(code, issues.map((issue) => issueLine(issue, root)).join('; '), issues);
}
