// The rule between bundled packs: a fact (same English text) belongs to one pack; and the real bundled packs keep it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFactsInOnePack, type PackDataset } from '../../../src/shared/dataset/cross-pack';
import { formatProblem } from '../../../src/shared/dataset/validate';
import type { Dataset } from '../../../src/shared/model';
import { loadBundledPackIds, loadDataset } from '../../../scripts/lib/load-dataset';
import { PACKS_DIR } from '../../../scripts/lib/paths';
import { makeDataset } from '../../fixtures/dataset';

/** A pack built on the fixture dataset with its facts cleared, then edited. */
function pack(id: string, edit: (dataset: Dataset) => void = () => {}): PackDataset {
  const dataset = makeDataset();
  for (const entity of [...dataset.actors, ...dataset.agreements, ...dataset.events]) entity.facts = [];
  edit(dataset);
  return { id, dataset };
}

const fact = (en: string) => ({ text: { en }, sources: ['seed-000'] });

describe('checkFactsInOnePack', () => {
  it('accepts packs whose facts differ', () => {
    const first = pack('first', (d) => d.actors[0]!.facts.push(fact('Met Biden in April 2024.')));
    const second = pack('second', (d) => d.actors[0]!.facts.push(fact('Met Trump in February 2025.')));
    expect(checkFactsInOnePack([first, second])).toEqual([]);
  });

  it('reports a fact of a later pack whose English text is already in an earlier one, naming both places', () => {
    const first = pack('first', (d) => d.actors[0]!.facts.push(fact('Met Biden in April 2024.')));
    const second = pack('second', (d) => d.events[0]!.facts.push(fact('Met Biden in April 2024.')));
    const problems = checkFactsInOnePack([first, second]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'second/events.json', id: second.dataset.events[0]!.id, code: 'editorial' });
    expect(formatProblem(problems[0]!)).toContain(`already in first/actors.json › ${first.dataset.actors[0]!.id}`);
  });

  it('treats texts that differ only in spacing or case as the same fact', () => {
    const first = pack('first', (d) => d.actors[0]!.facts.push(fact('Met Biden in April 2024.')));
    const second = pack('second', (d) => d.actors[0]!.facts.push(fact('met  biden in\nApril 2024.')));
    expect(checkFactsInOnePack([first, second])).toHaveLength(1);
  });

  it('leaves a fact repeated inside one pack to that pack', () => {
    const only = pack('only', (d) => {
      d.actors[0]!.facts.push(fact('Met Biden in April 2024.'));
      d.events[0]!.facts.push(fact('Met Biden in April 2024.'));
    });
    expect(checkFactsInOnePack([only])).toEqual([]);
  });
});

describe('the bundled packs', () => {
  it('lists the state visit first and the pack after the visit second', async () => {
    expect((await loadBundledPackIds()).slice(0, 2)).toEqual(['japan-us-state-visit-2024', 'japan-us-after-the-visit']);
  });

  it('share no fact', async () => {
    const ids = await loadBundledPackIds();
    const packs = await Promise.all(ids.map(async (id) => ({ id, dataset: await loadDataset(join(PACKS_DIR, id)) })));
    expect(checkFactsInOnePack(packs).map(formatProblem)).toEqual([]);
  });
});
