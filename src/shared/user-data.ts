/**
 * The reader's own data (pins, notes, settings) and its export file format; the types
 * come from the schemas in schemas/user-data.ts. User records live in their own
 * IndexedDB stores and survive every dataset update.
 */
import type * as v from 'valibot';
import type { NoteSchema, PinSchema, UserDataExportSchema } from './schemas/user-data';

export type Pin = v.InferOutput<typeof PinSchema>;
export type Note = v.InferOutput<typeof NoteSchema>;
/** The JSON file written by "Export" and read by "Import". */
export type UserDataExport = v.InferOutput<typeof UserDataExportSchema>;

/** What an import did; nothing is written unless the whole file is valid. */
export interface ImportReport {
  pins: number;
  notes: number;
  settings: boolean;
}
