/**
 * The editorial rules of the data (data/README.md), checked over a parsed dataset after its shape:
 *
 * 1. Versions of one quote carry the same disputes. Quotes linked by `variantOf` (directly or through
 *    other versions) form one group; every dispute about the utterance (`scope` absent or `claim`)
 *    on one member must be on every member, matched by its `key`, or by its `topic` when it has no
 *    key. A dispute with `scope: "wording"` is about how one text renders the words (a translation
 *    slip, a garble) and stays on that text alone.
 * 2. A bare common family name (common-surnames.ts) never links without context: an alias whose
 *    whole text is one of them needs `needsAnchor` (the entity was already found on the page through
 *    an unanchored alias) or a non-empty `requireNear`. Word lists that only reject (`rejectBefore`,
 *    `rejectAfter`, `rejectNear`) do not count: they cannot demand context. A title or a given name
 *    counts when it is part of the alias text itself (`Secretary Austin`, `김 위원장`, `上川外相`),
 *    since such an alias is no longer a bare surname.
 * 3. Every fact is sourced: each fact of an entity, each version of a dispute and each relation cites
 *    at least one source id that exists in sources.json.
 * 4. Every source that is not a seed gives an http(s) URL a reader can open.
 *
 * Pure functions, no I/O; problems use the validator's `file › id › field` form.
 */
import { isCommonSurname } from './common-surnames';
import type { DatasetRule, Problem } from './rules';

type Rec = Record<string, unknown>;

