/**
 * `npm run schema`: writes the JSON Schema of the dataset, generated from the Valibot
 * schemas, to docs/dataset.schema.json (a unit test fails when the committed file is stale).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { DATASET_SCHEMA_PATH, datasetJsonSchema, schemaText } from './lib/json-schema';
import { REPO_ROOT } from './lib/paths';

const path = join(REPO_ROOT, DATASET_SCHEMA_PATH);
await mkdir(dirname(path), { recursive: true });
await writeFile(path, schemaText(datasetJsonSchema()));
console.log(`wrote ${DATASET_SCHEMA_PATH}`);
