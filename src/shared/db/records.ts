/**
 * Shape checks for records read back from IndexedDB, against the same schemas the
 * dataset and the export file are checked with (src/shared/schemas/). The store trusts
 * nothing it reads: a record damaged on disk or written in another shape (an older
 * version, a bug, a hand edit) is skipped in lists, search and the related parts of a
 * card, or reported when it is the one record asked for — never passed on to crash a
 * reply or a page. Damaged records are left where they are (never deleted), so nothing
 * is lost. Cross-record rules stay at build time (src/shared/dataset/validate.ts).
 */
import * as v from 'valibot';
import type { Issue } from '../errors';
import type { Entity, Quote, Relation, Source } from '../model';
import { ENTITY_SCHEMAS, QuoteSchema, RelationSchema, SourceSchema } from '../schemas/dataset';
import { check } from '../schemas/issues';
import { NoteSchema, PinSchema } from '../schemas/user-data';
import type { Note, Pin } from '../user-data';

/** A stored record's id: a ref `<pack>:<id>` (src/shared/pack-ref.ts). */
const storedId = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*:[a-z0-9]+(?:-[a-z0-9]+)*$/, 'record-id pack:id'));

/** A record schema with the id as the store keys it. */
function stored<E extends v.ObjectEntries>(schema: v.StrictObjectSchema<E, undefined>) {
  return v.strictObject({ ...schema.entries, id: storedId });
}

const STORED_ENTITY = { actor: stored(ENTITY_SCHEMAS.actor), agreement: stored(ENTITY_SCHEMAS.agreement), event: stored(ENTITY_SCHEMAS.event) };
const STORED_QUOTE = stored(QuoteSchema);
const STORED_SOURCE = stored(SourceSchema);

/** The schema for a stored entity, by its `type` (actors' when the type is unknown, to report that). */
function entitySchema(value: unknown) {
  const type = (value as { type?: unknown } | null)?.type;
  return type === 'agreement' || type === 'event' ? STORED_ENTITY[type] : STORED_ENTITY.actor;
}

/** What is wrong with a stored entity record (empty when it is sound). */
export function entityRecordIssues(value: unknown): Issue[] {
  return check(entitySchema(value), value).issues;
}

export const isEntityRecord = (value: unknown): value is Entity => v.is(entitySchema(value), value);
export const isQuoteRecord = (value: unknown): value is Quote => v.is(STORED_QUOTE, value);
export const isSourceRecord = (value: unknown): value is Source => v.is(STORED_SOURCE, value);
export const isRelationRecord = (value: unknown): value is Relation => v.is(RelationSchema, value);
export const isPinRecord = (value: unknown): value is Pin => v.is(PinSchema, value);
export const isNoteRecord = (value: unknown): value is Note => v.is(NoteSchema, value);
