/**
 * A larger dataset made from a real one, for benchmarks: `factor` copies of every
 * record (copy 0 is the original), each later copy with its own ids, and names and
 * aliases made distinct by a pronounceable tag ("Fumio Kishida Bavo"). References
 * (relations, quote speakers, parties, sources) point inside the same copy. Alias-collision
 * allowances are editorial (the extension never reads them) and are left out. Used by the
 * benchmarks and their tests; the extension never runs it.
 */
import type { Alias, Dataset, Entity, LocalisedText, Quote, Relation, Source } from '../../src/shared/model';

const CONSONANTS = 'bdfgklmnprstvz';
const VOWELS = 'aeiou';

/** A distinct capitalised tag for copy `k` (k ≥ 1): two or more consonant-vowel syllables. */
export function syntheticTag(k: number): string {
  const base = CONSONANTS.length * VOWELS.length;
  const syllables: string[] = [];
  let n = k;
  do {
    const s = n % base;
    syllables.push(CONSONANTS[Math.floor(s / VOWELS.length)]! + VOWELS[s % VOWELS.length]!);
    n = Math.floor(n / base);
  } while (n > 0 || syllables.length < 2);
  const word = syllables.join('');
  return word[0]!.toUpperCase() + word.slice(1);
}

export function makeSyntheticDataset(dataset: Dataset, factor: number): Dataset {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`factor must be a whole number ≥ 1, got ${factor}`);
  const out: Dataset = {
    meta: { ...dataset.meta, version: factor === 1 ? dataset.meta.version : `${dataset.meta.version}+x${factor}` },
    sources: [],
    actors: [],
    agreements: [],
    events: [],
    quotes: [],
    relations: [],
  };
  for (let k = 0; k < factor; k++) {
    const tag = k === 0 ? '' : syntheticTag(k);
    const id = (original: string) => (k === 0 ? original : `${original}~${tag.toLowerCase()}`);
    const ids = (list: string[]) => list.map(id);
    const text = (t: LocalisedText): LocalisedText =>
      k === 0 ? t : { en: `${t.en} ${tag}`, ...(t.ko ? { ko: `${t.ko} ${tag}` } : {}), ...(t.ja ? { ja: `${t.ja} ${tag}` } : {}) };
    const alias = (a: Alias): Alias => (k === 0 ? a : { ...a, text: `${a.text} ${tag}` });
    const entity = <E extends Entity>(e: E): E => ({
      ...e,
      id: id(e.id),
      name: text(e.name),
      aliases: e.aliases.map(alias),
      sources: ids(e.sources),
      facts: e.facts.map((f) => ({ ...f, sources: ids(f.sources) })),
      ...(e.disputed ? { disputed: e.disputed.map((d) => ({ ...d, versions: d.versions.map((v) => ({ ...v, sources: ids(v.sources) })) })) } : {}),
      ...(e.related ? { related: ids(e.related) } : {}),
    });
    out.sources.push(...dataset.sources.map((s): Source => ({ ...s, id: id(s.id) })));
    out.actors.push(...dataset.actors.map(entity));
    out.agreements.push(...dataset.agreements.map((a) => ({ ...entity(a), parties: ids(a.parties) })));
    out.events.push(...dataset.events.map((e) => ({ ...entity(e), participants: ids(e.participants) })));
    out.quotes.push(
      ...dataset.quotes.map(
        (q): Quote => ({
          ...q,
          id: id(q.id),
          speaker: id(q.speaker),
          source: id(q.source),
          sources: ids(q.sources),
          ...(q.about ? { about: ids(q.about) } : {}),
        }),
      ),
    );
    out.relations.push(...dataset.relations.map((r): Relation => ({ ...r, from: id(r.from), to: id(r.to), sources: ids(r.sources) })));
  }
  return out;
}
