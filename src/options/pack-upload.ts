/**
 * Sending a pack file to the background and importing it: the size is checked against the
 * cap before anything is read; the file is read in slices, decoded as UTF-8 and sent in
 * pieces of at most PACK_CHUNK_CHARS characters, yielding to the page between pieces so it
 * stays responsive; then the background checks, writes and indexes the pack, reporting each
 * phase (`packImportProgress`), which this passes on with the upload's own progress.
 */
import { CodedError } from '../shared/errors';
import { onPageMessage } from '../shared/ui/page-messages';
import { sendToBackground } from '../shared/messaging';
import { PACK_CHUNK_CHARS, PACK_MAX_BYTES, type PackImportPhase, type PackImportReport } from '../shared/packs';

/** Where an import is: `upload` (reading and sending the file, in bytes), then the background's phases. */
export type ImportPhase = 'upload' | PackImportPhase;

export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  total: number;
}

/** Bytes read from the file at a time (several pieces' worth). */
const SLICE_BYTES = 4 * 1024 * 1024;

/** A size in MB as the reader's messages name it (one decimal, as the background says it). */
export function megabytes(bytes: number): string {
  return (Math.round((bytes / (1024 * 1024)) * 10) / 10).toString();
}

/** Refuses a file over the cap before any of it is read or sent. */
function checkFileSize(bytes: number): void {
  if (bytes > PACK_MAX_BYTES)
    throw new CodedError('pack-too-large', `The pack file is ${megabytes(bytes)} MB; packs may be at most ${megabytes(PACK_MAX_BYTES)} MB.`, undefined, [
      megabytes(bytes),
      megabytes(PACK_MAX_BYTES),
    ]);
}

/** Lets the page handle input and paint before the next piece. */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Where to cut `text` into a piece starting at `start`: never between the two halves of a surrogate pair. */
function pieceEnd(text: string, start: number): number {
  const end = Math.min(text.length, start + PACK_CHUNK_CHARS);
  if (end < text.length && end > start + 1) {
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff) return end - 1;
  }
  return end;
}

/** The reader cancelled the import. */
export class ImportCancelled extends Error {
  override name = 'ImportCancelled';
}

/**
 * Imports `file` as a pack and returns what the import did. Throws a `MessageError` (or
 * `CodedError`) with the reason when the file or the pack is refused, `ImportCancelled`
 * when `signal` aborts while the file is still being sent.
 */
export async function importPackFile(
  file: Blob,
  options: { allowDowngrade?: boolean; signal?: AbortSignal; onProgress: (progress: ImportProgress) => void },
): Promise<PackImportReport> {
  const { signal, onProgress } = options;
  checkFileSize(file.size);
  onProgress({ phase: 'upload', done: 0, total: file.size });
  const { token } = await sendToBackground('importPackBegin', { bytes: file.size });
  try {
    await sendPieces(file, token, signal, onProgress);
  } catch (error) {
    await sendToBackground('importPackCancel', { token }).catch(() => {});
    throw error;
  }
  const listening = new AbortController();
  onPageMessage(
    'packImportProgress',
    (progress) => {
      if (progress.token === token) onProgress({ phase: progress.phase, done: progress.done, total: progress.total });
    },
    listening.signal,
  );
  try {
    return await sendToBackground('importPackFinish', { token, ...(options.allowDowngrade ? { allowDowngrade: true } : {}) });
  } finally {
    listening.abort();
  }
}

async function sendPieces(file: Blob, token: string, signal: AbortSignal | undefined, onProgress: (progress: ImportProgress) => void): Promise<void> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let index = 0;
  let pending = '';
  const send = async (final: boolean) => {
    let start = 0;
    while (pending.length - start >= PACK_CHUNK_CHARS || (final && start < pending.length)) {
      if (signal?.aborted) throw new ImportCancelled('The import was cancelled.');
      const end = pieceEnd(pending, start);
      await sendToBackground('importPackPiece', { token, index: index++, text: pending.slice(start, end) });
      start = end;
      await yieldToPage();
    }
    pending = pending.slice(start);
  };
  for (let offset = 0; offset < file.size; offset += SLICE_BYTES) {
    if (signal?.aborted) throw new ImportCancelled('The import was cancelled.');
    const bytes = new Uint8Array(await file.slice(offset, offset + SLICE_BYTES).arrayBuffer());
    try {
      pending += decoder.decode(bytes, { stream: true });
    } catch {
      throw new CodedError('pack-not-json', 'The file is not UTF-8 text.');
    }
    await send(false);
    onProgress({ phase: 'upload', done: Math.min(file.size, offset + SLICE_BYTES), total: file.size });
    await yieldToPage();
  }
  try {
    pending += decoder.decode();
  } catch {
    throw new CodedError('pack-not-json', 'The file is not UTF-8 text.');
  }
  await send(true);
}
