/**
 * A stable checksum of a dataset or a pack file: FNV-1a (64-bit) over the UTF-8 bytes of its canonical JSON
 * (object keys sorted, undefined dropped). Pure JavaScript so it runs the same in Node scripts
 * and in the extension's service worker; it identifies a dataset build, it is not a security hash.
 */
import type { Dataset, PackFile } from '../model';

/** JSON with object keys sorted at every level, so equal data always serialises identically. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : sortKeys(item)));
  if (typeof value === 'object' && value !== null) {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const item = (value as Record<string, unknown>)[key];
      if (item !== undefined) sorted[key] = sortKeys(item);
    }
    return sorted;
  }
  return value;
}

/** FNV-1a 64-bit of the bytes, as 16 hex digits. Works on four 16-bit limbs to stay within safe integers. */
export function fnv1a64(bytes: Uint8Array): string {
  // Offset basis 0xcbf29ce484222325, least significant limb first.
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (const byte of bytes) {
    h0 ^= byte;
    // Multiply by the prime 0x100000001b3 = 2^40 + 0x1b3 (2^40 is 0x100 in limb 2).
    const t0 = h0 * 0x1b3;
    let t1 = h1 * 0x1b3;
    let t2 = h2 * 0x1b3 + h0 * 0x100;
    const t3 = h3 * 0x1b3 + h1 * 0x100;
    t1 += t0 >>> 16;
    h0 = t0 & 0xffff;
    t2 += t1 >>> 16;
    h1 = t1 & 0xffff;
    h3 = (t3 + (t2 >>> 16)) & 0xffff;
    h2 = t2 & 0xffff;
  }
  return [h3, h2, h1, h0].map((limb) => limb.toString(16).padStart(4, '0')).join('');
}

/** Stable checksum of the dataset, e.g. `fnv1a64:af63dc4c8601ec8c`. */
export function datasetChecksum(dataset: Dataset): string {
  return `fnv1a64:${fnv1a64(new TextEncoder().encode(canonicalJson(dataset)))}`;
}

/** Stable checksum of a pack file's content, in the same form (key order and whitespace do not count). */
export function packChecksum(pack: PackFile): string {
  return `fnv1a64:${fnv1a64(new TextEncoder().encode(canonicalJson(pack)))}`;
}
