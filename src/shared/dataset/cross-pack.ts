/**
 * The rules between bundled packs, which no single pack can check: each fact belongs to one pack.
 * A fact is the same fact when its English text is the same (whitespace collapsed, case folded);
 * the later pack in the bundle order must drop it or say something else. Pure, no I/O; problems
 * name the pack folder and file in the validator's `file › id › field` form.
 */
import type { Dataset, Entity } from '../model';
import { DATA_FILES } from './files';
import { normaliseWhitespace, type Problem } from './rules';

export interface PackDataset {
  /** The pack's id (its folder name under data/packs). */
  id: string;
  dataset: Pick<Dataset, 'actors' | 'agreements' | 'events'>;
}

const ENTITY_FILES = [
  ['actors', DATA_FILES.actors],
  ['agreements', DATA_FILES.agreements],
  ['events', DATA_FILES.events],
] as const;

function factKey(text: string): string {
  return normaliseWhitespace(text.normalize('NFC')).toLowerCase();
}

/** Facts whose English text already appears in an earlier pack (in the order given). */
export function checkFactsInOnePack(packs: readonly PackDataset[]): Problem[] {
  const first = new Map<string, string>();
  const problems: Problem[] = [];
  for (const pack of packs) {
    const seenHere = new Map<string, string>();
    for (const [key, file] of ENTITY_FILES) {
      for (const entity of pack.dataset[key] as Entity[]) {
        entity.facts.forEach((fact, i) => {
          const text = factKey(fact.text.en);
          const where = `${pack.id}/${file} › ${entity.id} › facts[${i}]`;
          const earlier = first.get(text);
          if (earlier !== undefined) {
            problems.push({
              file: `${pack.id}/${file}`,
              id: entity.id,
              field: `facts[${i}]`,
              code: 'editorial',
              message: `the fact "${fact.text.en.length > 80 ? `${fact.text.en.slice(0, 79)}…` : fact.text.en}" is already in ${earlier}; a fact belongs to one pack`,
            });
          } else if (!seenHere.has(text)) seenHere.set(text, where);
        });
      }
    }
    for (const [text, where] of seenHere) first.set(text, where);
  }
  return problems;
}
