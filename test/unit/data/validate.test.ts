// Validator behaviour on inline fixtures: each broken fixture yields a problem naming file, id and field.
import { describe, expect, it } from 'vitest';
import { findAliasCollisions, formatProblem, MIN_LOCALISED_SUMMARIES, normaliseWhitespace, validateDataset } from '../../../src/shared/dataset/validate';
import type { Problem } from '../../../src/shared/dataset/validate';
import { fixtureDataset, fixtureSeeds, FIXTURE_SEED_FILE } from './fixture';

function run(dataset: unknown, seeds: Map<string, string> | null = fixtureSeeds()): Problem[] {
  return validateDataset(dataset, seeds);
}

function expectProblem(problems: Problem[], match: Omit<Partial<Problem>, 'message'> & { message: RegExp }): void {
  const { message, ...where } = match;
  const found = problems.find((p) => Object.entries(where).every(([k, v]) => p[k as keyof Problem] === v) && message.test(p.message));
  expect(found, `expected ${JSON.stringify(where)} ${message} in:\n${problems.map(formatProblem).join('\n')}`).toBeDefined();
}

describe('validateDataset on the inline fixture', () => {
  it('accepts the valid fixture', () => {
    expect(run(fixtureDataset()).map(formatProblem)).toEqual([]);
  });

  it('reports a missing required field with file, id and field', () => {
    const data = fixtureDataset();
    delete (data.actors[0] as Partial<(typeof data.actors)[0]>).summary;
    expectProblem(run(data), { file: 'actors.json', id: 'leader-a', field: 'summary', code: 'missing', expected: 'object', message: /required/ });
  });

  it('reports a missing Korean or Japanese name', () => {
    const data = fixtureDataset();
    delete data.events[0]!.name.ja;
    expectProblem(run(data), { file: 'events.json', id: 'summit', field: 'name.ja', code: 'missing', message: /required/ });
  });

  it('reports dangling references in parties, related, relations and quote speaker', () => {
    const data = fixtureDataset();
    data.agreements[0]!.parties.push('nobody');
    data.agreements[0]!.related = ['ghost-event'];
    data.relations[0]!.to = 'leader-z';
    data.quotes[0]!.speaker = 'mystery';
    data.actors[0]!.facts[0]!.sources = ['seed-404'];
    const problems = run(data);
    expectProblem(problems, { file: 'agreements.json', id: 'pact', field: 'parties[2]', message: /unknown actor "nobody"/ });
    expectProblem(problems, { file: 'agreements.json', id: 'pact', field: 'related[0]', message: /unknown entity "ghost-event"/ });
    expectProblem(problems, { file: 'relations.json', field: 'to', message: /unknown entity "leader-z"/ });
    expectProblem(problems, { file: 'quotes.json', id: 'q-meet-again', field: 'speaker', message: /unknown speaker "mystery"/ });
    expectProblem(problems, { file: 'actors.json', id: 'leader-a', field: 'facts[0].sources[0]', message: /unknown source "seed-404"/ });
  });

  it('reports a misquoted text and names the seed file', () => {
    const data = fixtureDataset();
    data.quotes[0]!.text = 'We shall meet again soon.';
    expectProblem(run(data), { file: 'quotes.json', id: 'q-meet-again', field: 'text', message: new RegExp(`not verbatim in seed ${FIXTURE_SEED_FILE}`) });
  });

  it('accepts a quote that differs from the seed only in whitespace, and nothing else', () => {
    const data = fixtureDataset();
    data.quotes[0]!.text = 'We   will meet\tagain\n soon.';
    expect(run(data)).toEqual([]);
    data.quotes[0]!.text = 'We will meet again soon';
    expect(run(data)).toEqual([]);
    data.quotes[0]!.text = 'we will meet again soon.';
    expectProblem(run(data), { file: 'quotes.json', field: 'text', message: /not verbatim/ });
  });

  it('skips the verbatim check when seeds are absent', () => {
    const data = fixtureDataset();
    data.quotes[0]!.text = 'Words nobody said.';
    expect(run(data, null)).toEqual([]);
  });

  it('reports a duplicate id across files', () => {
    const data = fixtureDataset();
    data.events[0]!.id = 'pact';
    data.events[0]!.participants = ['leader-a'];
    expectProblem(run(data), { file: 'events.json', id: 'pact', field: 'id', message: /duplicate id \(also in agreements\.json\)/ });
  });

  it('reports an unresolved alias collision and accepts it once a rule or an allow-list entry resolves it', () => {
    const data = fixtureDataset();
    data.actors[1]!.aliases[0] = { text: 'leader  a', lang: 'en' };
    expectProblem(run(data), { file: 'actors.json', id: 'leader-a', field: 'aliases', message: /"Leader A" is shared by leader-a, leader-b without a rule/ });

    const ruled = structuredClone(data);
    ruled.actors[1]!.aliases[0]!.needsAnchor = true;
    expect(run(ruled)).toEqual([]);
    expect(findAliasCollisions(ruled)[0]?.resolution).toBe('rule');

    const allowed = structuredClone(data);
    allowed.aliasCollisions = [{ text: 'Leader A', entities: ['leader-a', 'leader-b'], reason: 'Both leaders are called this; the card lists both.' }];
    expect(run(allowed)).toEqual([]);
    expect(findAliasCollisions(allowed)[0]).toMatchObject({ resolution: 'allowed', reason: 'Both leaders are called this; the card lists both.' });
  });

  it('does not treat differently cased case-sensitive aliases as a collision', () => {
    const data = fixtureDataset();
    data.actors[0]!.aliases.push({ text: 'US', lang: 'en', caseSensitive: true });
    data.actors[1]!.aliases.push({ text: 'Us', lang: 'en', caseSensitive: true });
    expect(findAliasCollisions(data)).toEqual([]);
  });

  it('reports a stale allow-list entry', () => {
    const data = fixtureDataset();
    data.aliasCollisions = [{ text: 'Nobody Shares This', entities: ['leader-a', 'leader-b'], reason: 'old' }];
    expectProblem(run(data), { file: 'alias-collisions.json', id: 'Nobody Shares This', field: 'text', message: /remove the stale entry/ });
  });

  it('requires acronyms to be case-sensitive', () => {
    const data = fixtureDataset();
    data.agreements[0]!.aliases.push({ text: 'DICAS', lang: 'en' });
    expectProblem(run(data), { file: 'agreements.json', id: 'pact', field: 'aliases[3].caseSensitive', message: /acronym "DICAS" must be caseSensitive/ });
  });

  it('rejects malformed dates, kinds and ids', () => {
    const data = fixtureDataset();
    data.events[0]!.date = '10 April 2024';
    (data.actors[0] as { kind: string }).kind = 'wizard';
    data.quotes[0]!.id = 'Q Meet';
    const problems = run(data);
    expectProblem(problems, { file: 'events.json', id: 'summit', field: 'date', code: 'invalid-value', expected: 'date YYYY | YYYY-MM | YYYY-MM-DD', message: /got "10 April 2024"/ });
    expectProblem(problems, { file: 'actors.json', id: 'leader-a', field: 'kind', code: 'invalid-value', message: /one-of "person" \| "government"/ });
    expectProblem(problems, { file: 'quotes.json', id: 'Q Meet', field: 'id', code: 'invalid-value', expected: 'record-id a-z0-9-', message: /.+/ });
  });

  it('requires a translation for non-English quotes and the quote source among its sources', () => {
    const data = fixtureDataset();
    data.quotes[0]!.lang = 'ko';
    data.quotes[0]!.sources = ['primary-1'];
    const problems = run(data);
    expectProblem(problems, { file: 'quotes.json', id: 'q-meet-again', field: 'translation', message: /required for a ko quote/ });
    expectProblem(problems, { file: 'quotes.json', id: 'q-meet-again', field: 'sources', message: /must include the quote's source "seed-900"/ });
  });

  it('requires every entity to have aliases in all three languages', () => {
    const data = fixtureDataset();
    data.actors[0]!.aliases = data.actors[0]!.aliases.filter((alias) => alias.lang !== 'ja');
    expectProblem(run(data), { file: 'actors.json', id: 'leader-a', field: 'aliases', message: /no ja alias/ });
  });

  it('counts entities with Korean and Japanese summaries', () => {
    const data = fixtureDataset();
    delete data.actors[0]!.summary.ko;
    // Four entities in the fixture, fewer than MIN_LOCALISED_SUMMARIES: all of them must be localised.
    expect(MIN_LOCALISED_SUMMARIES).toBeGreaterThan(4);
    expectProblem(run(data), { file: 'actors.json', field: 'summary', message: /only 3 entities have Korean and Japanese summaries.*at least 4 are required/ });
  });

  it('rejects input that is not a dataset object', () => {
    expect(run('nope')[0]?.message).toMatch(/must be an object/);
    const data = fixtureDataset() as unknown as Record<string, unknown>;
    delete data.quotes;
    expectProblem(run(data), { file: 'quotes.json', message: /is missing/ });
  });

  it('gives every problem a stable code, and structural ones the expected shape', () => {
    const data = fixtureDataset() as unknown as { actors: Record<string, unknown>[]; relations: Record<string, unknown>[] };
    data.actors[0]!.facts = 'none';
    data.actors[0]!.name = { en: 'Leader A', fr: 'Chef A' };
    data.relations[0]!.to = 'leader-z';
    const problems = run(data);
    expectProblem(problems, { file: 'actors.json', id: 'leader-a', field: 'facts', code: 'invalid-type', expected: 'list', message: /must be list \(got "none"\)/ });
    expectProblem(problems, { file: 'actors.json', id: 'leader-a', field: 'name.fr', code: 'unknown-field', message: /not a known field/ });
    expectProblem(problems, { file: 'relations.json', field: 'to', code: 'unknown-reference', message: /unknown entity "leader-z"/ });
    expect(problems.every((p) => typeof p.code === 'string' && p.code.length > 0)).toBe(true);
  });

  it('formats a problem as one readable line', () => {
    expect(formatProblem({ file: 'actors.json', id: 'leader-a', field: 'summary', code: 'missing', message: 'is required' })).toBe('actors.json › leader-a › summary: is required');
    expect(normaliseWhitespace('  a \n\t b  ')).toBe('a b');
  });
});
