// Every quote in data/quotes.json appears verbatim (whitespace aside) in the seed it cites. Needs ../shared/seeds.
import { describe, expect, it } from 'vitest';
import { loadDataset, loadSeeds } from '../../../scripts/lib/load-dataset';
import { HAS_SEEDS } from '../../../scripts/lib/paths';

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

describe.skipIf(!HAS_SEEDS)('quotes are verbatim in their cited seed', async () => {
  const data = await loadDataset();
  const seeds = loadSeeds() ?? new Map<string, string>();
  const fileOf = new Map(data.sources.map((s) => [s.id, s.file]));

  it('loads all five seeds', () => {
    expect(seeds.size).toBe(5);
  });

  for (const quote of data.quotes) {
    it(`${quote.id} is in its seed`, () => {
      const file = fileOf.get(quote.source);
      expect(file, `${quote.id} cites a non-seed source`).toBeDefined();
      const seed = seeds.get(file!);
      expect(seed, `seed ${file} missing`).toBeDefined();
      expect(collapse(seed!).includes(collapse(quote.text))).toBe(true);
    });
  }
});
