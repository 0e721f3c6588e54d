/**
 * A pack's records as the store keeps them: every id and every reference inside the
 * records (sources, speakers, parties, related entities, relation ends, quote variants)
 * rewritten to refs `<pack>:<id>`, so two packs may use the same ids without clobbering
 * each other. Pure; the pack file itself is kept unchanged for export.
 */
import type { Dispute, Entity, Fact, PackFile, Quote, Relation, Source } from '../../shared/model';
import { toRef } from '../../shared/pack-ref';

export interface PackRecords {
  sources: Source[];
  entities: Entity[];
  quotes: Quote[];
  relations: Relation[];
}

export function namespacePack(file: PackFile): PackRecords {
  const pack = file.pack.id;
  const ref = (id: string) => toRef(pack, id);
  const refs = (ids: readonly string[]) => ids.map(ref);
  const disputes = (list: Dispute[] | undefined) =>
    list?.map((dispute) => ({ ...dispute, versions: dispute.versions.map((version) => ({ ...version, sources: refs(version.sources) })) }));
  const facts = (list: Fact[]) => list.map((fact) => ({ ...fact, sources: refs(fact.sources) }));
  const optional = <T,>(key: string, value: T | undefined) => (value === undefined ? {} : { [key]: value });

  const entity = (record: Entity): Entity => {
    const base = {
      ...record,
      id: ref(record.id),
      sources: refs(record.sources),
      facts: facts(record.facts),
      ...optional('disputed', disputes(record.disputed)),
      ...optional('related', record.related && refs(record.related)),
    };
    if (record.type === 'agreement') return { ...base, type: 'agreement', kind: record.kind, parties: refs(record.parties) };
    if (record.type === 'event') return { ...base, type: 'event', kind: record.kind, participants: refs(record.participants) } as Entity;
    return base;
  };
  const quote = (record: Quote): Quote => ({
    ...record,
    id: ref(record.id),
    sources: refs(record.sources),
    source: ref(record.source),
    speaker: ref(record.speaker),
    ...optional('about', record.about && refs(record.about)),
    ...optional('variantOf', record.variantOf && ref(record.variantOf)),
    ...optional('disputed', disputes(record.disputed)),
  });
  const relation = (record: Relation): Relation => ({ ...record, from: ref(record.from), to: ref(record.to), sources: refs(record.sources) });

  return {
    sources: file.sources.map((source) => ({ ...source, id: ref(source.id) })),
    entities: [...file.actors, ...file.agreements, ...file.events].map(entity),
    quotes: file.quotes.map(quote),
    relations: file.relations.map(relation),
  };
}
