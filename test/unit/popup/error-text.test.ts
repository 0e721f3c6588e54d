// Errors in the reader's language: every issue code and every kind of expected shape the
// schemas report has a message in en, ko and ja, and errorText builds the sentence from the
// code and issues (never from the English message).
import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).fakeBrowser }));

import en from '../../../assets/_locales/en/messages.json';
import ja from '../../../assets/_locales/ja/messages.json';
import ko from '../../../assets/_locales/ko/messages.json';
import { CodedError, type ErrorCode, type IssueCode } from '../../../src/shared/errors';
import { check } from '../../../src/shared/schemas/issues';
import { PARAM_SCHEMAS } from '../../../src/shared/schemas/messages';
import { DATA_FILE_SCHEMAS } from '../../../src/shared/schemas/dataset';
import { PackFileSchema, PackHeaderSchema } from '../../../src/shared/schemas/pack';
import { errorText } from '../../../src/shared/ui/error-text';
import { browserState } from './fake-browser';

const ISSUE_CODES: IssueCode[] = ['missing', 'invalid-type', 'invalid-value', 'out-of-range', 'too-long', 'too-many', 'empty', 'unknown-field', 'duplicate', 'unknown-reference', 'broken-rule'];
const KINDS = ['text', 'filled-text', 'number', 'integer', 'boolean', 'list', 'filled-list', 'object', 'one-of', 'id', 'record-id', 'date', 'date-time', 'url', 'version', 'hostname', 'hex-colour', 'wikidata', 'absent', 'rule'];
const locales = { en, ko, ja } as unknown as Record<string, Record<string, { message: string; placeholders?: object }>>;

describe('error messages', () => {
  it('exist in en, ko and ja for every issue code and expected kind, with the same placeholders', () => {
    const keys = [...ISSUE_CODES.map((code) => `error_issue_${code.replace(/-/g, '_')}`), ...KINDS.map((kind) => `error_expected_${kind.replace(/-/g, '_')}`)];
    const errorKeys = Object.keys(en).filter((key) => key.startsWith('error_'));
    for (const [lang, messages] of Object.entries(locales)) {
      for (const key of [...keys, ...errorKeys]) {
        expect(messages[key]?.message, `${lang} ${key}`).toBeTruthy();
        expect(Object.keys(messages[key]?.placeholders ?? {}), `${lang} ${key}`).toEqual(Object.keys(locales.en![key]?.placeholders ?? {}));
      }
    }
  });

  it('cover every kind the schemas report', () => {
    const bad = [undefined, null, 5, 'x', '', [], {}, [5], { id: 7 }, { type: 'quote', date: 'soon', url: 'ftp://x', version: 'one', wikidata: 'x', homepage: 'x' }];
    const kinds = new Set<string>();
    for (const schema of [...Object.values(PARAM_SCHEMAS), ...Object.values(DATA_FILE_SCHEMAS), PackHeaderSchema, PackFileSchema]) {
      for (const value of bad) for (const issue of check(schema, value).issues) kinds.add(issue.expected.split(' ')[0]!);
    }
    expect([...kinds].filter((kind) => !KINDS.includes(kind))).toEqual([]);
  });

  it('says an issue in the reader\'s language from its code, path and expected shape', () => {
    const error = new CodedError('bad-params', 'English detail that is never shown', [
      { code: 'too-long', path: 'text', expected: 'text ≤ 20000', received: '20001' },
      { code: 'unknown-field', path: 'sparkle', expected: 'absent' },
    ]);
    expect(errorText(error)).toBe('text is too long: expected text ≤ 20000; sparkle is not a known field');
    browserState.locale = 'ja';
    expect(errorText(error, { text: 'メモ' })).toBe('メモ が長すぎます（上限: テキスト ≤ 20000）; sparkle は不明な項目です');
    browserState.locale = 'en';
    expect(errorText(new CodedError('unknown-entity', 'No entity with id "x".'))).toBe('This entry is not in the briefing. It may have been removed in a dataset update');
    expect(errorText(new CodedError('damaged-record', 'Stored record damaged', [{ code: 'missing', path: 'name', expected: 'object' }]))).toMatch(/^The stored briefing is damaged\./);
    expect(errorText(new Error('IndexedDB could not be opened'))).toBe('IndexedDB could not be opened');
  });

  it('has a message of its own for every pack error, filled in with the values the error names', () => {
    const codes: ErrorCode[] = ['pack-not-json', 'pack-format', 'pack-format-version-future', 'pack-too-large', 'pack-invalid', 'pack-same-version', 'pack-downgrade', 'pack-bundled', 'unknown-pack', 'import-expired'];
    for (const code of codes) expect(errorText(new CodedError(code, 'ENGLISH DETAIL', undefined, ['1', '2'])), code).not.toContain('ENGLISH DETAIL');
    expect(errorText(new CodedError('pack-downgrade', 'x', undefined, ['2.1.0', '2.0.0']))).toBe(
      'A newer version of this pack is installed (2.1.0) than the one in this file (2.0.0)',
    );
    browserState.locale = 'ko';
    expect(errorText(new CodedError('pack-same-version', 'x', undefined, ['1.2.0']))).toBe('이 팩의 버전 1.2.0이(가) 이미 설치되어 있습니다');
    browserState.locale = 'en';
    expect(
      errorText(new CodedError('pack-invalid', 'x', [{ code: 'broken-rule', path: 'actors.json › biden › aliases', expected: 'rule an alias of one Latin letter matches everywhere' }])),
    ).toBe('The pack has errors: actors.json › biden › aliases breaks a rule of the pack format (details: an alias of one Latin letter matches everywhere)');
  });
});
