/**
 * Errors from the background in the reader's language: a reply's code, and for
 * malformed input each issue (the field, what is wrong, what was expected), through
 * the `error_*` messages in _locales, filled in with the values the error names (its
 * `params`: versions, sizes). Pages name fields they know by their own labels
 * (the options page says "Hover delay" for `settings.hoverDelay`). Errors without a
 * code of their own (a failure of the browser's storage) show their message.
 */
import { CodedError, type Issue } from '../errors';
import { t, type MessageKey } from './i18n';

/** Labels for issue paths, e.g. `{ 'settings.hoverDelay': 'Hover delay' }`. */
export type FieldLabels = Readonly<Record<string, string>>;

const MAX_ISSUES_SHOWN = 3;

const CODE_MESSAGES: Partial<Record<string, MessageKey>> = {
  'unknown-entity': 'error_unknown_entity',
  'not-an-export-file': 'error_not_an_export_file',
  'unsupported-export-version': 'error_unsupported_export_version',
  'damaged-record': 'error_damaged_record',
  'no-reply': 'error_no_reply',
  'unknown-message': 'error_bad_request',
  'not-a-request': 'error_bad_request',
  'bad-params': 'error_bad_request',
  'pack-not-json': 'error_pack_not_json',
  'pack-format': 'error_pack_format',
  'pack-format-version-future': 'error_pack_format_version_future',
  'pack-too-large': 'error_pack_too_large',
  'pack-invalid': 'error_pack_invalid',
  'pack-same-version': 'error_pack_same_version',
  'pack-downgrade': 'error_pack_downgrade',
  'pack-bundled': 'error_pack_bundled',
  'unknown-pack': 'error_unknown_pack',
  'import-expired': 'error_import_expired',
};

/** Codes whose issues follow their own message (what is wrong with the file, then where). */
const LEAD_BEFORE_ISSUES: ReadonlySet<string> = new Set(['pack-invalid']);

function underscored(word: string): string {
  return word.replace(/-/g, '_');
}

/** The expected shape in words: the kind's message, then its language-neutral detail. */
export function expectedText(expected: string): string {
  const space = expected.indexOf(' ');
  const kind = space < 0 ? expected : expected.slice(0, space);
  const detail = space < 0 ? '' : expected.slice(space + 1);
  const word = t(`error_expected_${underscored(kind)}` as MessageKey);
  return detail === '' ? word : `${word} ${detail}`;
}

/** One issue as a sentence. */
export function issueText(issue: Issue, labels: FieldLabels = {}): string {
  const field = labels[issue.path] ?? (issue.path === '' ? t('error_issue_value') : issue.path);
  return t(`error_issue_${underscored(issue.code)}` as MessageKey, [field, expectedText(issue.expected)]);
}

/**
 * What went wrong, for the reader: one clause without a final full stop, since the
 * pages set it into their own sentences ("Not saved: …", "… was not imported: ….").
 */
export function errorText(error: unknown, labels: FieldLabels = {}): string {
  return sentence(error, labels).replace(/[.。]$/, '');
}

function sentence(error: unknown, labels: FieldLabels): string {
  if (!(error instanceof CodedError)) return error instanceof Error ? error.message : String(error);
  // Issues are listed for what the reader or the page sent; a damaged stored record is explained by its code.
  const issues = error.code === 'damaged-record' ? [] : (error.issues ?? []);
  if (issues.length > 0) {
    const shown = issues.slice(0, MAX_ISSUES_SHOWN).map((issue) => issueText(issue, labels));
    if (issues.length > shown.length) shown.push(t('error_more_issues', String(issues.length - shown.length)));
    const lead = LEAD_BEFORE_ISSUES.has(error.code) ? CODE_MESSAGES[error.code] : undefined;
    return lead ? `${t(lead, error.params ?? [])} ${shown.join('; ')}` : shown.join('; ');
  }
  const key = CODE_MESSAGES[error.code];
  return key ? t(key, error.params ?? []) : error.message;
}
