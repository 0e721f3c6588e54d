/**
 * The reader's own data (pins, notes, settings) and its export file format.
 * User records live in their own IndexedDB stores and survive every dataset update.
 */
import type { Settings } from './settings';

export interface Pin {
  /** Entity id. */
  id: string;
  /** ISO timestamp. */
  pinnedAt: string;
}

export interface Note {
  /** Entity id. */
  id: string;
  text: string;
  /** ISO timestamp. */
  updatedAt: string;
}

/** The JSON file written by "Export" and read by "Import". */
export interface UserDataExport {
  format: 'briefing-lens-user-data';
  formatVersion: 1;
  exportedAt: string;
  settings: Settings;
  pins: Pin[];
  notes: Note[];
}

/** What an import did; nothing is written unless the whole file is valid. */
export interface ImportReport {
  pins: number;
  notes: number;
  settings: boolean;
}
