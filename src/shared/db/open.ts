/**
 * Opening the briefing database: runs the upgrade ladder, gives way to newer versions
 * opened elsewhere (closes on `versionchange`), and never hangs — a blocked upgrade or
 * an open that takes too long rejects with a `StoreOpenError` telling the reader what to do.
 */
import { openDB } from 'idb';
import { DB_NAME, DB_VERSION, upgradeSchema, type BriefingDB, type BriefingDb } from './schema';

export class StoreOpenError extends Error {
  override name = 'StoreOpenError';
}

export interface OpenOptions {
  name?: string;
  version?: number;
  /** Give up after this many milliseconds (default 10 s). */
  timeoutMs?: number;
  /** Called when the connection closes because a newer version wants to open, or the browser dropped it. */
  onClose?: () => void;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function openBriefingDb(options: OpenOptions = {}): Promise<BriefingDb> {
  const { name = DB_NAME, version = DB_VERSION, timeoutMs = 10_000, onClose } = options;
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (message: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(new StoreOpenError(message));
    };
    const timer = setTimeout(
      () =>
        fail(
          `Opening the briefing database timed out after ${Math.round(timeoutMs / 100) / 10} s. ` +
            'Close other extension pages, reload the extension (or restart the browser) and try again.',
        ),
      timeoutMs,
    );
    openDB<BriefingDB>(name, version, {
      upgrade: (db, oldVersion, newVersion, tx) => upgradeSchema(db, oldVersion, newVersion ?? version, tx),
      blocked: (currentVersion) =>
        fail(
          `The briefing database cannot be upgraded to version ${version}: another extension page still has ` +
            `version ${currentVersion} open. Close the extension's popup and options tabs (or restart the browser), then try again.`,
        ),
      blocking: (_current, _blocked, event) => {
        (event.target as IDBDatabase).close();
        onClose?.();
      },
      terminated: () => onClose?.(),
    }).then(
      (db) => {
        if (settled) {
          db.close();
          return;
        }
        settled = true;
        clearTimeout(timer);
        resolve(db);
      },
      (error) => fail(`Could not open the briefing database: ${describe(error)}. Reload the extension and try again.`),
    );
  });
}
