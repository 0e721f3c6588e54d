/**
 * Pack files on their way in and out, in pieces: a message carries at most
 * PACK_CHUNK_CHARS characters, so a file of any size up to the cap crosses without
 * meeting the browser's message-size limit. An upload is kept under a token until it is
 * finished or cancelled, or for ten minutes without a piece; an export's text is kept
 * while its pieces are read.
 */
import { CodedError } from '../../shared/errors';
import { PACK_CHUNK_CHARS } from '../../shared/packs';
import { PACK_MAX_BYTES } from '../../shared/schemas/pack';
import { checkSize } from './check-import';

const IDLE_MS = 10 * 60 * 1000;

interface Upload {
  pieces: string[];
  chars: number;
  timer: ReturnType<typeof setTimeout>;
}

export class PackTransfers {
  private readonly uploads = new Map<string, Upload>();
  private exported: { pack: string; text: string } | null = null;
  private counter = 0;

  /** Starts an upload of a file of `bytes` bytes (refused over the cap before any piece is sent). */
  begin(bytes: number): string {
    checkSize(bytes);
    const token = `${Date.now().toString(36)}-${(this.counter++).toString(36)}`;
    this.uploads.set(token, { pieces: [], chars: 0, timer: this.expire(token) });
    return token;
  }

  private expire(token: string): ReturnType<typeof setTimeout> {
    return setTimeout(() => this.uploads.delete(token), IDLE_MS);
  }

  private upload(token: string): Upload {
    const upload = this.uploads.get(token);
    if (!upload) throw new CodedError('import-expired', 'This import is unknown or expired: choose the file again.');
    return upload;
  }

  /** Adds piece `index` (pieces come in order). */
  add(token: string, index: number, text: string): void {
    const upload = this.upload(token);
    if (index !== upload.pieces.length) throw new CodedError('import-expired', `Piece ${index} came out of order (expected ${upload.pieces.length}): choose the file again.`);
    upload.chars += text.length;
    // UTF-8 takes at least one byte per UTF-16 unit: over the cap in characters is over it in bytes.
    if (upload.chars > PACK_MAX_BYTES) {
      this.cancel(token);
      checkSize(upload.chars);
    }
    upload.pieces.push(text);
    clearTimeout(upload.timer);
    upload.timer = this.expire(token);
  }

  /** The whole text, and the upload forgotten. */
  take(token: string): string {
    const upload = this.upload(token);
    this.cancel(token);
    return upload.pieces.join('');
  }

  cancel(token: string): void {
    const upload = this.uploads.get(token);
    if (upload) clearTimeout(upload.timer);
    this.uploads.delete(token);
  }

  /** Piece `index` of a pack's export text (`serialise` runs once per export); `pieces` is how many there are. */
  async exportPiece(pack: string, index: number, serialise: () => Promise<string>): Promise<{ text: string; pieces: number }> {
    if (index === 0 || this.exported?.pack !== pack) this.exported = { pack, text: await serialise() };
    const { text } = this.exported;
    const pieces = Math.max(1, Math.ceil(text.length / PACK_CHUNK_CHARS));
    if (index === pieces - 1) this.exported = null;
    return { text: text.slice(index * PACK_CHUNK_CHARS, (index + 1) * PACK_CHUNK_CHARS), pieces };
  }
}
