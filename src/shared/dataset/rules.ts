/**
 * The dataset rules: plain functions over records that already have their schema's shape
 * (validate.ts checks that first). Record rules tie one record's fields together
 * (names in every language, acronyms case-sensitive, a translation for non-English
 * quotes); cross-record rules check the dataset as a whole (unique ids, references,
 * verbatim quotes, coverage minimums, alias collisions, aliases that would match
 * everything). Each rule reports problems naming file, id and field. Rules are of two kinds:
 * integrity (any pack, bundled or imported, must meet them) and editorial (the standard of our
 * bundled packs: all three languages, verbatim quotes, coverage). To add a rule, write a
 * `DatasetRule` and list it in `DATASET_RULES` (integrity) or `EDITORIAL_DATASET_RULES`; the
 * other editorial rules live in their own module, editorial-rules.ts, and validate.ts runs them
 * after these.
 */
import { LANGS, type Alias, type AliasCollisionAllowance, type Dataset, type Entity } from '../model';
import type { IssueCode } from '../errors';
import { DATA_FILES } from './files';

/** What kind of problem: a structural issue code, or one of the rules'. */
export type ProblemCode =
  | IssueCode
  /** A field needs another in this record (a translation for a ko quote, a url for a primary source). */
  | 'record-rule'
  /** An id that names no record of the kind expected. */
  | 'unknown-reference'
  /** A quote that is not verbatim in its seed, or whose seed is missing. */
  | 'not-verbatim'
  /** Too few records meet a coverage minimum. */
  | 'coverage'
  /** An alias shared without a rule, or a stale allow-list entry. */
  | 'alias-collision'
  /** One of the editorial rules (editorial-rules.ts): quote versions' disputes, bare surnames, sourcing, source URLs. */
  | 'editorial'
  /** An alias that would match nearly everything: no letter or digit, or a single character without a context rule (see `aliasBreadth`). */
  | 'alias-too-broad'
  /** A pack file whose `format` is not `briefing-lens-pack` (src/shared/pack/parse-pack.ts). */
  | 'pack-format'
  /** A pack file of a later format version than this build reads. */
  | 'pack-format-version-future'
  /** A pack file that is not JSON. */
  | 'pack-not-json'
  /** A pack file over PACK_MAX_BYTES. */
  | 'pack-too-large';

export interface Problem {
  /** Data file the problem is in, e.g. `actors.json`. */
  file: string;
  id?: string;
  /** Field path inside the record, e.g. `aliases[2].lang`. */
  field?: string;
  code: ProblemCode;
  /** The expected shape, for structural problems (e.g. `date YYYY-MM-DD`). */
  expected?: string;
  /** English, one line: what is wrong and what was expected. */
  message: string;
}

/**
 * What a rule sees: the records that have their shape, every id as written, and where to report.
 * `report` is for integrity problems, which every pack must be free of (an imported third-party
 * pack is checked for these only); `reportEditorial` for the editorial standard only the bundled
 * packs must meet (validate.ts decides whether those are errors, warnings or skipped).
 */
export interface RuleContext {
  dataset: Dataset;
  /** Seed texts by file name; null when the seeds are not available. */
  seeds: Map<string, string> | null;
  /** Every string id in a file, including records whose shape is wrong (so one bad field does not orphan references). */
  ids(key: 'sources' | 'actors' | 'agreements' | 'events' | 'quotes'): string[];
  report(problem: Problem): void;
  reportEditorial(problem: Problem): void;
}

export type DatasetRule = (ctx: RuleContext) => void;

/** At least this many entities must carry Korean and Japanese summaries. */
export const MIN_LOCALISED_SUMMARIES = 20;

/** Latin acronym-like alias (US, U.S., NYT, PAC-3, 2+2 excluded: needs two capitals). */
const ACRONYM = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z0-9.&\-]{2,8}$/;

/** Collapse runs of whitespace to one space and trim: the only normalisation the quote check allows. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function truncate(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

const ENTITY_FILES = [
  { key: 'actors', file: DATA_FILES.actors },
  { key: 'agreements', file: DATA_FILES.agreements },
  { key: 'events', file: DATA_FILES.events },
] as const;

function entitiesWithFile(dataset: Dataset): { entity: Entity; file: string }[] {
  return ENTITY_FILES.flatMap(({ key, file }) => (dataset[key] as Entity[]).map((entity) => ({ entity, file })));
}

/** A reporter bound to one record (of editorial problems when `editorial`). */
function at(ctx: RuleContext, file: string, id: string | undefined, editorial = false) {
  return (field: string | undefined, code: ProblemCode, message: string) => {
    const problem: Problem = { file, code, message };
    if (id !== undefined) problem.id = id;
    if (field !== undefined) problem.field = field;
    if (editorial) ctx.reportEditorial(problem);
    else ctx.report(problem);
  };
}

