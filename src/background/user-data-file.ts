/**
 * Reading a user-data export file: checks the whole file against its schema
 * (src/shared/schemas/user-data.ts) before anything is written and throws one
 * `CodedError` listing every issue (paths such as `pins[2].pinnedAt`), so a bad file
 * never half-imports.
 */
import * as v from 'valibot';
import { CodedError, issueLine, type Issue } from '../shared/errors';
import { check } from '../shared/schemas/issues';
import { pickKnown } from '../shared/schemas/common';
import { SettingsSchema } from '../shared/schemas/settings';
import { EXPORT_FORMAT, UserDataFileSchema } from '../shared/schemas/user-data';
import type { Settings } from '../shared/settings';
import type { Note, Pin, UserDataExport } from '../shared/user-data';

const MAX_PROBLEMS_SHOWN = 8;

/** What a valid file holds; settings are a patch (fields absent from the file keep their current value). */
export interface ParsedUserData {
  settings: Partial<Settings> | null;
  pins: Pin[];
  notes: Note[];
}

/** An id listed twice in pins or in notes. */
function duplicates(list: readonly { id: string }[], field: string): Issue[] {
  const seen = new Set<string>();
  return list.flatMap((item, i) => {
    if (!seen.has(item.id)) return (seen.add(item.id), []);
    return [{ code: 'duplicate' as const, path: `${field}[${i}].id`, expected: 'id', received: JSON.stringify(item.id) }];
  });
}

/** Parses an export file or throws a `CodedError` naming everything wrong with it. */
export function parseUserDataFile(raw: unknown): ParsedUserData {
  const format = (raw as { format?: unknown } | null)?.format;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || format !== EXPORT_FORMAT) {
    throw new CodedError('not-an-export-file', `This is not a Briefing Lens export file (expected an object with "format": "${EXPORT_FORMAT}").`);
  }
  const version = (raw as { formatVersion?: unknown }).formatVersion;
  if (version !== 1) {
    throw new CodedError('unsupported-export-version', `This export file has format version ${String(version)}; this version of Briefing Lens reads version 1.`);
  }
  // Fields a newer version may add (to the file or its settings) are ignored, not refused.
  const fields = pickKnown(raw, UserDataFileSchema) as Record<string, unknown>;
  const { issues, output } = check(UserDataFileSchema, { ...fields, settings: pickKnown(fields.settings, SettingsSchema) });
  const file = output as v.InferOutput<typeof UserDataFileSchema> | undefined;
  if (file) issues.push(...duplicates(file.pins, 'pins'), ...duplicates(file.notes, 'notes'));
  if (issues.length > 0 || !file) {
    const shown = issues.slice(0, MAX_PROBLEMS_SHOWN).map((issue) => issueLine(issue));
    const more = issues.length - shown.length;
    throw new CodedError(
      'invalid-export-file',
      `The export file was not imported (nothing was changed): ${issues.length} problem${issues.length > 1 ? 's' : ''}: ${shown.join('; ')}${more > 0 ? `; …and ${more} more` : ''}.`,
      issues,
    );
  }
  return { settings: file.settings ?? null, pins: file.pins, notes: file.notes };
}

export function buildExport(settings: Settings, pins: Pin[], notes: Note[], now: Date): UserDataExport {
  return { format: EXPORT_FORMAT, formatVersion: 1, exportedAt: now.toISOString(), settings, pins, notes };
}
