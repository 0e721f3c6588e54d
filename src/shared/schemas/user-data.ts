/**
 * The reader's own records (pins, notes) and the export file that carries them with the
 * settings: the schemas the store checks what it reads back against, and that an
 * import is checked against before anything is written.
 */
import * as v from 'valibot';
import { timestamp } from './common';
import { SettingsPatchSchema, SettingsSchema } from './settings';

export const EXPORT_FORMAT = 'briefing-lens-user-data';
export const MAX_ID_LENGTH = 200;
export const MAX_NOTE_LENGTH = 20_000;
/** Most pins, and most notes, one export file may hold. */
export const MAX_RECORDS = 100_000;

/** An entity id as a message or file names it (whether the entity exists is checked where it matters). */
export const entityId = v.pipe(
  v.string(),
  v.check((s) => s.trim() !== '', 'id'),
  v.maxLength(MAX_ID_LENGTH, `text ≤ ${MAX_ID_LENGTH}`),
);

export const noteText = v.pipe(v.string(), v.maxLength(MAX_NOTE_LENGTH, `text ≤ ${MAX_NOTE_LENGTH}`));

export const PinSchema = v.strictObject({
  /** Entity id. */
  id: entityId,
  /** ISO timestamp. */
  pinnedAt: timestamp,
});

export const NoteSchema = v.strictObject({
  /** Entity id. */
  id: entityId,
  text: noteText,
  /** ISO timestamp. */
  updatedAt: timestamp,
});

const header = {
  format: v.picklist([EXPORT_FORMAT]),
  formatVersion: v.picklist([1]),
};

/** The JSON file written by "Export". */
export const UserDataExportSchema = v.strictObject({
  ...header,
  exportedAt: timestamp,
  settings: SettingsSchema,
  pins: v.array(PinSchema),
  notes: v.array(NoteSchema),
});

const records = <S extends v.GenericSchema>(item: S) => v.optional(v.pipe(v.array(item), v.maxLength(MAX_RECORDS, `list ≤ ${MAX_RECORDS}`)), []);

/**
 * A file "Import" accepts: the export format, where every part but the header may be left
 * out. Fields a newer version may add (to the file or its settings) are dropped before
 * the check (`pickKnown`), not refused.
 */
export const UserDataFileSchema = v.strictObject({
  ...header,
  exportedAt: v.optional(timestamp),
  /** A patch: settings absent from the file keep their current value. */
  settings: v.optional(SettingsPatchSchema),
  pins: records(PinSchema),
  notes: records(NoteSchema),
});
