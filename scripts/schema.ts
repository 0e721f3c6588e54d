/**
 * `npm run schema`: writes the JSON Schemas generated from the Valibot schemas: the dataset's
 * to docs/dataset.schema.json and the pack file's to docs/pack.schema.json (a unit test fails
 * when a committed file is stale).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { DATASET_SCHEMA_PATH, datasetJsonSchema, PACK_SCHEMA_PATH, packJsonSchema, schemaText } from './lib/json-schema';
import { REPO_ROOT } from './lib/paths';

for (const [file, document] of [
  [DATASET_SCHEMA_PATH, datasetJsonSchema()],
  [PACK_SCHEMA_PATH, packJsonSchema()],
] as const) {
  const path = join(REPO_ROOT, file);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, schemaText(document));
  console.log(`wrote ${file}`);
}
