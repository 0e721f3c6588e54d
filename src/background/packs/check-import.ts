/**
 * An imported pack file's text, checked before anything is written: JSON, the size cap,
 * the format and its version, then every record (src/shared/pack/parse-pack.ts). Each
 * failure is a `CodedError` the options page says in the reader's language; problems
 * in records come as issues naming file, record and field.
 */
import type { Problem } from '../../shared/dataset/rules';
import { CodedError, type Issue, type IssueCode } from '../../shared/errors';
import type { PackFile } from '../../shared/model';
import { checkPackFile, parsePackText } from '../../shared/pack/parse-pack';
import { PACK_FORMAT_VERSION, PACK_MAX_BYTES } from '../../shared/schemas/pack';

const ISSUE_CODES: ReadonlySet<string> = new Set<IssueCode>(['missing', 'invalid-type', 'invalid-value', 'out-of-range', 'too-long', 'too-many', 'empty', 'unknown-field', 'duplicate', 'unknown-reference']);

const megabytes = (bytes: number) => (Math.round((bytes / (1024 * 1024)) * 10) / 10).toString();

/** A problem as an issue: the path names the file, the record and the field. */
function issueOf(problem: Problem): Issue {
  const path = [problem.file, problem.id, problem.field].filter((part) => part !== undefined && part !== '').join(' › ');
  const known = ISSUE_CODES.has(problem.code);
  return { code: known ? (problem.code as IssueCode) : 'broken-rule', path, expected: problem.expected ?? (known ? 'id' : `rule ${problem.message}`) };
}

/** The size cap in bytes of UTF-8 text (what the file took on disk). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return bytes;
}

export function checkSize(bytes: number): void {
  if (bytes > PACK_MAX_BYTES) {
    throw new CodedError('pack-too-large', `The pack file is ${megabytes(bytes)} MB; packs may be at most ${megabytes(PACK_MAX_BYTES)} MB.`, undefined, [megabytes(bytes), megabytes(PACK_MAX_BYTES)]);
  }
}

export function checkImport(text: string): { file: PackFile; warnings: string[] } {
  checkSize(utf8Length(text));
  const parsed = parsePackText(text);
  if (!parsed.ok) throw new CodedError('pack-not-json', `The file ${parsed.problem.message}.`);
  const raw = parsed.value;
  const checked = checkPackFile(raw);
  const first = checked.problems[0];
  if (first?.code === 'pack-format') throw new CodedError('pack-format', 'The file is not a Briefing Lens pack: its "format" is not "briefing-lens-pack".');
  if (first?.code === 'pack-format-version-future') {
    const version = String((raw as { formatVersion?: unknown }).formatVersion);
    throw new CodedError('pack-format-version-future', `The pack is in format version ${version}; this version of Briefing Lens reads version ${PACK_FORMAT_VERSION}. Update the extension.`, undefined, [version, String(PACK_FORMAT_VERSION)]);
  }
  if (!checked.pack || checked.problems.length > 0) {
    throw new CodedError('pack-invalid', `The pack has ${checked.problems.length} problem(s): ${checked.problems.slice(0, 5).map((p) => `${issueOf(p).path}: ${p.message}`).join('; ')}`, checked.problems.map(issueOf));
  }
  return { file: checked.pack, warnings: checked.warnings.map((p) => `${issueOf(p).path}: ${p.message}`) };
}
