/**
 * Pure validation of a briefing dataset (the shape in model.ts): schema, unique ids, references,
 * verbatim quotes against the seed texts, alias rules and alias collisions. No I/O: callers pass the
 * parsed dataset and, when available, the seed texts by file name. Every problem names the data file,
 * and where it can the record id and the field path, so editors can find it.
 */
import {
  ACTOR_KINDS,
  AGREEMENT_KINDS,
  EVENT_KINDS,
  LANGS,
  RELATION_TYPES,
  SOURCE_KINDS,
  type Alias,
  type AliasCollisionAllowance,
  type Dataset,
} from '../model';
import { checkEditorialRules } from './editorial-rules';

export interface Problem {
  /** Data file the problem is in, e.g. `actors.json`. */
  file: string;
  id?: string;
  /** Field path inside the record, e.g. `aliases[2].lang`. */
  field?: string;
  message: string;
}

/** At least this many entities must carry Korean and Japanese summaries. */
export const MIN_LOCALISED_SUMMARIES = 20;

export const DATA_FILES = {
  meta: 'meta.json',
  sources: 'sources.json',
  actors: 'actors.json',
  agreements: 'agreements.json',
  events: 'events.json',
  quotes: 'quotes.json',
  relations: 'relations.json',
  aliasCollisions: 'alias-collisions.json',
} as const;

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const PARTIAL_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const VERSION = /^\d+\.\d+\.\d+$/;
/** Latin acronym-like alias (US, U.S., NYT, PAC-3, 2+2 excluded: needs two capitals). */
const ACRONYM = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z0-9.&\-]{2,8}$/;
const ALIAS_RULE_LISTS = ['rejectBefore', 'rejectAfter', 'requireNear', 'rejectNear'] as const;

/** Collapse runs of whitespace to one space and trim: the only normalisation the quote check allows. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}


type Rec = Record<string, unknown>;

function isRecord(value: unknown): value is Rec {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

/** Collects problems for one record, prefixing field paths. */
class RecordChecker {
  constructor(
    private readonly problems: Problem[],
    readonly file: string,
    readonly id: string | undefined,
  ) {}

  report(field: string | undefined, message: string): void {
    const problem: Problem = { file: this.file, message };
    if (this.id !== undefined) problem.id = this.id;
    if (field !== undefined) problem.field = field;
    this.problems.push(problem);
  }

  string(rec: Rec, field: string, path = field, optional = false): string | undefined {
    const value = rec[field];
    if (value === undefined && optional) return undefined;
    if (!isNonEmptyString(value)) {
      this.report(path, value === undefined ? 'is required' : 'must be a non-empty string');
      return undefined;
    }
    return value;
  }

  oneOf<T extends string>(rec: Rec, field: string, allowed: readonly T[], path = field): T | undefined {
    const value = rec[field];
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
      this.report(path, `must be one of ${allowed.join(', ')} (got ${JSON.stringify(value)})`);
      return undefined;
    }
    return value as T;
  }

  date(rec: Rec, field: string, { optional = false, partial = false } = {}, path = field): void {
    const value = rec[field];
    if (value === undefined && optional) return;
    const pattern = partial ? PARTIAL_DATE : FULL_DATE;
    if (typeof value !== 'string' || !pattern.test(value) || !plausibleDate(value)) {
      this.report(path, `must be an ISO date ${partial ? '(YYYY, YYYY-MM or YYYY-MM-DD)' : '(YYYY-MM-DD)'} (got ${JSON.stringify(value)})`);
    }
  }

  stringList(rec: Rec, field: string, { optional = false, nonEmpty = false } = {}, path = field): string[] {
    const value = rec[field];
    if (value === undefined && optional) return [];
    if (!Array.isArray(value) || !value.every(isNonEmptyString)) {
      this.report(path, value === undefined ? 'is required (a list of strings)' : 'must be a list of non-empty strings');
      return [];
    }
    if (nonEmpty && value.length === 0) this.report(path, 'must not be empty');
    return value;
  }

  localised(rec: Rec, field: string, { requireAll = false, optional = false } = {}, path = field): Rec | undefined {
    const value = rec[field];
    if (value === undefined && optional) return undefined;
    if (!isRecord(value)) {
      this.report(path, value === undefined ? 'is required (text with en, ko, ja)' : 'must be an object with en, ko, ja text');
      return undefined;
    }
    for (const key of Object.keys(value)) {
      if (!(LANGS as readonly string[]).includes(key)) this.report(`${path}.${key}`, `is not a language (use ${LANGS.join(', ')})`);
    }
    this.string(value, 'en', `${path}.en`);
    for (const lang of ['ko', 'ja'] as const) {
      this.string(value, lang, `${path}.${lang}`, !requireAll);
    }
    return value;
  }
}