/** Editorial: names in en, ko and ja; aliases in every language; acronyms case-sensitive. Integrity: an event ends after it starts. */
const entityRecordRules: DatasetRule = (ctx) => {
  for (const { entity, file } of entitiesWithFile(ctx.dataset)) {
    const report = at(ctx, file, entity.id);
    const editorial = at(ctx, file, entity.id, true);
    for (const lang of ['ko', 'ja'] as const) {
      if (entity.name[lang] === undefined) editorial(`name.${lang}`, 'missing', 'is required (every entity is named in en, ko and ja)');
    }
    for (const lang of LANGS) {
      if (!entity.aliases.some((alias) => alias.lang === lang)) {
        editorial('aliases', 'record-rule', `has no ${lang} alias (every entity needs aliases in ${LANGS.join(', ')})`);
      }
    }
    entity.aliases.forEach((alias, i) => {
      if (ACRONYM.test(alias.text) && alias.caseSensitive !== true) {
        editorial(`aliases[${i}].caseSensitive`, 'record-rule', `acronym "${alias.text}" must be caseSensitive (so the word "${alias.text.toLowerCase()}" does not match)`);
      }
    });
    if (entity.related?.includes(entity.id)) report('related', 'record-rule', 'must not list the entity itself');
    if (entity.type === 'event' && entity.endDate !== undefined && entity.endDate < entity.date) {
      report('endDate', 'record-rule', `is before date ${entity.date}`);
    }
  }
};

/** A seed source names its file and no URL is required; any other source needs (editorial) a URL and no file. */
const sourceRecordRules: DatasetRule = (ctx) => {
  for (const source of ctx.dataset.sources) {
    const report = at(ctx, DATA_FILES.sources, source.id);
    const editorial = at(ctx, DATA_FILES.sources, source.id, true);
    if (source.kind === 'seed' && source.file === undefined) report('file', 'missing', 'is required for a seed source');
    if (source.kind !== 'seed' && source.file !== undefined) report('file', 'record-rule', 'is only for seed sources');
    if (source.kind !== 'seed' && source.url === undefined) editorial('url', 'missing', `is required for a ${source.kind} source`);
  }
};

/** Well-formed ids are checked by the schema; here: no id twice across files. */
const uniqueIds: DatasetRule = (ctx) => {
  const seen = new Map<string, string>();
  for (const key of ['sources', 'actors', 'agreements', 'events', 'quotes'] as const) {
    const file = DATA_FILES[key];
    for (const id of ctx.ids(key)) {
      const previous = seen.get(id);
      if (previous !== undefined) ctx.report({ file, id, field: 'id', code: 'duplicate', message: `duplicate id (also in ${previous})` });
      else seen.set(id, file);
    }
  }
};

