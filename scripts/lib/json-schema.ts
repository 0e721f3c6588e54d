/**
 * JSON Schema documents generated from the Valibot schemas in src/shared/schemas, so the
 * published description of a format can never drift from what the extension checks.
 * `datasetJsonSchema()` describes the dataset (docs/dataset.schema.json, written by
 * `npm run schema`); `jsonSchemaDocument` is the general form for other formats.
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

export const DATASET_SCHEMA_PATH = 'docs/dataset.schema.json';

/** A JSON Schema (draft-07) document for `schema`, with the named sub-schemas as `$defs` it refers to. */
export function jsonSchemaDocument(schema: GenericSchema, meta: { title: string; description: string }, definitions: Record<string, GenericSchema>) {
  const generated = toJsonSchema(schema, { definitions, errorMode: 'ignore' });
  return { title: meta.title, description: meta.description, ...generated };
}

/** The dataset (data/*.json bundled together, as the seed bundle holds it). */
export function datasetJsonSchema() {
  return jsonSchemaDocument(
    DatasetSchema,
    {
      title: 'Briefing Lens dataset',
      description:
        'Generated from src/shared/schemas/dataset.ts by `npm run schema`; do not edit. Each property is one data file of data/ (meta.json, sources.json, …, alias-collisions.json). Texts must not be blank, and the dataset rules (references, unique ids, verbatim quotes, alias collisions, coverage) are checked by `npm run validate-data`.',
    },
    {
      Source: SourceSchema,
      Alias: AliasSchema,
      Fact: FactSchema,
      Dispute: DisputeSchema,
      Actor: ActorSchema,
      Agreement: AgreementSchema,
      Event: EventSchema,
      Quote: QuoteSchema,
      Relation: RelationSchema,
      DatasetMeta: DatasetMetaSchema,
      AliasCollisionAllowance: AliasCollisionAllowanceSchema,
    },
  );
}

/** The committed text of a schema document: two-space JSON with a final newline. */
export function schemaText(document: object): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
