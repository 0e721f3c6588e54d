/**
 * The matcher bundle shipped in the extension (data/matcher.json): the matcher index
 * compiled into the matcher's packed tables, so content scripts load it instead of
 * compiling the index on every page.
 */
import { packPrepared } from '../../src/content/match/pack';
import { prepare } from '../../src/content/match/prepare';
import type { MatcherBundle, MatcherIndex } from '../../src/shared/matcher-index';

export function matcherBundle(index: MatcherIndex): MatcherBundle {
  const { bytes, rules } = packPrepared(prepare(index));
  return { version: index.version, entities: index.entities, tables: Buffer.from(bytes).toString('base64'), rules };
}