function isRecord(value: unknown): value is Rec {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function records(dataset: Rec, key: string): Rec[] {
  const value = dataset[key];
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

function idOf(rec: Rec): string | undefined {
  return typeof rec.id === 'string' ? rec.id : undefined;
}

function problem(file: string, id: string | undefined, field: string | undefined, message: string): Problem {
  const p: Problem = { file, code: 'editorial', message };
  if (id !== undefined) p.id = id;
  if (field !== undefined) p.field = field;
  return p;
}

const ENTITY_FILES = [
  ['actors', 'actors.json'],
  ['agreements', 'agreements.json'],
  ['events', 'events.json'],
] as const;


/** The identity of a dispute across versions of a quote: its key, else its topic (whitespace collapsed). */
function disputeKey(dispute: Rec): string | undefined {
  const key = typeof dispute.key === 'string' && dispute.key.trim() !== '' ? dispute.key : dispute.topic;
  return typeof key === 'string' ? key.replace(/\s+/g, ' ').trim() : undefined;
}

/** Rule 1: linked versions of a quote carry the same disputes about the utterance. */
export function checkVariantDisputes(dataset: Rec): Problem[] {
  const file = 'quotes.json';
  const problems: Problem[] = [];
  const quotes = records(dataset, 'quotes');
  const byId = new Map<string, Rec>();
  for (const quote of quotes) {
    const id = idOf(quote);
    if (id !== undefined) byId.set(id, quote);
  }

  // Claim disputes per quote (the schema has checked `scope` and `key`).
  const claims = new Map<string, Set<string>>();
  for (const [id, quote] of byId) {
    const keys = new Set<string>();
    const disputes = Array.isArray(quote.disputed) ? quote.disputed : [];
    disputes.forEach((dispute) => {
      if (!isRecord(dispute)) return;
      const key = disputeKey(dispute);
      if (dispute.scope !== 'wording' && key !== undefined) keys.add(key);
    });
    claims.set(id, keys);
  }

  // Groups: quotes joined by variantOf links, in either direction (union–find).
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  for (const [id, quote] of byId) {
    const target = quote.variantOf;
    if (typeof target === 'string' && byId.has(target) && target !== id) parent.set(find(id), find(target));
  }
  const groups = new Map<string, string[]>();
  for (const id of byId.keys()) {
    const root = find(id);
    groups.set(root, [...(groups.get(root) ?? []), id]);
  }

  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const union = new Map<string, string>();
    for (const id of members) for (const key of claims.get(id) ?? []) if (!union.has(key)) union.set(key, id);
    for (const id of members) {
      const own = claims.get(id) ?? new Set<string>();
      for (const [key, holder] of union) {
        if (own.has(key)) continue;
        problems.push(
          problem(
            file,
            id,
            'disputed',
            `lacks the dispute "${key}" that its linked version ${holder} carries (give it a dispute with the same key or topic, or mark that one scope "wording")`,
          ),
        );
      }
    }
  }
  return problems;
}

/** Rule 2: an alias that is only a common family name needs needsAnchor or requireNear. */
export function checkBareSurnames(dataset: Rec): Problem[] {
  const problems: Problem[] = [];
  for (const [key, file] of ENTITY_FILES) {
    for (const entity of records(dataset, key)) {
      const aliases = Array.isArray(entity.aliases) ? entity.aliases : [];
      aliases.forEach((alias, i) => {
        if (!isRecord(alias) || typeof alias.text !== 'string' || !isCommonSurname(alias.text)) return;
        const anchored = alias.needsAnchor === true;
        const near = Array.isArray(alias.requireNear) && alias.requireNear.some((word) => typeof word === 'string' && word.trim() !== '');
        if (anchored || near) return;
        problems.push(
          problem(
            file,
            idOf(entity),
            `aliases[${i}]`,
            `"${alias.text}" is a common family name on its own: give it needsAnchor or requireNear (rejectBefore/rejectAfter/rejectNear alone do not demand context), or write the title or given name into the alias`,
          ),
        );
      });
    }
  }
  return problems;
}

function hasKnownSource(value: unknown, known: Set<string>): boolean {
  return Array.isArray(value) && value.some((id) => typeof id === 'string' && known.has(id));
}

/** Rule 3: every fact, dispute version and relation cites at least one known source. */
export function checkFactsSourced(dataset: Rec): Problem[] {
  const problems: Problem[] = [];
  const known = new Set(records(dataset, 'sources').map(idOf).filter((id): id is string => id !== undefined));
  const unsourced = 'is not sourced: cite at least one source id from sources.json';
  const checkDisputes = (file: string, rec: Rec): void => {
    const disputes = Array.isArray(rec.disputed) ? rec.disputed : [];
    disputes.forEach((dispute, i) => {
      if (!isRecord(dispute) || !Array.isArray(dispute.versions)) return;
      dispute.versions.forEach((version, j) => {
        if (isRecord(version) && !hasKnownSource(version.sources, known)) {
          problems.push(problem(file, idOf(rec), `disputed[${i}].versions[${j}].sources`, unsourced));
        }
      });
    });
  };
  for (const [key, file] of ENTITY_FILES) {
    for (const entity of records(dataset, key)) {
      const facts = Array.isArray(entity.facts) ? entity.facts : [];
      facts.forEach((fact, i) => {
        if (isRecord(fact) && !hasKnownSource(fact.sources, known)) problems.push(problem(file, idOf(entity), `facts[${i}].sources`, unsourced));
      });
      checkDisputes(file, entity);
    }
  }
  for (const quote of records(dataset, 'quotes')) checkDisputes('quotes.json', quote);
  records(dataset, 'relations').forEach((relation, i) => {
    if (!hasKnownSource(relation.sources, known)) {
      const label = `#${i} (${String(relation.from)} ${String(relation.type)} ${String(relation.to)})`;
      problems.push(problem('relations.json', label, 'sources', unsourced));
    }
  });
  return problems;
}

/** Rule 4: a source that is not a seed gives an http(s) URL. */
export function checkSourceUrls(dataset: Rec): Problem[] {
  const problems: Problem[] = [];
  for (const source of records(dataset, 'sources')) {
    if (source.kind === 'seed') continue;
    const url = source.url;
    if (typeof url !== 'string' || !/^https?:\/\/[^\s/]+\.[^\s]*$/.test(url)) {
      problems.push(problem('sources.json', idOf(source), 'url', `a ${String(source.kind)} source needs an http(s) URL (only seeds may go without)`));
    }
  }
  return problems;
}

/** All editorial rules, in the order above. */
export function checkEditorialRules(dataset: unknown): Problem[] {
  if (!isRecord(dataset)) return [];
  return [...checkVariantDisputes(dataset), ...checkBareSurnames(dataset), ...checkFactsSourced(dataset), ...checkSourceUrls(dataset)];
}

/** The editorial rules as one dataset rule, run over the records that have their shape. */
export const editorialRules: DatasetRule = (ctx) => checkEditorialRules(ctx.dataset).forEach((p) => ctx.report(p));
