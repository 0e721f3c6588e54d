import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).fakeBrowser }));

import { groupPageEntities } from '../../../src/popup/page-entities';
import { BIDEN, CARDS, JOINT_STATEMENT, KISHIDA, MARCOS, STATE_VISIT } from './fixtures';

describe('groupPageEntities', () => {
  const found = [
    { id: STATE_VISIT.id, count: 2 },
    { id: BIDEN.id, count: 3 },
    { id: JOINT_STATEMENT.id, count: 1 },
    { id: KISHIDA.id, count: 7 },
    { id: MARCOS.id, count: 3 },
  ];
  const cards = found.map((f) => CARDS[f.id]!);

  it('groups by type in actor, agreement, event order', () => {
    expect(groupPageEntities(found, cards, 'en').map((g) => g.type)).toEqual(['actor', 'agreement', 'event']);
  });

  it('orders each group by mentions, most first, ties by name', () => {
    const actors = groupPageEntities(found, cards, 'en')[0]!;
    // Marcos and Biden tie on 3 mentions: "Ferdinand Marcos Jr." sorts before "Joe Biden".
    expect(actors.entries.map((e) => [e.card.entity.id, e.count])).toEqual([
      [KISHIDA.id, 7],
      [MARCOS.id, 3],
      [BIDEN.id, 3],
    ]);
  });

  it('leaves out found ids without a card and types with no entries', () => {
    const groups = groupPageEntities([{ id: KISHIDA.id, count: 1 }, { id: 'actor-unknown', count: 5 }], [CARDS[KISHIDA.id]!], 'en');
    expect(groups).toHaveLength(1);
    expect(groups[0]!.entries.map((e) => e.card.entity.id)).toEqual([KISHIDA.id]);
  });
});
