/**
 * Reading a user-data export file: checks the whole file before anything is written
 * and throws one Error listing every problem found (field paths such as
 * `pins[2].pinnedAt`), so a bad file never half-imports.
 */
import type { Note, Pin, UserDataExport } from '../shared/user-data';
import type { Settings } from '../shared/settings';
import { checkSettingsPatch, isPlainObject, MAX_ID_LENGTH, MAX_NOTE_LENGTH } from './validate-params';

export const EXPORT_FORMAT = 'briefing-lens-user-data';
const MAX_RECORDS = 100_000;
const MAX_PROBLEMS_SHOWN = 8;

/** What a valid file holds; settings are a patch (fields absent from the file keep their current value). */
export interface ParsedUserData {
  settings: Partial<Settings> | null;
  pins: Pin[];
  notes: Note[];
}

function isTimestamp(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(Date.parse(value));
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 40));
  return typeof value === 'number' || typeof value === 'boolean' ? `${typeof value} ${value}` : typeof value;
}

function checkList<T>(
  raw: unknown,
  field: 'pins' | 'notes',
  problems: string[],
  check: (item: Record<string, unknown>, at: string) => T | null,
): T[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.push(`"${field}" must be a list, got ${describe(raw)}.`);
    return [];
  }
  if (raw.length > MAX_RECORDS) {
    problems.push(`"${field}" has ${raw.length} entries; at most ${MAX_RECORDS} are allowed.`);
    return [];
  }
  const out: T[] = [];
  const seen = new Set<string>();
  raw.forEach((item, i) => {
    const at = `${field}[${i}]`;
    if (!isPlainObject(item)) {
      problems.push(`${at} must be an object, got ${describe(item)}.`);
      return;
    }
    const id = item.id;
    if (typeof id !== 'string' || id.trim() === '' || id.length > MAX_ID_LENGTH) {
      problems.push(`${at}.id must be a non-empty entity id, got ${describe(id)}.`);
      return;
    }
    if (seen.has(id)) problems.push(`${at}.id "${id}" appears more than once.`);
    seen.add(id);
    const value = check(item, at);
    if (value) out.push(value);
  });
  return out;
}

/** Parses an export file or throws an Error naming everything wrong with it. */
export function parseUserDataFile(raw: unknown): ParsedUserData {
  if (!isPlainObject(raw)) throw new Error(`This is not a Briefing Lens export file: expected a JSON object, got ${describe(raw)}.`);
  if (raw.format !== EXPORT_FORMAT) {
    throw new Error(`This is not a Briefing Lens export file: "format" is ${describe(raw.format)}, expected "${EXPORT_FORMAT}".`);
  }
  if (raw.formatVersion !== 1) {
    throw new Error(`This export file has format version ${describe(raw.formatVersion)}; this version of Briefing Lens reads version 1.`);
  }
  const problems: string[] = [];
  if (raw.exportedAt !== undefined && !isTimestamp(raw.exportedAt)) problems.push(`"exportedAt" must be an ISO date-time, got ${describe(raw.exportedAt)}.`);
  const settings = raw.settings === undefined ? null : checkSettingsPatch(raw.settings, 'settings', problems, true);
  const pins = checkList<Pin>(raw.pins, 'pins', problems, (item, at) => {
    if (!isTimestamp(item.pinnedAt)) {
      problems.push(`${at}.pinnedAt must be an ISO date-time, got ${describe(item.pinnedAt)}.`);
      return null;
    }
    return { id: item.id as string, pinnedAt: item.pinnedAt };
  });
  const notes = checkList<Note>(raw.notes, 'notes', problems, (item, at) => {
    let ok = true;
    if (typeof item.text !== 'string') {
      problems.push(`${at}.text must be a string, got ${describe(item.text)}.`);
      ok = false;
    } else if (item.text.length > MAX_NOTE_LENGTH) {
      problems.push(`${at}.text is longer than ${MAX_NOTE_LENGTH} characters.`);
      ok = false;
    }
    if (!isTimestamp(item.updatedAt)) {
      problems.push(`${at}.updatedAt must be an ISO date-time, got ${describe(item.updatedAt)}.`);
      ok = false;
    }
    return ok ? { id: item.id as string, text: item.text as string, updatedAt: item.updatedAt as string } : null;
  });
  if (problems.length > 0) {
    const shown = problems.slice(0, MAX_PROBLEMS_SHOWN);
    const more = problems.length - shown.length;
    throw new Error(
      `The export file was not imported (nothing was changed): ${problems.length} problem${problems.length > 1 ? 's' : ''}: ${shown.join(' ')}${more > 0 ? ` …and ${more} more.` : ''}`,
    );
  }
  return { settings, pins, notes };
}

export function buildExport(settings: Settings, pins: Pin[], notes: Note[], now: Date): UserDataExport {
  return { format: EXPORT_FORMAT, formatVersion: 1, exportedAt: now.toISOString(), settings, pins, notes };
}
