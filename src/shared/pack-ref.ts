/**
 * Refs: how the store and every message name a record of a briefing pack. Record ids are
 * unique within a pack only, so the store keys each record by `<pack id>:<record id>`
 * (pack and record ids never contain a colon), and rewrites every reference inside a
 * pack's records the same way when it installs the pack.
 */
export const REF_SEPARATOR = ':';

export function toRef(pack: string, id: string): string {
  return `${pack}${REF_SEPARATOR}${id}`;
}

/** The pack and record ids of a ref; a bare id (no pack) has pack ''. */
export function splitRef(ref: string): { pack: string; id: string } {
  const at = ref.indexOf(REF_SEPARATOR);
  return at < 0 ? { pack: '', id: ref } : { pack: ref.slice(0, at), id: ref.slice(at + 1) };
}

export function packOfRef(ref: string): string {
  return splitRef(ref).pack;
}

/** The key range of every ref of one pack (for deleting or counting a pack's records). */
export function packKeyRange(pack: string): IDBKeyRange {
  return IDBKeyRange.bound(`${pack}${REF_SEPARATOR}`, `${pack}${REF_SEPARATOR}\uffff`);
}
