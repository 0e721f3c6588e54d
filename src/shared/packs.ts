/**
 * What the background tells the extension's pages about briefing packs: each installed
 * pack with its state, and what an import did. Pack files themselves: schemas/pack.ts.
 */
import type { PackLabel } from './card';
import type { PackCounts, PackOrigin } from './db/schema';
import type { Lang, LocalisedText } from './model';

export type { PackCounts, PackOrigin } from './db/schema';

/** An installed pack as the options page lists it. */
export interface PackInfo extends PackLabel {
  description: LocalisedText;
  languages: Lang[];
  license: string;
  authors: string[];
  homepage?: string;
  origin: PackOrigin;
  /** Ships with the extension: can be switched off, not removed. */
  bundled: boolean;
  enabled: boolean;
  counts: PackCounts;
  installedAt: string;
}

/** What an import did: installed a new pack, updated (or, confirmed, downgraded) an installed one. */
export interface PackImportReport {
  pack: PackInfo;
  status: 'installed' | 'updated' | 'downgraded';
  /** The version it replaced. */
  previousVersion?: string;
  /** Pins and notes on entities the new version no longer has. */
  droppedPins: number;
  droppedNotes: number;
  /** Problems an author should fix that do not stop the import (English lines). */
  warnings: string[];
}

/** The stages of an import the options page shows in its progress bar. */
export type PackImportPhase = 'checking' | 'writing' | 'indexing';

/** The largest pack file the extension imports, in bytes. */
export const PACK_MAX_BYTES = 50 * 1024 * 1024;

/** Largest piece of a pack file one message carries (characters). */
export const PACK_CHUNK_CHARS = 1 << 20;
