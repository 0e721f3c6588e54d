import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).fakeBrowser }));

import { groupPageEntities } from '../../../src/popup/page-entities';
import { BIDEN, JOINT_STATEMENT, KISHIDA, MARCOS, STATE_VISIT, summariesOf } from '../../fixtures/dataset';

describe('groupPageEntities', () => {
  const found = [
    { id: STATE_VISIT.id, count: 2 },
    { id: BIDEN.id, count: 3 },
    { id: JOINT_STATEMENT.id, count: 1 },
    { id: KISHIDA.id, count: 7 },
    { id: MARCOS.id, count: 3 },
  ];
  const summaries = summariesOf(found.map((f) => f.id));

  it('groups by type in actor, agreement, event order', () => {
    expect(groupPageEntities(found, summaries, 'en').map((g) => g.type)).toEqual(['actor', 'agreement', 'event']);
  });

  it('orders each group by mentions, most first, ties by name', () => {
    const actors = groupPageEntities(found, summaries, 'en')[0]!;
    // Marcos and Biden tie on 3 mentions: "Ferdinand Marcos Jr." sorts before "Joe Biden".
    expect(actors.entries.map((e) => [e.entity.id, e.count])).toEqual([
      [KISHIDA.id, 7],
      [MARCOS.id, 3],
      [BIDEN.id, 3],
    ]);
  });

  it('leaves out found ids the store does not know and types with no entries', () => {
    const groups = groupPageEntities([{ id: KISHIDA.id, count: 1 }, { id: 'actor-unknown', count: 5 }], summariesOf([KISHIDA.id]), 'en');
    expect(groups).toHaveLength(1);
    expect(groups[0]!.entries.map((e) => e.entity.id)).toEqual([KISHIDA.id]);
  });
});
