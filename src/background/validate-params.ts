/**
 * Validators for every background message's params: each returns the params typed or
 * throws an Error whose message names the field and what is wrong with it (the router
 * turns that into an `{ error }` reply). Also validates a settings patch, which the
 * user-data import reuses.
 */
import type { BackgroundMessages } from '../shared/messages';
import type { Validators } from '../shared/messaging';
import { ENTITY_TYPES, type EntityType, type RecordType } from '../shared/model';
import { normaliseSite, type Settings } from '../shared/settings';

export const MAX_ID_LENGTH = 200;
export const MAX_IDS = 500;
export const MAX_QUERY_LENGTH = 200;
export const MAX_LIMIT = 200;
export const MAX_NOTE_LENGTH = 20_000;
const RECORD_TYPES: readonly RecordType[] = [...ENTITY_TYPES, 'quote'];

function show(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return `${typeof value} ${String(value)}`;
  return typeof value;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

/** Params must be an object with only the named keys. */
function object(raw: unknown, allowed: readonly string[]): Record<string, unknown> {
  if (raw === undefined) raw = {};
  if (!isPlainObject(raw)) throw new Error(`params must be an object, got ${show(raw)}.`);
  const extra = Object.keys(raw).filter((key) => !allowed.includes(key));
  if (extra.length > 0) throw new Error(`unexpected field${extra.length > 1 ? 's' : ''} ${extra.map((k) => `"${k}"`).join(', ')}.`);
  return raw;
}

function id(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new Error(`"${field}" must be a non-empty string, got ${show(value)}.`);
  if (value.length > MAX_ID_LENGTH) throw new Error(`"${field}" is longer than ${MAX_ID_LENGTH} characters.`);
  return value;
}

function bool(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') throw new Error(`"${field}" must be true or false, got ${show(value)}.`);
  return value;
}

function empty(raw: unknown): Record<string, never> {
  object(raw, []);
  return {};
}

const HEX = /^#[0-9a-f]{6}$/i;

/**
 * Checks a settings patch field by field, pushing one problem per malformed field
 * (prefixed with `path`). Unknown fields are problems unless `allowUnknown`.
 */
export function checkSettingsPatch(raw: unknown, path: string, problems: string[], allowUnknown = false): Partial<Settings> {
  if (!isPlainObject(raw)) {
    problems.push(`${path} must be an object, got ${show(raw)}.`);
    return {};
  }
  const patch: Partial<Settings> = {};
  for (const [key, value] of Object.entries(raw)) {
    const at = `${path}.${key}`;
    switch (key) {
      case 'enabled':
        if (typeof value === 'boolean') patch.enabled = value;
        else problems.push(`${at} must be true or false, got ${show(value)}.`);
        break;
      case 'disabledSites':
        if (Array.isArray(value) && value.every((s) => typeof s === 'string' && normaliseSite(s) !== '')) patch.disabledSites = value;
        else problems.push(`${at} must be a list of hostnames, got ${show(value)}.`);
        break;
      case 'colour':
        if (typeof value === 'string' && HEX.test(value)) patch.colour = value;
        else problems.push(`${at} must be a hex colour like "#f0b429", got ${show(value)}.`);
        break;
      case 'mode':
        if (value === 'underline' || value === 'background') patch.mode = value;
        else problems.push(`${at} must be "underline" or "background", got ${show(value)}.`);
        break;
      case 'types':
        if (Array.isArray(value) && value.every((t) => ENTITY_TYPES.includes(t as EntityType))) patch.types = value as EntityType[];
        else problems.push(`${at} must be a list of ${ENTITY_TYPES.map((t) => `"${t}"`).join(', ')}, got ${show(value)}.`);
        break;
      case 'hoverDelay':
        if (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 2000) patch.hoverDelay = value;
        else problems.push(`${at} must be a number of milliseconds from 0 to 2000, got ${show(value)}.`);
        break;
      case 'maxHighlights':
        if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 100_000) patch.maxHighlights = value;
        else problems.push(`${at} must be a whole number from 1 to 100000, got ${show(value)}.`);
        break;
      default:
        if (!allowUnknown) problems.push(`${at} is not a known setting.`);
    }
  }
  return patch;
}

