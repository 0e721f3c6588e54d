// Seeding the bundled dataset: atomic, idempotent, replaces bundled data on a new
// version while keeping user data, seeds once under concurrent wake-ups.
import { afterEach, describe, expect, it } from 'vitest';
import type { Settings } from '../../../src/shared/settings';
import { openBriefingDb } from '../../../src/shared/db/open';
import type { BriefingDb } from '../../../src/shared/db/schema';
import { readDatasetRecord, seedDataset } from '../../../src/shared/db/seed';
import type { Entity } from '../../../src/shared/model';
import { BriefingStore } from '../../../src/background/store';
import { bundle, entityCount, makeDataset, makeUpdatedDataset } from '../../fixtures/dataset';
import { uniqueDbName } from './db-name';

const open: BriefingDb[] = [];
async function freshDb(): Promise<BriefingDb> {
  const db = await openBriefingDb({ name: uniqueDbName('seed') });
  open.push(db);
  return db;
}
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

async function counts(db: BriefingDb) {
  return {
    entities: await db.count('entities'),
    quotes: await db.count('quotes'),
    sources: await db.count('sources'),
    relations: await db.count('relations'),
  };
}

/** A bundle whose fourth entity cannot be stored (no id), so the put fails mid-way. */
function brokenBundle(version: string) {
  const dataset = makeUpdatedDataset();
  dataset.meta.version = version;
  delete (dataset.actors[3] as Partial<Entity>).id;
  return bundle(dataset);
}

describe('seedDataset', () => {
  it('loads every record and records the version and checksum', async () => {
    const db = await freshDb();
    const seed = bundle(makeDataset());
    expect(await seedDataset(db, seed, () => new Date('2024-05-01T00:00:00Z'))).toBe('seeded');
    expect(await counts(db)).toEqual({ entities: entityCount(seed.dataset), quotes: 5, sources: 7, relations: 9 });
    expect(await readDatasetRecord(db)).toEqual({
      version: '1.0.0',
      title: seed.dataset.meta.title,
      asOf: '2024-04-30',
      checksum: seed.checksum,
      seededAt: '2024-05-01T00:00:00.000Z',
    });
    expect((await db.get('entities', 'fumio-kishida'))?.name.ja).toBe('岸田文雄');
  });

  it('is idempotent: a second run with the same bundle does nothing', async () => {
    const db = await freshDb();
    const seed = bundle(makeDataset());
    await seedDataset(db, seed, () => new Date('2024-05-01T00:00:00Z'));
    const before = await counts(db);
    expect(await seedDataset(db, seed, () => new Date('2024-06-01T00:00:00Z'))).toBe('current');
    expect(await counts(db)).toEqual(before);
    expect((await readDatasetRecord(db))?.seededAt).toBe('2024-05-01T00:00:00.000Z');
  });

  it('reseeds when the checksum changes under the same version', async () => {
    const db = await freshDb();
    await seedDataset(db, bundle(makeDataset()));
    const changed = makeDataset();
    changed.actors[0]!.summary.en = 'Revised summary.';
    expect(await seedDataset(db, bundle(changed))).toBe('updated');
    expect((await db.get('entities', 'fumio-kishida'))?.summary.en).toBe('Revised summary.');
  });

  it('is atomic on a first install: a failure mid-way leaves no partial data', async () => {
    const db = await freshDb();
    await expect(seedDataset(db, brokenBundle('1.1.0'))).rejects.toThrow(/Seeding the bundled dataset 1\.1\.0 failed, nothing was changed/);
    expect(await counts(db)).toEqual({ entities: 0, quotes: 0, sources: 0, relations: 0 });
    expect(await readDatasetRecord(db)).toBeUndefined();
  });

  it('is atomic on an update: a failed update keeps the previous dataset whole', async () => {
    const db = await freshDb();
    const v1 = bundle(makeDataset());
    await seedDataset(db, v1);
    const before = await counts(db);
    await expect(seedDataset(db, brokenBundle('1.1.0'))).rejects.toThrow(/nothing was changed/);
    expect(await counts(db)).toEqual(before);
    expect((await readDatasetRecord(db))?.version).toBe('1.0.0');
    expect(await db.get('entities', 'nippon-steel')).toBeDefined();
    expect(await db.get('entities', 'rahm-emanuel')).toBeUndefined();
  });

  it('rolls back when a record cannot be cloned', async () => {
    const db = await freshDb();
    await seedDataset(db, bundle(makeDataset()));
    const dataset = makeUpdatedDataset();
    (dataset.quotes[1] as unknown as { note: unknown }).note = () => 'not cloneable';
    await expect(seedDataset(db, { dataset, checksum: 'x' })).rejects.toThrow(/nothing was changed/);
    expect((await readDatasetRecord(db))?.version).toBe('1.0.0');
    expect(await db.count('entities')).toBe(entityCount(makeDataset()));
  });

  it('replaces bundled records on a new dataset version and keeps every user record', async () => {
    const db = await freshDb();
    await seedDataset(db, bundle(makeDataset()));
    await db.put('pins', { id: 'nippon-steel', pinnedAt: '2024-05-02T00:00:00.000Z' });
    await db.put('notes', { id: 'fumio-kishida', text: 'Check the Congress speech.', updatedAt: '2024-05-02T00:00:00.000Z' });
    await db.put('settings', { enabled: false, disabledSites: ['example.com'], colour: '#112233', mode: 'background', types: ['actor'], hoverDelay: 100, maxHighlights: 50 } as Settings, 'settings');

    const update = bundle(makeUpdatedDataset());
    expect(await seedDataset(db, update)).toBe('updated');
    expect((await readDatasetRecord(db))?.version).toBe('1.1.0');
    expect(await db.count('entities')).toBe(entityCount(update.dataset));
    expect(await db.get('entities', 'nippon-steel')).toBeUndefined();
    expect(await db.get('entities', 'rahm-emanuel')).toBeDefined();
    expect((await db.get('entities', 'joe-biden'))?.summary.en).toBe('President of the United States (2021–2025).');
    expect(await db.count('relations')).toBe(update.dataset.relations.length);

    expect(await db.getAll('pins')).toEqual([{ id: 'nippon-steel', pinnedAt: '2024-05-02T00:00:00.000Z' }]);
    expect((await db.get('notes', 'fumio-kishida'))?.text).toBe('Check the Congress speech.');
    expect((await db.get('settings', 'settings'))?.colour).toBe('#112233');
  });
});

