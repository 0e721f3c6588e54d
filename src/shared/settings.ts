/**
 * The reader's settings: their shape, defaults, and how a stored value is read back
 * safely (unknown or malformed fields fall back to defaults, never throw).
 */
import { ENTITY_TYPES, type EntityType } from './model';

export type HighlightMode = 'underline' | 'background';

export interface Settings {
  /** Highlighting on or off everywhere. */
  enabled: boolean;
  /** Hostnames where highlighting is off. */
  disabledSites: string[];
  /** Highlight colour as a CSS hex colour. */
  colour: string;
  mode: HighlightMode;
  /** Entity types that get highlighted. */
  types: EntityType[];
  /** Milliseconds the pointer must rest on a highlight before its card opens. */
  hoverDelay: number;
  /** Most highlights drawn on one page. */
  maxHighlights: number;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  disabledSites: [],
  colour: '#f0b429',
  // A tint, not an underline: on a very large page Chromium repaints highlight underlines
  // in one task of 40-60 ms whenever highlights change; a tint costs a fraction of that.
  mode: 'background',
  types: [...ENTITY_TYPES],
  hoverDelay: 300,
  maxHighlights: 2000,
});

const HEX = /^#[0-9a-f]{6}$/i;

/** The strings of a list, the rest dropped: one bad entry must not cost the reader the others. */
function strings(list: unknown[]): string[] {
  return list.filter((x): x is string => typeof x === 'string');
}

function clampInt(v: unknown, min: number, max: number, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(min, Math.round(v))) : fallback;
}

/** Reads settings from anything (storage, an import file): keeps valid fields, defaults the rest. */
export function normaliseSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const d = DEFAULT_SETTINGS;
  return {
    enabled: typeof r.enabled === 'boolean' ? r.enabled : d.enabled,
    disabledSites: Array.isArray(r.disabledSites)
      ? [...new Set(strings(r.disabledSites).map((s) => normaliseSite(s)).filter((s) => s !== ''))]
      : [...d.disabledSites],
    colour: typeof r.colour === 'string' && HEX.test(r.colour) ? r.colour.toLowerCase() : d.colour,
    mode: r.mode === 'underline' || r.mode === 'background' ? r.mode : d.mode,
    types: Array.isArray(r.types) ? ENTITY_TYPES.filter((t) => strings(r.types as unknown[]).includes(t)) : [...d.types],
    hoverDelay: clampInt(r.hoverDelay, 0, 2000, d.hoverDelay),
    maxHighlights: clampInt(r.maxHighlights, 1, 100000, d.maxHighlights),
  };
}

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