function plausibleDate(value: string): boolean {
  const [, month, day] = value.split('-').map(Number);
  if (month !== undefined && (month < 1 || month > 12)) return false;
  if (day !== undefined && (day < 1 || day > 31)) return false;
  return true;
}

interface Context {
  problems: Problem[];
  sourceIds: Set<string>;
  actorIds: Set<string>;
  agreementIds: Set<string>;
  entityIds: Set<string>;
  quoteIds: Set<string>;
}

function checkSources(checker: RecordChecker, ctx: Context, rec: Rec, field: string): void {
  const ids = checker.stringList(rec, field, { nonEmpty: true });
  ids.forEach((id, i) => {
    if (!ctx.sourceIds.has(id)) checker.report(`${field}[${i}]`, `unknown source "${id}"`);
  });
}

function checkRefs(checker: RecordChecker, ids: string[], field: string, known: Set<string>, what: string): void {
  ids.forEach((id, i) => {
    if (!known.has(id)) checker.report(`${field}[${i}]`, `unknown ${what} "${id}"`);
  });
}

function checkAlias(checker: RecordChecker, alias: unknown, path: string): void {
  if (!isRecord(alias)) {
    checker.report(path, 'must be an object with text and lang');
    return;
  }
  const text = checker.string(alias, 'text', `${path}.text`);
  checker.oneOf(alias, 'lang', LANGS, `${path}.lang`);
  for (const flag of ['caseSensitive', 'needsAnchor'] as const) {
    if (alias[flag] !== undefined && typeof alias[flag] !== 'boolean') checker.report(`${path}.${flag}`, 'must be true or false');
  }
  for (const list of ALIAS_RULE_LISTS) {
    if (alias[list] !== undefined) checker.stringList(alias, list, { nonEmpty: true }, `${path}.${list}`);
  }
  if (alias.note !== undefined) checker.string(alias, 'note', `${path}.note`);
  if (text !== undefined && ACRONYM.test(text) && alias.caseSensitive !== true) {
    checker.report(`${path}.caseSensitive`, `acronym "${text}" must be caseSensitive (so the word "${text.toLowerCase()}" does not match)`);
  }
}

function checkDisputes(checker: RecordChecker, ctx: Context, rec: Rec): void {
  const disputes = rec.disputed;
  if (disputes === undefined) return;
  if (!Array.isArray(disputes)) {
    checker.report('disputed', 'must be a list of disputes');
    return;
  }
  disputes.forEach((dispute, i) => {
    const path = `disputed[${i}]`;
    if (!isRecord(dispute)) {
      checker.report(path, 'must be an object with topic, versions and note');
      return;
    }
    checker.string(dispute, 'topic', `${path}.topic`);
    checker.string(dispute, 'note', `${path}.note`);
    const versions = dispute.versions;
    if (!Array.isArray(versions) || versions.length === 0) {
      checker.report(`${path}.versions`, 'must list at least one version with its sources');
      return;
    }
    versions.forEach((version, j) => {
      const vpath = `${path}.versions[${j}]`;
      if (!isRecord(version)) {
        checker.report(vpath, 'must be an object with claim and sources');
        return;
      }
      checker.string(version, 'claim', `${vpath}.claim`);
      const sources = checker.stringList(version, 'sources', { nonEmpty: true }, `${vpath}.sources`);
      checkRefs(checker, sources, `${vpath}.sources`, ctx.sourceIds, 'source');
    });
  });
}

const ENTITY_FILES = [
  { key: 'actors', type: 'actor', kinds: ACTOR_KINDS },
  { key: 'agreements', type: 'agreement', kinds: AGREEMENT_KINDS },
  { key: 'events', type: 'event', kinds: EVENT_KINDS },
] as const;