describe('BriefingStore.ready', () => {
  it('seeds once when two wake-ups of one store ask at the same time', async () => {
    let loads = 0;
    const seed = bundle(makeDataset());
    const store = new BriefingStore({ dbName: uniqueDbName('ready'), loadSeed: async () => (loads++, seed) });
    const [a, b] = await Promise.all([store.ready(), store.ready()]);
    expect(a).toBe(b);
    expect(loads).toBe(1);
    expect(a.seeded).toBe('seeded');
    await store.close();
  });

  it('seeds once when two background instances open the same database at once', async () => {
    const name = uniqueDbName('concurrent');
    const seed = bundle(makeDataset());
    const first = new BriefingStore({ dbName: name, loadSeed: async () => seed });
    const second = new BriefingStore({ dbName: name, loadSeed: async () => seed });
    const states = await Promise.all([first.ready(), second.ready()]);
    expect(states.map((s) => s.seeded).sort()).toEqual(['current', 'seeded']);
    expect(await states[0].db.count('entities')).toBe(entityCount(seed.dataset));
    expect(await states[0].db.count('relations')).toBe(seed.dataset.relations.length);
    await first.close();
    await second.close();
  });

  it('reports an unreadable seed bundle clearly and retries on the next request', async () => {
    let fail = true;
    const seed = bundle(makeDataset());
    const store = new BriefingStore({
      dbName: uniqueDbName('unreadable'),
      loadSeed: async () => {
        if (fail) throw new Error('HTTP 404');
        return seed;
      },
    });
    await expect(store.ready()).rejects.toThrow('The bundled dataset could not be read (HTTP 404). Reinstall or reload the extension.');
    fail = false;
    expect((await store.ready()).seeded).toBe('seeded');
    await store.close();
  });
});