function idList(raw: unknown): { ids: string[] } {
  const ids = object(raw, ['ids']).ids;
  if (!Array.isArray(ids)) throw new Error(`"ids" must be a list of ids, got ${show(ids)}.`);
  if (ids.length > MAX_IDS) throw new Error(`"ids" has ${ids.length} ids; at most ${MAX_IDS} are allowed.`);
  return { ids: ids.map((value, i) => id(value, `ids[${i}]`)) };
}

export const validators: Validators<BackgroundMessages> = {
  ping: empty,
  getMatcher: empty,
  getStats: empty,
  listPins: empty,
  exportUserData: empty,
  takeBriefRequest: (raw) => {
    const windowId = object(raw, ['windowId']).windowId;
    if (typeof windowId !== 'number' || !Number.isInteger(windowId)) throw new Error(`"windowId" must be a whole number, got ${show(windowId)}.`);
    return { windowId };
  },
  getCard: (raw) => ({ id: id(object(raw, ['id']).id, 'id') }),
  openDetails: (raw) => ({ id: id(object(raw, ['id']).id, 'id') }),
  getCards: idList,
  getSummaries: idList,
  getTimeline: idList,
  search: (raw) => {
    const p = object(raw, ['query', 'types', 'limit']);
    if (typeof p.query !== 'string') throw new Error(`"query" must be a string, got ${show(p.query)}.`);
    if (p.query.length > MAX_QUERY_LENGTH) throw new Error(`"query" is longer than ${MAX_QUERY_LENGTH} characters.`);
    const params: BackgroundMessages['search']['params'] = { query: p.query };
    if (p.types !== undefined) {
      if (!Array.isArray(p.types) || !p.types.every((t) => RECORD_TYPES.includes(t as RecordType))) {
        throw new Error(`"types" must be a list of ${RECORD_TYPES.map((t) => `"${t}"`).join(', ')}, got ${show(p.types)}.`);
      }
      params.types = p.types as RecordType[];
    }
    if (p.limit !== undefined) {
      if (typeof p.limit !== 'number' || !Number.isInteger(p.limit) || p.limit < 1 || p.limit > MAX_LIMIT) {
        throw new Error(`"limit" must be a whole number from 1 to ${MAX_LIMIT}, got ${show(p.limit)}.`);
      }
      params.limit = p.limit;
    }
    return params;
  },
  getSettings: (raw) => {
    const p = object(raw, ['site']);
    if (p.site === undefined) return {};
    if (typeof p.site !== 'string') throw new Error(`"site" must be a hostname, got ${show(p.site)}.`);
    return { site: p.site };
  },
  setSettings: (raw) => {
    const p = object(raw, ['settings']);
    const problems: string[] = [];
    const settings = checkSettingsPatch(p.settings, 'settings', problems);
    if (problems.length > 0) throw new Error(problems.join(' '));
    return { settings };
  },
  setSiteEnabled: (raw) => {
    const p = object(raw, ['site', 'enabled']);
    if (typeof p.site !== 'string' || normaliseSite(p.site) === '') throw new Error(`"site" must be a hostname such as "example.com", got ${show(p.site)}.`);
    return { site: p.site, enabled: bool(p.enabled, 'enabled') };
  },
  setPin: (raw) => {
    const p = object(raw, ['id', 'pinned']);
    return { id: id(p.id, 'id'), pinned: bool(p.pinned, 'pinned') };
  },
  getNote: (raw) => ({ id: id(object(raw, ['id']).id, 'id') }),
  setNote: (raw) => {
    const p = object(raw, ['id', 'text']);
    if (typeof p.text !== 'string') throw new Error(`"text" must be a string, got ${show(p.text)}.`);
    if (p.text.length > MAX_NOTE_LENGTH) throw new Error(`"text" is longer than ${MAX_NOTE_LENGTH} characters.`);
    return { id: id(p.id, 'id'), text: p.text };
  },
  importUserData: (raw) => {
    const p = object(raw, ['data']);
    if (p.data === undefined) throw new Error('"data" (the parsed export file) is missing.');
    return { data: p.data };
  },
};