/** Every id a record names exists, as the kind of record the field expects. */
const references: DatasetRule = (ctx) => {
  const sources = new Set(ctx.ids('sources'));
  const actors = new Set(ctx.ids('actors'));
  const agreements = new Set(ctx.ids('agreements'));
  const entities = new Set([...actors, ...agreements, ...ctx.ids('events')]);
  const quotes = new Set(ctx.ids('quotes'));
  const refs = (report: ReturnType<typeof at>, ids: readonly string[] | undefined, field: string, known: Set<string>, what: string) =>
    ids?.forEach((id, i) => {
      if (!known.has(id)) report(`${field}[${i}]`, 'unknown-reference', `unknown ${what} "${id}"`);
    });
  const disputes = (report: ReturnType<typeof at>, list: Entity['disputed']) =>
    list?.forEach((dispute, i) => dispute.versions.forEach((version, j) => refs(report, version.sources, `disputed[${i}].versions[${j}].sources`, sources, 'source')));

  for (const { entity, file } of entitiesWithFile(ctx.dataset)) {
    const report = at(ctx, file, entity.id);
    refs(report, entity.sources, 'sources', sources, 'source');
    entity.facts.forEach((fact, i) => refs(report, fact.sources, `facts[${i}].sources`, sources, 'source'));
    disputes(report, entity.disputed);
    refs(report, entity.related, 'related', entities, 'entity');
    if (entity.type === 'agreement') refs(report, entity.parties, 'parties', actors, 'actor');
    if (entity.type === 'event') refs(report, entity.participants, 'participants', actors, 'actor');
  }
  for (const quote of ctx.dataset.quotes) {
    const report = at(ctx, DATA_FILES.quotes, quote.id);
    refs(report, quote.sources, 'sources', sources, 'source');
    disputes(report, quote.disputed);
    if (!actors.has(quote.speaker) && !agreements.has(quote.speaker)) {
      report('speaker', 'unknown-reference', `unknown speaker "${quote.speaker}" (must be an actor, or the agreement of a joint text)`);
    }
    refs(report, quote.about, 'about', entities, 'entity');
    if (quote.variantOf !== undefined && (!quotes.has(quote.variantOf) || quote.variantOf === quote.id)) {
      report('variantOf', 'unknown-reference', `unknown quote "${quote.variantOf}"`);
    }
    if (!sources.has(quote.source)) report('source', 'unknown-reference', `unknown source "${quote.source}"`);
    else if (!quote.sources.includes(quote.source)) report('sources', 'record-rule', `must include the quote's source "${quote.source}"`);
  }
  ctx.dataset.relations.forEach((relation, i) => {
    const report = at(ctx, DATA_FILES.relations, `#${i} (${relation.from} ${relation.type} ${relation.to})`);
    if (!entities.has(relation.from)) report('from', 'unknown-reference', `unknown entity "${relation.from}"`);
    if (!entities.has(relation.to)) report('to', 'unknown-reference', `unknown entity "${relation.to}"`);
    if (relation.from === relation.to) report('to', 'record-rule', 'must differ from "from"');
    refs(report, relation.sources, 'sources', sources, 'source');
  });
};

/** A quote not in English carries our translation; a quote is verbatim in the seed it cites. */
const quotes: DatasetRule = (ctx) => {
  const seedFiles = new Map(ctx.dataset.sources.map((source) => [source.id, source.kind === 'seed' ? source.file : undefined]));
  for (const quote of ctx.dataset.quotes) {
    const report = at(ctx, DATA_FILES.quotes, quote.id);
    if (quote.lang !== 'en' && quote.translation === undefined) report('translation', 'missing', `is required for a ${quote.lang} quote (our English translation)`);
    const file = seedFiles.get(quote.source);
    if (ctx.seeds === null || file === undefined) continue;
    const seedText = ctx.seeds.get(file);
    if (seedText === undefined) {
      report('source', 'not-verbatim', `seed file "${file}" of source "${quote.source}" was not found among the seeds`);
    } else if (!normaliseWhitespace(seedText).includes(normaliseWhitespace(quote.text))) {
      report('text', 'not-verbatim', `is not verbatim in seed ${file} (source "${quote.source}"): "${truncate(normaliseWhitespace(quote.text))}"`);
    }
  }
};

/** Enough entities have Korean and Japanese summaries. */
const localisedSummaries: DatasetRule = (ctx) => {
  const entities = entitiesWithFile(ctx.dataset).map(({ entity }) => entity);
  const localised = entities.filter((entity) => entity.summary.ko !== undefined && entity.summary.ja !== undefined).length;
  const required = Math.min(MIN_LOCALISED_SUMMARIES, entities.length);
  if (localised < required) {
    ctx.report({
      file: DATA_FILES.actors,
      field: 'summary',
      code: 'coverage',
      message: `only ${localised} entities have Korean and Japanese summaries (summary.ko and summary.ja); at least ${required} are required`,
    });
  }
};

export interface AliasCollision {
  /** Normalised alias text shared by the entities. */
  key: string;
  /** The aliases as written, one per entity that uses the text. */
  uses: { entity: string; alias: Alias }[];
  /** `rule`: all but at most one use need an anchor or a nearby word; `allowed`: listed in alias-collisions.json. */
  resolution: 'rule' | 'allowed' | null;
  reason?: string;
}

