/**
 * The reader's settings as the pages need them: the type, the bounds, the defaults, and
 * whether a site is highlighted. The schema and reading a stored value back
 * (`normaliseSettings`) live in schemas/settings.ts, which the content script and the
 * pages do not load.
 */
import { ENTITY_TYPES } from './model';
import type * as v from 'valibot';
import type { SettingsSchema } from './schemas/settings';

/** The reader's settings; each field is documented on its schema (schemas/settings.ts). */
export type Settings = v.InferOutput<typeof SettingsSchema>;
export type HighlightMode = Settings['mode'];

/**
 * The bounds of the numeric settings, declared once: the schema (schemas/settings.ts)
 * checks them and the options form offers them. Here rather than in the schema module so
 * the pages that only show them do not load the schema library.
 */
export const SETTING_LIMITS = {
  hoverDelay: { min: 0, max: 2000 },
  maxHighlights: { min: 1, max: 100_000 },
} as const;

export const HIGHLIGHT_MODES = ['underline', 'background'] as const;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  disabledSites: [],
  colour: '#f0b429',
  // A tint, not an underline: on a very large page Chromium repaints highlight underlines
  // in one task of 40-60 ms whenever highlights change; a tint costs a fraction of that.
  mode: 'background',
  types: [...ENTITY_TYPES],
  hoverDelay: 300,
  cardExpanded: false,
  maxHighlights: 2000,
});

/** A site key from a hostname or URL typed by the reader: lower-case hostname without `www.`. */
export function normaliseSite(input: string): string {
  let host = input.trim().toLowerCase();
  try {
    if (host.includes('://')) host = new URL(host).hostname;
  } catch {
    return '';
  }
  host = host.replace(/\/.*$/, '').replace(/:\d+$/, '');
  return host.startsWith('www.') ? host.slice(4) : host;
}

/** Whether highlighting is on for a hostname under these settings. */
export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(normaliseSite(hostname));
}

