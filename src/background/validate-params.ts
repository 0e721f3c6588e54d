/**
 * The validator of every background message: its params checked against the message's
 * schema (src/shared/schemas/messages.ts). A request that does not fit throws a
 * `CodedError` listing every issue (path, code, expected shape), which the router sends
 * back as a `bad-params` error.
 */
import type { BackgroundMessages } from '../shared/messages';
import type { Validators } from '../shared/messaging';
import { PARAM_SCHEMAS } from '../shared/schemas/messages';
import { parseOrThrow } from '../shared/schemas/issues';

export const validators = Object.fromEntries(
  Object.entries(PARAM_SCHEMAS).map(([name, schema]) => [name, (raw: unknown) => parseOrThrow(schema, raw, 'bad-params', 'params')]),
) as Validators<BackgroundMessages>;
