/**
 * JSON Schema documents generated from the Valibot schemas in src/shared/schemas, so the
 * published description of a format can never drift from what the extension checks.
 * `datasetJsonSchema()` describes the dataset (docs/dataset.schema.json) and `packJsonSchema()`
 * the briefing pack file (docs/pack.schema.json), both written by `npm run schema`;
 * `jsonSchemaDocument` is the general form for other formats.
 * Checks JSON Schema cannot say (non-blank text, the dataset rules in
 * src/shared/dataset/rules.ts) are left out of the documents.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import type { GenericSchema } from 'valibot';
import {
  ActorSchema,
  AgreementSchema,
  AliasCollisionAllowanceSchema,
  AliasSchema,
  DatasetMetaSchema,
  DatasetSchema,
  DisputeSchema,
  EventSchema,
  FactSchema,
  QuoteSchema,
  RelationSchema,
  SourceSchema,
} from '../../src/shared/schemas/dataset';
import { PackFileSchema, PackHeaderSchema } from '../../src/shared/schemas/pack';

export const DATASET_SCHEMA_PATH = 'docs/dataset.schema.json';
export const PACK_SCHEMA_PATH = 'docs/pack.schema.json';

/** The record schemas both documents name in `$defs`. */
const RECORD_DEFINITIONS = {
  Source: SourceSchema,
  Alias: AliasSchema,
  Fact: FactSchema,
  Dispute: DisputeSchema,
  Actor: ActorSchema,
  Agreement: AgreementSchema,
  Event: EventSchema,
  Quote: QuoteSchema,
  Relation: RelationSchema,
  AliasCollisionAllowance: AliasCollisionAllowanceSchema,
};

/** A JSON Schema (draft-07) document for `schema`, with the named sub-schemas as `$defs` it refers to. */
export function jsonSchemaDocument(schema: GenericSchema, meta: { title: string; description: string }, definitions: Record<string, GenericSchema>) {
  const generated = toJsonSchema(schema, { definitions, errorMode: 'ignore' });
  return { title: meta.title, description: meta.description, ...generated };
}

/** The dataset (a pack folder's data/*.json files together). */
export function datasetJsonSchema() {
  return jsonSchemaDocument(
    DatasetSchema,
    {
      title: 'Briefing Lens dataset',
      description:
        'Generated from src/shared/schemas/dataset.ts by `npm run schema`; do not edit. Each property is one data file of data/ (meta.json, sources.json, …, alias-collisions.json). Texts must not be blank, and the dataset rules (references, unique ids, verbatim quotes, alias collisions, coverage) are checked by `npm run validate-data`.',
    },
    { ...RECORD_DEFINITIONS, DatasetMeta: DatasetMetaSchema },
  );
}

/** The briefing pack file (`NAME.briefing.json`, format v1). */
export function packJsonSchema() {
  return jsonSchemaDocument(
    PackFileSchema,
    {
      title: 'Briefing Lens pack',
      description:
        'Generated from src/shared/schemas/pack.ts by `npm run schema`; do not edit. A briefing pack file (NAME.briefing.json, format v1): the header `pack` and the collections. Field guide: docs/pack-format.md. Texts must not be blank, and the pack rules (unique ids, references, aliases that would match everything, alias collisions) are checked by `npm run pack -- --check` and by the extension when it imports the pack.',
    },
    { PackHeader: PackHeaderSchema, ...RECORD_DEFINITIONS },
  );
}

/** The committed text of a schema document: two-space JSON with a final newline. */
export function schemaText(document: object): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
