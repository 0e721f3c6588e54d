/**
 * A small, valid dataset written inline for the validator tests (no copies of the seeds): one seed
 * source whose text is supplied as a fake seed, two actors, one agreement, one event, one quote and
 * one relation. Tests clone it and break one thing at a time.
 */
import type { Dataset } from '../../../src/shared/model';

export const FIXTURE_SEED_FILE = '900_fixture.txt';
export const FIXTURE_SEED_TEXT = 'Intro line.\nThe leader said, “We will   meet\n again soon.” Then he left.';

export function fixtureSeeds(): Map<string, string> {
  return new Map([[FIXTURE_SEED_FILE, FIXTURE_SEED_TEXT]]);
}

const names = (en: string) => ({ en, ko: `${en} (ko)`, ja: `${en} (ja)` });

function actor(id: string, name: string, aliasText: string) {
  return {
    id,
    type: 'actor' as const,
    kind: 'person' as const,
    asOf: '2024-04-14',
    sources: ['seed-900'],
    name: names(name),
    aliases: [
      { text: aliasText, lang: 'en' as const },
      { text: `${name} ko`, lang: 'ko' as const },
      { text: `${name} ja`, lang: 'ja' as const },
    ],
    summary: names(`${name} summary`),
    description: { en: `${name} description` },
    facts: [{ text: { en: `${name} did something.` }, date: '2024-04', sources: ['seed-900'] }],
  };
}

export function fixtureDataset(): Dataset {
  return structuredClone({
    meta: { version: '1.0.0', title: 'Fixture', asOf: '2024-04-14' },
    sources: [
      { id: 'seed-900', kind: 'seed', file: FIXTURE_SEED_FILE, title: 'Fixture seed', publication: 'Test', date: '2024-04-08', language: 'en' },
      { id: 'primary-1', kind: 'primary', title: 'Statement', publication: 'Office', date: '2024-04-10', language: 'en', url: 'https://example.org/statement' },
    ],
    actors: [actor('leader-a', 'Leader A', 'Leader A'), actor('leader-b', 'Leader B', 'Leader B')],
    agreements: [
      {
        id: 'pact',
        type: 'agreement',
        kind: 'joint-statement',
        asOf: '2024-04-14',
        sources: ['primary-1'],
        name: names('The Pact'),
        aliases: [
          { text: 'The Pact', lang: 'en' },
          { text: '협정', lang: 'ko' },
          { text: '協定', lang: 'ja' },
        ],
        summary: names('Pact summary'),
        description: { en: 'Pact description' },
        facts: [],
        date: '2024-04-10',
        parties: ['leader-a', 'leader-b'],
        related: ['summit'],
      },
    ],
    events: [
      {
        id: 'summit',
        type: 'event',
        kind: 'summit',
        asOf: '2024-04-14',
        sources: ['seed-900'],
        name: names('The Summit'),
        aliases: [
          { text: 'The Summit', lang: 'en' },
          { text: '정상회담', lang: 'ko' },
          { text: '首脳会談', lang: 'ja' },
        ],
        summary: names('Summit summary'),
        description: { en: 'Summit description' },
        facts: [],
        date: '2024-04-10',
        participants: ['leader-a', 'leader-b'],
      },
    ],
    quotes: [
      {
        id: 'q-meet-again',
        type: 'quote',
        asOf: '2024-04-14',
        sources: ['seed-900'],
        text: 'We will meet again soon.',
        lang: 'en',
        speaker: 'leader-a',
        date: '2024-04-08',
        venue: 'Press conference',
        source: 'seed-900',
        about: ['summit'],
      },
    ],
    relations: [{ from: 'leader-a', type: 'met', to: 'leader-b', date: '2024-04-10', sources: ['seed-900'] }],
    aliasCollisions: [],
  });
}
