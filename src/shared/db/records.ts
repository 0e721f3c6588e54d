/**
 * Shape checks for records read back from IndexedDB. The store trusts nothing it reads:
 * a record damaged on disk or written in another shape (an older version, a bug, a
 * hand edit) is skipped in lists, search and the related parts of a card, or reported
 * when it is the one record asked for — never passed on to crash a reply or a page.
 * Damaged records are left where they are (never deleted), so nothing is lost.
 * The checks cover every field the background and the UIs read; full dataset
 * validation stays at build time (src/shared/dataset/validate.ts).
 */
import { ENTITY_TYPES, LANGS, SOURCE_KINDS, type Entity, type Quote, type Relation, type Source } from '../model';
import type { Note, Pin } from '../user-data';

type Obj = Record<string, unknown>;

function isObject(value: unknown): value is Obj {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function optional(value: unknown, check: (v: unknown) => boolean): boolean {
  return value === undefined || check(value);
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

function isLocalised(value: unknown): boolean {
  return isObject(value) && isString(value.en) && optional(value.ko, isString) && optional(value.ja, isString);
}

function isLang(value: unknown): boolean {
  return (LANGS as readonly unknown[]).includes(value);
}

function isDisputeList(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.every(
      (d) => isObject(d) && isString(d.topic) && Array.isArray(d.versions) && d.versions.every((v) => isObject(v) && isString(v.claim) && isStringList(v.sources)),
    )
  );
}

/** The first field of an entity record that is missing or of the wrong type, or null when the record is sound. */
export function entityRecordProblem(value: unknown): string | null {
  if (!isObject(value)) return 'the record is not an object';
  const checks: [string, boolean][] = [
    ['id', isId(value.id)],
    ['type', (ENTITY_TYPES as readonly unknown[]).includes(value.type)],
    ['name', isLocalised(value.name)],
    ['summary', isLocalised(value.summary)],
    ['description', isLocalised(value.description)],
    ['role', optional(value.role, isLocalised)],
    ['aliases', Array.isArray(value.aliases) && value.aliases.every((a) => isObject(a) && isString(a.text) && isLang(a.lang))],
    ['sources', isStringList(value.sources)],
    ['facts', Array.isArray(value.facts) && value.facts.every((f) => isObject(f) && isLocalised(f.text) && isStringList(f.sources))],
    ['disputed', optional(value.disputed, isDisputeList)],
    ['related', optional(value.related, isStringList)],
    ['parties', value.type !== 'agreement' || isStringList(value.parties)],
    ['participants', value.type !== 'event' || isStringList(value.participants)],
    ['date', value.type === 'event' ? isString(value.date) : optional(value.date, isString)],
  ];
  const bad = checks.find(([, ok]) => !ok);
  return bad ? `"${bad[0]}" is missing or malformed` : null;
}

export function isEntityRecord(value: unknown): value is Entity {
  return entityRecordProblem(value) === null;
}

export function isQuoteRecord(value: unknown): value is Quote {
  return (
    isObject(value) &&
    isId(value.id) &&
    value.type === 'quote' &&
    isString(value.text) &&
    isLang(value.lang) &&
    isString(value.speaker) &&
    isString(value.date) &&
    isString(value.venue) &&
    isString(value.source) &&
    isStringList(value.sources) &&
    optional(value.about, isStringList) &&
    optional(value.translation, isObject) &&
    optional(value.disputed, isDisputeList)
  );
}

export function isSourceRecord(value: unknown): value is Source {
  return (
    isObject(value) &&
    isId(value.id) &&
    (SOURCE_KINDS as readonly unknown[]).includes(value.kind) &&
    isString(value.title) &&
    isString(value.publication) &&
    isString(value.date) &&
    isLang(value.language) &&
    optional(value.url, isString)
  );
}

export function isRelationRecord(value: unknown): value is Relation {
  return isObject(value) && isId(value.from) && isId(value.to) && isString(value.type) && isStringList(value.sources);
}

function isTimestamp(value: unknown): value is string {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value));
}

export function isPinRecord(value: unknown): value is Pin {
  return isObject(value) && isId(value.id) && isTimestamp(value.pinnedAt);
}

export function isNoteRecord(value: unknown): value is Note {
  return isObject(value) && isId(value.id) && isString(value.text) && isTimestamp(value.updatedAt);
}