function checkEntity(checker: RecordChecker, ctx: Context, rec: Rec, type: string, kinds: readonly string[]): void {
  if (rec.type !== type) checker.report('type', `must be "${type}" in ${checker.file} (got ${JSON.stringify(rec.type)})`);
  checker.oneOf(rec, 'kind', kinds);
  checker.date(rec, 'asOf');
  checkSources(checker, ctx, rec, 'sources');
  checker.localised(rec, 'name', { requireAll: true });
  checker.localised(rec, 'role', { optional: true });
  checker.localised(rec, 'summary');
  checker.localised(rec, 'description');

  const aliases = rec.aliases;
  if (!Array.isArray(aliases) || aliases.length === 0) {
    checker.report('aliases', 'must list at least one alias');
  } else {
    aliases.forEach((alias, i) => checkAlias(checker, alias, `aliases[${i}]`));
    for (const lang of LANGS) {
      if (!aliases.some((alias) => isRecord(alias) && alias.lang === lang)) {
        checker.report('aliases', `has no ${lang} alias (every entity needs aliases in ${LANGS.join(', ')})`);
      }
    }
  }

  const facts = rec.facts;
  if (!Array.isArray(facts)) {
    checker.report('facts', facts === undefined ? 'is required (a list of facts)' : 'must be a list of facts');
  } else {
    facts.forEach((fact, i) => {
      const path = `facts[${i}]`;
      if (!isRecord(fact)) {
        checker.report(path, 'must be an object with text and sources');
        return;
      }
      checker.localised(fact, 'text', {}, `${path}.text`);
      checker.date(fact, 'date', { optional: true, partial: true }, `${path}.date`);
      const sources = checker.stringList(fact, 'sources', { nonEmpty: true }, `${path}.sources`);
      checkRefs(checker, sources, `${path}.sources`, ctx.sourceIds, 'source');
    });
  }
  checkDisputes(checker, ctx, rec);
  const related = checker.stringList(rec, 'related', { optional: true });
  checkRefs(checker, related, 'related', ctx.entityIds, 'entity');
  if (related.includes(checker.id ?? '')) checker.report('related', 'must not list the entity itself');

  if (type === 'agreement') {
    checker.date(rec, 'date', { optional: true, partial: true });
    checkRefs(checker, checker.stringList(rec, 'parties'), 'parties', ctx.actorIds, 'actor');
  }
  if (type === 'event') {
    checker.date(rec, 'date', { partial: true });
    checker.date(rec, 'endDate', { optional: true, partial: true });
    checker.localised(rec, 'place', { optional: true });
    checkRefs(checker, checker.stringList(rec, 'participants'), 'participants', ctx.actorIds, 'actor');
    if (typeof rec.date === 'string' && typeof rec.endDate === 'string' && rec.endDate < rec.date) {
      checker.report('endDate', `is before date ${rec.date}`);
    }
  }
}

function checkQuote(
  checker: RecordChecker,
  ctx: Context,
  rec: Rec,
  sourceFiles: Map<string, string | undefined>,
  seeds: Map<string, string> | null,
): void {
  if (rec.type !== 'quote') checker.report('type', `must be "quote" (got ${JSON.stringify(rec.type)})`);
  checker.date(rec, 'asOf');
  checkSources(checker, ctx, rec, 'sources');
  const text = checker.string(rec, 'text');
  const lang = checker.oneOf(rec, 'lang', LANGS);
  if (lang !== undefined && lang !== 'en') {
    if (rec.translation === undefined) checker.report('translation', `is required for a ${lang} quote (our English translation)`);
  }
  checker.localised(rec, 'translation', { optional: true });
  const speaker = checker.string(rec, 'speaker');
  if (speaker !== undefined && !ctx.actorIds.has(speaker) && !ctx.agreementIds.has(speaker)) {
    checker.report('speaker', `unknown speaker "${speaker}" (must be an actor, or the agreement of a joint text)`);
  }
  checker.date(rec, 'date', { partial: true });
  checker.string(rec, 'venue');
  checkRefs(checker, checker.stringList(rec, 'about', { optional: true }), 'about', ctx.entityIds, 'entity');
  const variantOf = checker.string(rec, 'variantOf', 'variantOf', true);
  if (variantOf !== undefined && (!ctx.quoteIds.has(variantOf) || variantOf === checker.id)) {
    checker.report('variantOf', `unknown quote "${variantOf}"`);
  }
  checkDisputes(checker, ctx, rec);
  checker.string(rec, 'note', 'note', true);

  const source = checker.string(rec, 'source');
  if (source === undefined) return;
  if (!ctx.sourceIds.has(source)) {
    checker.report('source', `unknown source "${source}"`);
    return;
  }
  if (Array.isArray(rec.sources) && !rec.sources.includes(source)) {
    checker.report('sources', `must include the quote's source "${source}"`);
  }
  const file = sourceFiles.get(source);
  if (seeds === null || file === undefined || text === undefined) return;
  const seedText = seeds.get(file);
  if (seedText === undefined) {
    checker.report('source', `seed file "${file}" of source "${source}" was not found among the seeds`);
    return;
  }
  if (!normaliseWhitespace(seedText).includes(normaliseWhitespace(text))) {
    checker.report('text', `is not verbatim in seed ${file} (source "${source}"): "${truncate(normaliseWhitespace(text))}"`);
  }
}