/** The form in which two alias texts count as the same: NFKC, whitespace collapsed, lower case. */
export function collisionKey(text: string): string {
  return normaliseWhitespace(text.normalize('NFKC')).toLowerCase();
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
  for (const entity of [...dataset.actors, ...dataset.agreements, ...dataset.events]) {
    for (const alias of entity.aliases) {
      // Compare case-insensitively so that a case-sensitive and an insensitive form of the same word meet.
      const key = collisionKey(alias.text);
      byKey.set(key, [...(byKey.get(key) ?? []), { entity: entity.id, alias }]);
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

function findAllowance(allowances: AliasCollisionAllowance[], key: string, uses: { entity: string }[]): AliasCollisionAllowance | undefined {
  const entities = new Set(uses.map((use) => use.entity));
  return allowances.find((allowance) => collisionKey(allowance.text) === key && [...entities].every((id) => allowance.entities.includes(id)));
}

/** Every shared alias is resolved by rules or allowed with a reason; every allowance still matters. */
const aliasCollisions: DatasetRule = (ctx) => {
  const collisions = findAliasCollisions(ctx.dataset);
  const fileOf = new Map(entitiesWithFile(ctx.dataset).map(({ entity, file }) => [entity.id, file]));
  for (const collision of collisions) {
    if (collision.resolution !== null) continue;
    const first = collision.uses[0];
    const entityIds = [...new Set(collision.uses.map((use) => use.entity))];
    ctx.report({
      file: fileOf.get(first?.entity ?? '') ?? DATA_FILES.actors,
      id: first?.entity ?? '',
      field: 'aliases',
      code: 'alias-collision',
      message: `alias "${first?.alias.text ?? collision.key}" is shared by ${entityIds.join(', ')} without a rule that separates them: give all but one needsAnchor or requireNear, or list it in ${DATA_FILES.aliasCollisions} with a reason`,
    });
  }
  for (const allowance of ctx.dataset.aliasCollisions ?? []) {
    const report = at(ctx, DATA_FILES.aliasCollisions, allowance.text);
    const collision = collisions.find((c) => c.key === collisionKey(allowance.text));
    if (collision === undefined) report('text', 'alias-collision', `no two entities share the alias "${allowance.text}"; remove the stale entry`);
    else if (collision.resolution === 'rule') report('text', 'alias-collision', `the collision on "${allowance.text}" is already resolved by alias rules; remove the entry`);
  }
};

/** Whether an alias has a rule that demands context: `needsAnchor` or a non-empty `requireNear` (word lists that only reject do not count). */
function demandsContext(alias: Alias): boolean {
  return alias.needsAnchor === true || (alias.requireNear?.some((word) => word.trim() !== '') ?? false);
}

/** Han, kana and Hangul: scripts in which one character can be a word (米, 日, 미) and the matcher needs no word boundary on at least one side. */
const CJK_CHARACTER = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u;

/**
 * Integrity: no alias may match nearly everything. Over the alias text folded as the collision check folds it (NFKC,
 * whitespace collapsed): one with no letter or digit (`-`, `…`) is refused; so is one of a single character, unless it
 * is a Han, kana or Hangul character whose alias demands context (`needsAnchor` or `requireNear`), since a single Latin
 * letter or digit is a whole word everywhere (`a`, `I`, `X`) and a single CJK character without context matches inside
 * countless words (米 in 米国 and 新米). Blank aliases never get here: the schema refuses them.
 */
const aliasBreadth: DatasetRule = (ctx) => {
  for (const { entity, file } of entitiesWithFile(ctx.dataset)) {
    const report = at(ctx, file, entity.id);
    entity.aliases.forEach((alias, i) => {
      const folded = normaliseWhitespace(alias.text.normalize('NFKC'));
      const characters = [...folded];
      if (!/[\p{L}\p{N}]/u.test(folded)) {
        report(`aliases[${i}].text`, 'alias-too-broad', `alias "${alias.text}" has no letter or digit and would match punctuation everywhere: expected a name`);
      } else if (characters.length === 1 && !(CJK_CHARACTER.test(folded) && demandsContext(alias))) {
        const why = CJK_CHARACTER.test(folded) ? 'give it needsAnchor or requireNear, or write a longer name' : 'a single letter or digit matches everywhere: write a longer name';
        report(`aliases[${i}].text`, 'alias-too-broad', `alias "${alias.text}" is a single character: ${why}`);
      }
    });
  }
};

/**
 * The integrity rules, in order, after the structural check: what any pack must meet, bundled or
 * imported (references, unique ids, sources, aliases that would match everything, unresolved alias
 * collisions inside the pack). Their editorial parts report through `reportEditorial`.
 */
export const DATASET_RULES: readonly DatasetRule[] = [
  entityRecordRules,
  sourceRecordRules,
  aliasBreadth,
  uniqueIds,
  references,
  aliasCollisions,
];

/**
 * The editorial rules of rules.ts: translations of quotes and quotes verbatim in their seeds, and
 * the coverage minimum. Only the bundled packs must meet them; validate.ts runs them (and
 * editorial-rules.ts) with `report` bound to `reportEditorial`.
 */
export const EDITORIAL_DATASET_RULES: readonly DatasetRule[] = [quotes, localisedSummaries];
