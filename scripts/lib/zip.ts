/**
 * Deterministic zip archives for the release: entries sorted by path, every timestamp
 * fixed at 1980-01-01 00:00 (the earliest a zip can hold), Unix permissions 0644 (0755
 * for files git marks executable), deflate at level 9. The same files in give the same
 * bytes out on any machine and in any time zone. The zip format itself is fflate's.
 * Also unpacks an archive into a folder (to lint the .xpi and to load the Chrome zip in
 * tests as a store would).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { unzipSync, zipSync, type ZipOptions } from 'fflate';

export interface ZipEntry {
  /** Path inside the archive, with forward slashes. */
  path: string;
  data: Uint8Array;
  executable?: boolean;
}

/**
 * fflate writes the DOS timestamp from the Date's local-time fields, so the fixed time is
 * built from local fields too: every time zone then writes the same 1980-01-01 00:00.
 */
export const ZIP_TIME = new Date(1980, 0, 1, 0, 0, 0);

/** Unix "version made by", so unzip and the stores read the permission bits below. */
const UNIX = 3;
const FILE_MODE = 0o100644;
const EXECUTABLE_MODE = 0o100755;

export function deterministicZip(entries: readonly ZipEntry[]): Uint8Array {
  const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const files: Record<string, [Uint8Array, ZipOptions]> = {};
  for (const entry of sorted) {
    if (entry.path in files) throw new Error(`zip: ${entry.path} twice`);
    // fflate takes the entries as object keys; an all-digit key would be moved to the front.
    if (/^\d+$/.test(entry.path)) throw new Error(`zip: ${entry.path} is an all-digit name`);
    if (entry.path.startsWith('/') || entry.path.includes('\\') || entry.path.split('/').includes('..')) {
      throw new Error(`zip: ${entry.path} is not a relative forward-slash path`);
    }
    const mode = entry.executable ? EXECUTABLE_MODE : FILE_MODE;
    files[entry.path] = [entry.data, { level: 9, mtime: ZIP_TIME, os: UNIX, attrs: mode << 16 }];
  }
  return zipSync(files);
}

/** Writes every file of a zip archive under `dir`. */
export async function extractZip(archive: Uint8Array, dir: string): Promise<void> {
  for (const [path, data] of Object.entries(unzipSync(archive))) {
    if (path.endsWith('/')) continue;
    if (path.startsWith('/') || path.split('/').includes('..')) throw new Error(`zip: ${path} points outside the folder`);
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), data);
  }
}
