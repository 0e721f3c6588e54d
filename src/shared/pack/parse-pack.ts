/**
 * Checking a briefing pack file (format v1): the format mark and version, the header,
 * then the collections through the dataset checks. `pack` is set only when there are no problems.
 */
import * as v from 'valibot';
import type { PackFile } from '../model';
import { PACK_FORMAT, PACK_FORMAT_VERSION, PackHeaderSchema } from '../schemas/pack';
import { checkDataset } from '../dataset/validate';
import type { Problem } from '../dataset/rules';

export interface PackCheck {
  pack: PackFile | null;
  problems: Problem[];
  warnings: Problem[];
  notes: Problem[];
}

export function checkPackFile(raw: unknown, _options: { installed?: PackFile[] } = {}): PackCheck {
  const problems: Problem[] = [];
  const file = 'pack';
  const input = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : null;
  if (!input) return { pack: null, problems: [{ file, code: 'invalid-type', expected: 'object', message: 'must be a JSON object' }], warnings: [], notes: [] };
  if (input.format !== PACK_FORMAT) problems.push({ file, field: 'format', code: 'pack-format' as Problem['code'], expected: PACK_FORMAT, message: `must be "${PACK_FORMAT}"` });
  else if (typeof input.formatVersion === 'number' && input.formatVersion > PACK_FORMAT_VERSION)
    problems.push({ file, field: 'formatVersion', code: 'pack-format-version-future' as Problem['code'], expected: String(PACK_FORMAT_VERSION), message: `is ${input.formatVersion}, newer than this version reads (${PACK_FORMAT_VERSION})` });
  else if (input.formatVersion !== PACK_FORMAT_VERSION) problems.push({ file, field: 'formatVersion', code: 'invalid-value', expected: String(PACK_FORMAT_VERSION), message: `must be ${PACK_FORMAT_VERSION}` });
  if (problems.length > 0) return { pack: null, problems, warnings: [], notes: [] };
  const header = v.safeParse(PackHeaderSchema, input.pack);
  if (!header.success) problems.push({ file, field: 'pack', code: 'invalid-value', expected: 'object', message: 'has a malformed header' });
  const meta = header.success ? { version: header.output.version, title: header.output.title.en, asOf: header.output.asOf } : input.pack;
  const checked = checkDataset({ ...input, meta, format: undefined, formatVersion: undefined, pack: undefined }, null);
  problems.push(...checked.problems);
  if (problems.length > 0 || !header.success) return { pack: null, problems, warnings: [], notes: [] };
  const { meta: _meta, ...collections } = checked.dataset;
  return { pack: { format: PACK_FORMAT, formatVersion: PACK_FORMAT_VERSION, pack: header.output, ...collections }, problems, warnings: [], notes: [] };
}
