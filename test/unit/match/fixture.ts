// A small inline matcher index (not the real dataset) covering the ambiguous cases the matcher must handle.
import type { IndexedAlias, IndexedEntity, MatcherIndex } from '../../../src/shared/matcher-index';

const entities: IndexedEntity[] = [];
const aliases: IndexedAlias[] = [];

function entity(id: string, name: string, list: (string | Omit<IndexedAlias, 'entity'>)[], type: IndexedEntity['type'] = 'actor'): void {
  const position = entities.length;
  entities.push({ id, type, name });
  for (const alias of list) aliases.push(typeof alias === 'string' ? { text: alias, entity: position } : { ...alias, entity: position });
}

entity('kishida', 'Fumio Kishida', ['Fumio Kishida', 'Kishida', '기시다', '기시다 후미오', '岸田文雄', { text: '岸田', rejectAfter: ['劉生'] }]);
entity('biden', 'Joe Biden', ['Joe Biden', 'Biden', '바이든', 'バイデン']);
entity('us', 'United States', [
  'United States',
  { text: 'US', caseSensitive: true },
  { text: 'U.S.', caseSensitive: true },
  { text: '미국' },
  '米国',
]);
entity('kim-jong-un', 'Kim Jong Un', [
  'Kim Jong Un',
  'Kim Jong-un',
  '김정은',
  '金正恩',
  { text: 'Kim', needsAnchor: true, rejectBefore: ['Daniel'], rejectAfter: ['Yo Jong'] },
]);
entity('kamala-harris', 'Kamala Harris', ['Kamala Harris', { text: 'Harris', needsAnchor: true, rejectBefore: ['Jennifer'] }]);
entity('patriot', 'Patriot missile system', [{ text: 'Patriot', caseSensitive: true }, 'Patriot missiles', '패트리어트', 'パトリオット']);
entity('artemis', 'Artemis programme', [
  'Artemis programme',
  'Artemis program',
  { text: 'Artemis', requireNear: ['NASA', 'moon', 'lunar', 'astronaut'], rejectNear: ['goddess'] },
  'アルテミス計画',
], 'agreement');
entity('artemis-accords', 'Artemis Accords', ['Artemis Accords'], 'agreement');
entity('toyota', 'Toyota Motor', ['Toyota Motor', { text: 'Toyota', rejectAfter: ['City'] }, 'トヨタ'], 'actor');
entity('nasa', 'NASA', [{ text: 'NASA', caseSensitive: true }]);
entity('socgen', 'Société Générale', ['Société Générale']);

export const INDEX: MatcherIndex = { version: 'test', entities, aliases };

export function entityId(position: number): string {
  return entities[position]!.id;
}
