// The JSON Schema of the dataset is generated from the same Valibot schemas the build checks with:
// the committed docs/dataset.schema.json must be what `npm run schema` writes today.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATASET_SCHEMA_PATH, datasetJsonSchema, schemaText } from '../../../scripts/lib/json-schema';
import { REPO_ROOT } from '../../../scripts/lib/paths';

describe('docs/dataset.schema.json', () => {
  const document = datasetJsonSchema();

  it('is up to date with the schemas (run `npm run schema` after changing them)', () => {
    expect(readFileSync(join(REPO_ROOT, DATASET_SCHEMA_PATH), 'utf8')).toBe(schemaText(document));
  });

  it('describes every data file and record with the shapes the validator checks', () => {
    expect(Object.keys(document.properties ?? {})).toEqual(['meta', 'sources', 'actors', 'agreements', 'events', 'quotes', 'relations', 'aliasCollisions']);
    const defs = (document as { $defs: Record<string, { properties: Record<string, { pattern?: string; enum?: unknown[] }>; required: string[] }> }).$defs;
    expect(defs.Actor!.required).toEqual(expect.arrayContaining(['id', 'type', 'kind', 'name', 'aliases', 'summary', 'description', 'facts', 'asOf', 'sources']));
    expect(defs.Event!.properties.date!.pattern).toBeDefined();
    expect(defs.Relation!.properties.type!.enum).toContain('party-to');
  });
});