function truncate(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export interface AliasCollision {
  /** Normalised alias text shared by the entities. */
  key: string;
  /** The aliases as written, one per entity that uses the text. */
  uses: { entity: string; alias: Alias }[];
  /** `rule`: all but at most one use need an anchor or a nearby word; `allowed`: listed in alias-collisions.json. */
  resolution: 'rule' | 'allowed' | null;
  reason?: string;
}

function isGuarded(alias: Alias): boolean {
  return alias.needsAnchor === true || (alias.requireNear?.length ?? 0) > 0;
}

/**
 * Alias texts used by two or more entities. A collision is resolved by a rule when at most one of
 * the uses may link on its own (the others need an anchor or a required nearby word), or allowed by
 * an entry in the allow-list naming the same text and entities.
 */
export function findAliasCollisions(dataset: Pick<Dataset, 'actors' | 'agreements' | 'events' | 'aliasCollisions'>): AliasCollision[] {
  const byKey = new Map<string, { entity: string; alias: Alias }[]>();
  const entities = [...(dataset.actors ?? []), ...(dataset.agreements ?? []), ...(dataset.events ?? [])];
  for (const entity of entities) {
    if (!isRecord(entity) || !Array.isArray(entity.aliases)) continue;
    for (const alias of entity.aliases) {
      if (!isRecord(alias) || typeof alias.text !== 'string') continue;
      // Compare case-insensitively so that a case-sensitive and an insensitive form of the same word meet.
      const key = normaliseWhitespace(alias.text.normalize('NFKC')).toLowerCase();
      const uses = byKey.get(key) ?? [];
      uses.push({ entity: entity.id, alias });
      byKey.set(key, uses);
    }
  }
  const allowances = dataset.aliasCollisions ?? [];
  const collisions: AliasCollision[] = [];
  for (const [key, uses] of byKey) {
    const distinct = uniqueCaseVariants(uses);
    if (new Set(distinct.map((use) => use.entity)).size < 2) continue;
    const unguarded = distinct.filter((use) => !isGuarded(use.alias));
    const allowance = findAllowance(allowances, key, distinct);
    const collision: AliasCollision = { key, uses: distinct, resolution: null };
    if (unguarded.length <= 1) collision.resolution = 'rule';
    else if (allowance !== undefined) {
      collision.resolution = 'allowed';
      collision.reason = allowance.reason;
    }
    collisions.push(collision);
  }
  return collisions;
}

/**
 * Uses that can actually match the same text: two case-sensitive aliases that differ in case
 * (e.g. `US` and `Us`) never meet, so they are split apart; the largest group is returned.
 */
function uniqueCaseVariants(uses: { entity: string; alias: Alias }[]): { entity: string; alias: Alias }[] {
  const insensitive = uses.filter((use) => !use.alias.caseSensitive);
  const groups = new Map<string, { entity: string; alias: Alias }[]>();
  for (const use of uses.filter((u) => u.alias.caseSensitive)) {
    const text = normaliseWhitespace(use.alias.text.normalize('NFKC'));
    groups.set(text, [...(groups.get(text) ?? []), use]);
  }
  let best = insensitive;
  for (const group of groups.values()) {
    const candidate = [...insensitive, ...group];
    if (new Set(candidate.map((u) => u.entity)).size > new Set(best.map((u) => u.entity)).size) best = candidate;
  }
  return best;
}

function findAllowance(
  allowances: AliasCollisionAllowance[],
  key: string,
  uses: { entity: string }[],
): AliasCollisionAllowance | undefined {
  const entities = new Set(uses.map((use) => use.entity));
  return allowances.find(
    (allowance) =>
      isRecord(allowance) &&
      typeof allowance.text === 'string' &&
      normaliseWhitespace(allowance.text.normalize('NFKC')).toLowerCase() === key &&
      Array.isArray(allowance.entities) &&
      [...entities].every((id) => allowance.entities.includes(id)),
  );
}

function checkAllowances(problems: Problem[], dataset: Rec, collisions: AliasCollision[]): void {
  const list = dataset.aliasCollisions;
  if (list === undefined) return;
  const file = DATA_FILES.aliasCollisions;
  if (!Array.isArray(list)) {
    problems.push({ file, message: 'must be a list of { text, entities, reason }' });
    return;
  }
  list.forEach((entry, i) => {
    const checker = new RecordChecker(problems, file, isRecord(entry) && typeof entry.text === 'string' ? entry.text : `#${i}`);
    if (!isRecord(entry)) {
      checker.report(undefined, 'must be an object with text, entities and reason');
      return;
    }
    const text = checker.string(entry, 'text');
    checker.string(entry, 'reason');
    checker.stringList(entry, 'entities', { nonEmpty: true });
    if (text === undefined) return;
    const key = normaliseWhitespace(text.normalize('NFKC')).toLowerCase();
    const collision = collisions.find((c) => c.key === key);
    if (collision === undefined) checker.report('text', `no two entities share the alias "${text}"; remove the stale entry`);
    else if (collision.resolution === 'rule') checker.report('text', `the collision on "${text}" is already resolved by alias rules; remove the entry`);
  });
}

/** Validate a parsed dataset. `seeds` maps seed file names to their text; pass null to skip the verbatim-quote check. */
export function validateDataset(dataset: unknown, seeds: Map<string, string> | null): Problem[] {
  const problems: Problem[] = [];
  if (!isRecord(dataset)) return [{ file: 'dataset', message: 'must be an object with meta, sources, actors, agreements, events, quotes, relations' }];

  const lists: Record<string, Rec[]> = {};
  for (const key of ['sources', 'actors', 'agreements', 'events', 'quotes', 'relations'] as const) {
    const value = dataset[key];
    const file = DATA_FILES[key];
    if (!Array.isArray(value)) {
      problems.push({ file, message: value === undefined ? 'is missing' : 'must be a JSON array' });
      lists[key] = [];
      continue;
    }
    lists[key] = value.filter((item, i): item is Rec => {
      if (isRecord(item)) return true;
      problems.push({ file, field: `[${i}]`, message: 'must be an object' });
      return false;
    });
  }
  const at = (key: string): Rec[] => lists[key] ?? [];

  const meta = dataset.meta;
  const metaChecker = new RecordChecker(problems, DATA_FILES.meta, undefined);
  if (!isRecord(meta)) metaChecker.report(undefined, 'must be an object with version, title, asOf');
  else {
    const version = metaChecker.string(meta, 'version');
    if (version !== undefined && !VERSION.test(version)) metaChecker.report('version', `must be a semantic version like 1.0.0 (got "${version}")`);
    metaChecker.string(meta, 'title');
    metaChecker.date(meta, 'asOf');
  }

  // Ids: well-formed and unique across every file.
  const seen = new Map<string, string>();
  const idsOf = (key: string): Set<string> => new Set(at(key).map((r) => r.id).filter(isNonEmptyString));
  for (const key of ['sources', 'actors', 'agreements', 'events', 'quotes'] as const) {
    const file = DATA_FILES[key];
    at(key).forEach((rec, i) => {
      const id = rec.id;
      if (!isNonEmptyString(id)) {
        problems.push({ file, field: `[${i}].id`, message: 'is required' });
        return;
      }
      if (!ID_PATTERN.test(id)) problems.push({ file, id, field: 'id', message: 'must be lower-case words joined by hyphens (a-z, 0-9)' });
      const previous = seen.get(id);
      if (previous !== undefined) problems.push({ file, id, field: 'id', message: `duplicate id (also in ${previous})` });
      else seen.set(id, file);
    });
  }
  const ctx: Context = {
    problems,
    sourceIds: idsOf('sources'),
    actorIds: idsOf('actors'),
    agreementIds: idsOf('agreements'),
    entityIds: new Set([...idsOf('actors'), ...idsOf('agreements'), ...idsOf('events')]),
    quoteIds: idsOf('quotes'),
  };

  const sourceFiles = new Map<string, string | undefined>();
  for (const rec of at('sources')) {
    const checker = new RecordChecker(problems, DATA_FILES.sources, typeof rec.id === 'string' ? rec.id : undefined);
    const kind = checker.oneOf(rec, 'kind', SOURCE_KINDS);
    const file = checker.string(rec, 'file', 'file', kind !== 'seed');
    if (kind !== 'seed' && file !== undefined) checker.report('file', 'is only for seed sources');
    checker.string(rec, 'title');
    checker.string(rec, 'publication');
    checker.string(rec, 'author', 'author', true);
    checker.date(rec, 'date', { partial: true });
    checker.oneOf(rec, 'language', LANGS);
    const url = checker.string(rec, 'url', 'url', true);
    if (url !== undefined && !/^https?:\/\/\S+$/.test(url)) checker.report('url', `must be an http(s) URL (got "${url}")`);
    if (kind !== 'seed' && url === undefined) checker.report('url', `is required for a ${kind ?? 'non-seed'} source`);
    checker.string(rec, 'note', 'note', true);
    if (typeof rec.id === 'string') sourceFiles.set(rec.id, kind === 'seed' ? file : undefined);
  }

  for (const { key, type, kinds } of ENTITY_FILES) {
    for (const rec of at(key)) {
      checkEntity(new RecordChecker(problems, DATA_FILES[key], typeof rec.id === 'string' ? rec.id : undefined), ctx, rec, type, kinds);
    }
  }
  for (const rec of at('quotes')) {
    checkQuote(new RecordChecker(problems, DATA_FILES.quotes, typeof rec.id === 'string' ? rec.id : undefined), ctx, rec, sourceFiles, seeds);
  }

  at('relations').forEach((rec, i) => {
    const label = `${String(rec.from)} ${String(rec.type)} ${String(rec.to)}`;
    const checker = new RecordChecker(problems, DATA_FILES.relations, `#${i} (${label})`);
    const from = checker.string(rec, 'from');
    const to = checker.string(rec, 'to');
    checker.oneOf(rec, 'type', RELATION_TYPES);
    if (from !== undefined && !ctx.entityIds.has(from)) checker.report('from', `unknown entity "${from}"`);
    if (to !== undefined && !ctx.entityIds.has(to)) checker.report('to', `unknown entity "${to}"`);
    if (from !== undefined && from === to) checker.report('to', 'must differ from "from"');
    checker.date(rec, 'date', { optional: true, partial: true });
    checkSources(checker, ctx, rec, 'sources');
  });

  const entities = [...at('actors'), ...at('agreements'), ...at('events')];
  const localised = entities.filter((rec) => isRecord(rec.summary) && isNonEmptyString(rec.summary.ko) && isNonEmptyString(rec.summary.ja));
  const requiredLocalised = Math.min(MIN_LOCALISED_SUMMARIES, entities.length);
  if (localised.length < requiredLocalised) {
    problems.push({
      file: DATA_FILES.actors,
      field: 'summary',
      message: `only ${localised.length} entities have Korean and Japanese summaries (summary.ko and summary.ja); at least ${requiredLocalised} are required`,
    });
  }

  const collisions = findAliasCollisions({
    actors: at('actors') as never,
    agreements: at('agreements') as never,
    events: at('events') as never,
    aliasCollisions: Array.isArray(dataset.aliasCollisions) ? (dataset.aliasCollisions as AliasCollisionAllowance[]) : [],
  });
  for (const collision of collisions) {
    if (collision.resolution !== null) continue;
    const first = collision.uses[0];
    const entityIds = [...new Set(collision.uses.map((use) => use.entity))];
    problems.push({
      file: fileOfEntity(lists, first?.entity),
      id: first?.entity ?? '',
      field: 'aliases',
      message: `alias "${first?.alias.text ?? collision.key}" is shared by ${entityIds.join(', ')} without a rule that separates them: give all but one needsAnchor or requireNear, or list it in ${DATA_FILES.aliasCollisions} with a reason`,
    });
  }
  checkAllowances(problems, dataset, collisions);
  // Editorial rules (editorial-rules.ts); a place the shape checks already flagged is reported once.
  const flagged = new Set(problems.map((p) => `${p.file}|${p.id}|${p.field}`));
  problems.push(...checkEditorialRules(dataset).filter((p) => !flagged.has(`${p.file}|${p.id}|${p.field}`)));
  return problems;
}

function fileOfEntity(lists: Record<string, Rec[]>, id: string | undefined): string {
  for (const key of ['actors', 'agreements', 'events'] as const) {
    if (lists[key]?.some((rec) => rec.id === id)) return DATA_FILES[key];
  }
  return DATA_FILES.actors;
}

/** One line per problem: `file › id › field: message`. */
export function formatProblem(problem: Problem): string {
  return [problem.file, problem.id, problem.field].filter((part) => part !== undefined && part !== '').join(' › ') + `: ${problem.message}`;
}
