/**
 * The reader's settings: their schema (the `Settings` type, the check of a `setSettings`
 * patch and of an imported file's settings, with the bounds of settings.ts) and
 * `normaliseSettings`, which reads a stored value back keeping every valid field and
 * defaulting the rest (it never throws).
 */
import * as v from 'valibot';
import { ENTITY_TYPES } from '../model';
import { pickKnown, strictRecord } from './common';
import { DEFAULT_SETTINGS, HIGHLIGHT_MODES, normaliseSite, SETTING_LIMITS } from '../settings';

const HEX = /^#[0-9a-f]{6}$/i;
const { hoverDelay, maxHighlights } = SETTING_LIMITS;
const hoverDelayRange = `number ${hoverDelay.min}–${hoverDelay.max}`;
const maxHighlightsRange = `integer ${maxHighlights.min}–${maxHighlights.max}`;

/** A hostname or page address the reader typed (normalised when stored). */
export const siteSchema = v.pipe(v.string(), v.check((s) => normaliseSite(s) !== '', 'hostname example.com'));

const entries = {
  /** Highlighting on or off everywhere. */
  enabled: v.boolean(),
  /** Hostnames where highlighting is off. */
  disabledSites: v.array(siteSchema),
  /** Highlight colour as a CSS hex colour. */
  colour: v.pipe(v.string(), v.regex(HEX, 'hex-colour #rrggbb')),
  mode: v.picklist(HIGHLIGHT_MODES),
  /** Entity types that get highlighted. */
  types: v.array(v.picklist(ENTITY_TYPES)),
  /** Milliseconds the pointer must rest on a highlight before its card opens. */
  hoverDelay: v.pipe(v.number(), v.minValue(hoverDelay.min, hoverDelayRange), v.maxValue(hoverDelay.max, hoverDelayRange)),
  /** Hover cards open expanded (the full briefing) instead of the compact quick look. */
  cardExpanded: v.boolean(),
  /** Most highlights drawn on one page. */
  maxHighlights: v.pipe(
    v.number(),
    v.check((n: number) => Number.isInteger(n), maxHighlightsRange),
    v.minValue(maxHighlights.min, maxHighlightsRange),
    v.maxValue(maxHighlights.max, maxHighlightsRange),
  ),
};

export const SettingsSchema = v.strictObject(entries);

const optionalEntries = Object.fromEntries(Object.entries(entries).map(([key, schema]) => [key, v.optional(schema)])) as {
  [K in keyof typeof entries]: v.OptionalSchema<(typeof entries)[K], undefined>;
};

/** A `setSettings` patch, or the settings of an export file: any of the settings, nothing else. */
export const SettingsPatchSchema = strictRecord(optionalEntries);


const strings = (list: unknown[]): string[] => list.filter((x): x is string => typeof x === 'string');
const clamped = (key: keyof typeof SETTING_LIMITS) =>
  v.pipe(
    v.number(),
    v.check((n: number) => Number.isFinite(n)),
    v.transform((n) => Math.min(SETTING_LIMITS[key].max, Math.max(SETTING_LIMITS[key].min, Math.round(n)))),
  );

/** Stored settings read leniently: one bad field, or one bad entry of a list, costs the reader only that. */
const StoredSettingsSchema = v.strictObject({
  enabled: v.fallback(v.boolean(), DEFAULT_SETTINGS.enabled),
  disabledSites: v.fallback(
    v.pipe(v.array(v.unknown()), v.transform((list) => [...new Set(strings(list).map(normaliseSite).filter((s) => s !== ''))])),
    () => [...DEFAULT_SETTINGS.disabledSites],
  ),
  colour: v.fallback(v.pipe(entries.colour, v.transform((colour) => colour.toLowerCase())), DEFAULT_SETTINGS.colour),
  mode: v.fallback(entries.mode, DEFAULT_SETTINGS.mode),
  types: v.fallback(
    v.pipe(v.array(v.unknown()), v.transform((list) => ENTITY_TYPES.filter((type) => list.includes(type)))),
    () => [...DEFAULT_SETTINGS.types],
  ),
  hoverDelay: v.fallback(clamped('hoverDelay'), DEFAULT_SETTINGS.hoverDelay),
  cardExpanded: v.fallback(v.boolean(), DEFAULT_SETTINGS.cardExpanded),
  maxHighlights: v.fallback(clamped('maxHighlights'), DEFAULT_SETTINGS.maxHighlights),
});

/** Reads settings from anything (storage, an import file): keeps valid fields, defaults the rest. */
export function normaliseSettings(raw: unknown): v.InferOutput<typeof SettingsSchema> {
  return v.parse(StoredSettingsSchema, typeof raw === 'object' && raw !== null ? pickKnown(raw, StoredSettingsSchema) : {});
}
