/**
 * Building blocks the boundary schemas share: texts, ids, dates, localised text. Each
 * check that the library cannot describe by itself carries its expected shape as its
 * message (a kind word and a language-neutral detail; see src/shared/errors.ts).
 */
import * as v from 'valibot';
import { LANGS } from '../model';

/** A string with something other than spaces in it. */
export const text = v.pipe(v.string(), v.check((s) => s.trim() !== '', 'filled-text'));

/** A record id: lower-case words of a-z and 0-9 joined by hyphens. */
export const recordId = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'record-id a-z0-9-'));

/** An ISO date, YYYY-MM-DD. */
export const fullDate = v.pipe(v.string(), v.regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, 'date YYYY-MM-DD'));

/** An ISO date or partial date: YYYY, YYYY-MM or YYYY-MM-DD. */
export const partialDate = v.pipe(v.string(), v.regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'date YYYY | YYYY-MM | YYYY-MM-DD'));

/** An ISO date-time (a timestamp written by the extension). */
export const timestamp = v.pipe(
  v.string(),
  v.check((s) => /^\d{4}-\d{2}-\d{2}/.test(s) && !Number.isNaN(Date.parse(s)), 'date-time YYYY-MM-DDTHH:MM:SSZ'),
);

export const lang = v.picklist(LANGS);

/** A semantic version, MAJOR.MINOR.PATCH. */
export const semanticVersion = v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+$/, 'version 1.0.0'));

/** A web address: only http: and https: (a pack is untrusted input, so no javascript:, data: or file:). */
export const webUrl = v.pipe(v.string(), v.regex(/^https?:\/\/\S+$/, 'url http(s)://…'));

/** A Wikidata item id. */
export const wikidataId = v.pipe(v.string(), v.regex(/^Q[1-9]\d*$/, 'wikidata Q123'));

/** A non-empty list of non-empty strings (source ids, rule words). */
export const textList = v.pipe(v.array(text), v.minLength(1, 'filled-list'));

/** Source ids a claim rests on (at least one). */
export const sourceIds = textList;

/** Text in English, optionally also in Korean and Japanese. */
export const localised = v.strictObject({ en: text, ko: v.optional(text), ja: v.optional(text) });


/** The fields of `value` that an object schema names, to read a value that may carry fields a newer version added (non-objects pass as they are, for the schema to report). */
export function pickKnown(value: unknown, schema: { entries: object }): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => Object.hasOwn(schema.entries, key)));
}

/** An object (not a list, which the library would take for one) with these fields and no others. */
export function strictRecord<E extends v.ObjectEntries>(entries: E) {
  return v.pipe(
    v.unknown(),
    v.check((value) => !Array.isArray(value), 'object'),
    v.strictObject(entries),
  );
}
