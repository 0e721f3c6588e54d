/**
 * Building blocks the boundary schemas share: texts, ids, dates, localised text. Each
 * check that the library cannot describe by itself carries its expected shape as its
 * message (a kind word and a language-neutral detail; see src/shared/errors.ts).
 */
import * as v from 'valibot';
import { LANGS } from '../model';

/** A string with something other than spaces in it. */
export const text = v.pipe(v.string(), v.check((s) => s.trim() !== '', 'text non-empty'));

/** A record id: lower-case words of a-z and 0-9 joined by hyphens. */
export const recordId = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id a-z 0-9 -'));

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

/** A non-empty list of non-empty strings (source ids, rule words). */
export const textList = v.pipe(v.array(text), v.minLength(1, 'list non-empty'));

/** Source ids a claim rests on (at least one). */
export const sourceIds = textList;

/** Text in English, optionally also in Korean and Japanese. */
export const localised = v.strictObject({ en: text, ko: v.optional(text), ja: v.optional(text) });

