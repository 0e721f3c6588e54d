/**
 * The in-memory search index over entities and quotes, built from IndexedDB when the
 * background wakes. A small inverted index: folded words → fields, and CJK characters
 * and bigrams → fields; a sorted vocabulary for prefixes and a by-length vocabulary
 * for one-typo matches. Every query word must match in the same record (AND).
 *
 * Ranking tiers (highest first): exact name (100) > exact alias (90) > a name or alias
 * that starts with the query (80) > all query words in a name or alias as whole words
 * (70), as prefixes or CJK substrings (60), with a typo (50) > summary, quote text or
 * speaker (35 whole words, 30 prefixes, 25 typo) > words spread over several fields (10).
 * A small bonus inside a tier favours shorter names (the query covers more of them).
 */
import type { MatchRange, SearchHit } from '../../shared/card';
import type { Entity, Lang, LocalisedText, Quote, RecordType } from '../../shared/model';
import { fold, foldWithMap } from '../../shared/fold/search';
import { cjkGrams, cjkQueryGrams, isCjk, tokenise, withinOneEdit, type Token } from './text';

const enum Field {
  Name,
  Alias,
  Summary,
  Quote,
  Speaker,
}

const FIELD_NAMES: Record<Field, SearchHit['matched']['field']> = {
  [Field.Name]: 'name',
  [Field.Alias]: 'alias',
  [Field.Summary]: 'summary',
  [Field.Quote]: 'quote',
  [Field.Speaker]: 'name',
};

/** How a query term matched a field: 3 whole word or CJK run, 2 prefix or CJK substring, 1 one typo. */
type Kind = 1 | 2 | 3;

interface Doc {
  id: string;
  type: RecordType;
  /** The entity whose card a hit opens, when not the record itself (a quote opens its speaker's card). */
  cardId?: string;
  name: LocalisedText;
  /** The one-line summary (entity summary, or quote text / translation) per language. */
  lines: Partial<Record<Lang, string>>;
  line: string;
  firstField: number;
  endField: number;
}

export interface SearchOptions {
  types?: readonly RecordType[];
  limit?: number;
  /** Keep only hits on these records (e.g. of the packs the reader filters by). */
  accept?: (id: string) => boolean;
  /** The id that stands for an entity several records describe: one hit per such id, under it. */
  canonical?: (id: string) => string;
  /** Among hits of equal score, lower first (the reader's pack order). */
  rank?: (id: string) => number;
}

/** A hit as the index knows it (the store adds the pack it comes from). */
export type IndexHit = Omit<SearchHit, 'pack'>;

interface QueryTerm {
  token: Token;
  /** For a word: the vocabulary words it matches and how. */
  variants: Map<string, Kind>;
  fields: Map<number, Kind>;
}

const MIN_PREFIX = 2;
const MIN_FUZZY = 4;
const TYPE_ORDER: Record<RecordType, number> = { actor: 0, agreement: 1, event: 2, quote: 3 };

function pushPosting(index: Map<string, number[]>, key: string, field: number): void {
  const list = index.get(key);
  if (!list) index.set(key, [field]);
  else if (list[list.length - 1] !== field) list.push(field);
}

function intersectSorted(a: number[], b: number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      out.push(x);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return out;
}

/** Whether `run` occurs in `text` bounded by non-CJK characters on both sides. */
function occursAsWholeRun(text: string, run: string): boolean {
  for (let at = text.indexOf(run); at !== -1; at = text.indexOf(run, at + 1)) {
    const before = at > 0 ? text.codePointAt(at - 1)! : 0x20;
    const after = at + run.length < text.length ? text.codePointAt(at + run.length)! : 0x20;
    if (!isCjk(before) && !isCjk(after)) return true;
  }
  return false;
}

export class SearchIndex {
  private readonly docs: Doc[] = [];
  private readonly fieldDoc: number[] = [];
  private readonly fieldKind: Field[] = [];
  private readonly fieldLang: Lang[] = [];
  private readonly fieldText: string[] = [];
  private readonly fieldFolded: string[] = [];
  /** Space-joined terms of name, alias and speaker fields (for exact and whole-prefix tests). */
  private readonly fieldTerms: string[] = [];
  private readonly words = new Map<string, number[]>();
  private readonly grams = new Map<string, number[]>();
  private vocabulary: string[] = [];
  private readonly vocabularyByLength = new Map<number, string[]>();

  static build(entities: readonly Entity[], quotes: readonly Quote[]): SearchIndex {
    const index = new SearchIndex();
    const names = new Map<string, LocalisedText>();
    for (const entity of entities) {
      names.set(entity.id, entity.name);
      index.addDoc(entity.id, entity.type, entity.name, { ...entity.summary }, entity.summary.en, (add) => {
        for (const lang of ['en', 'ko', 'ja'] as const) {
          const name = entity.name[lang];
          if (name) add(Field.Name, lang, name);
        }
        for (const alias of entity.aliases) add(Field.Alias, alias.lang, alias.text);
        for (const lang of ['en', 'ko', 'ja'] as const) {
          const summary = entity.summary[lang];
          if (summary) add(Field.Summary, lang, summary);
        }
      });
    }
    for (const quote of quotes) {
      const speaker = names.get(quote.speaker);
      const lines: Partial<Record<Lang, string>> = { ...quote.translation, [quote.lang]: quote.text };
      index.addDoc(quote.id, 'quote', speaker ?? { en: quote.speaker }, lines, quote.text, (add) => {
        add(Field.Quote, quote.lang, quote.text);
        for (const lang of ['en', 'ko', 'ja'] as const) {
          const translation = quote.translation?.[lang];
          if (translation && lang !== quote.lang) add(Field.Quote, lang, translation);
        }
        if (speaker) {
          for (const lang of ['en', 'ko', 'ja'] as const) {
            const name = speaker[lang];
            if (name) add(Field.Speaker, lang, name);
          }
        }
      }, quote.speaker);
    }
    index.finish();
    return index;
  }

  get size(): number {
    return this.docs.length;
  }

  private addDoc(
    id: string,
    type: RecordType,
    name: LocalisedText,
    lines: Partial<Record<Lang, string>>,
    line: string,
    fill: (add: (kind: Field, lang: Lang, text: string) => void) => void,
    cardId?: string,
  ): void {
    const docIndex = this.docs.length;
    const doc: Doc = { id, type, cardId, name, lines, line, firstField: this.fieldDoc.length, endField: 0 };
    this.docs.push(doc);
    fill((kind, lang, text) => {
      const field = this.fieldDoc.length;
      const folded = fold(text);
      const tokens = tokenise(folded);
      this.fieldDoc.push(docIndex);
      this.fieldKind.push(kind);
      this.fieldLang.push(lang);
      this.fieldText.push(text);
      this.fieldFolded.push(folded);
      this.fieldTerms.push(kind === Field.Name || kind === Field.Alias || kind === Field.Speaker ? tokens.map((t) => t.term).join(' ') : '');
      for (const token of tokens) {
        if (token.kind === 'word') pushPosting(this.words, token.term, field);
        else for (const gram of cjkGrams(token.term)) pushPosting(this.grams, gram, field);
      }
    });
    doc.endField = this.fieldDoc.length;
  }

  private finish(): void {
    this.vocabulary = [...this.words.keys()].sort();
    for (const word of this.vocabulary) {
      const list = this.vocabularyByLength.get(word.length);
      if (list) list.push(word);
      else this.vocabularyByLength.set(word.length, [word]);
    }
  }

  /** Vocabulary words matching a query word, with how they match. */
  private wordVariants(term: string): Map<string, Kind> {
    const variants = new Map<string, Kind>();
    if (this.words.has(term)) variants.set(term, 3);
    if (term.length >= MIN_PREFIX) {
      let lo = 0;
      let hi = this.vocabulary.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (this.vocabulary[mid]! < term) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < this.vocabulary.length && this.vocabulary[i]!.startsWith(term); i++) {
        if (!variants.has(this.vocabulary[i]!)) variants.set(this.vocabulary[i]!, 2);
      }
    }
    if (term.length >= MIN_FUZZY && !/\d/.test(term)) {
      for (let length = term.length - 1; length <= term.length + 1; length++) {
        for (const word of this.vocabularyByLength.get(length) ?? []) {
          if (!variants.has(word) && withinOneEdit(term, word)) variants.set(word, 1);
        }
      }
    }
    return variants;
  }

  private matchWord(variants: Map<string, Kind>): Map<number, Kind> {
    const fields = new Map<number, Kind>();
    for (const [word, kind] of variants) {
      for (const field of this.words.get(word)!) {
        const had = fields.get(field);
        if (had === undefined || had < kind) fields.set(field, kind);
      }
    }
    return fields;
  }

  private matchCjk(run: string): Map<number, Kind> {
    const fields = new Map<number, Kind>();
    const lists: number[][] = [];
    for (const gram of cjkQueryGrams(run)) {
      const list = this.grams.get(gram);
      if (!list) return fields;
      lists.push(list);
    }
    lists.sort((a, b) => a.length - b.length);
    let candidates = lists[0]!;
    for (let i = 1; i < lists.length && candidates.length > 0; i++) candidates = intersectSorted(candidates, lists[i]!);
    const needsCheck = Array.from(run).length > 2;
    for (const field of candidates) {
      const text = this.fieldFolded[field]!;
      if (needsCheck && !text.includes(run)) continue;
      fields.set(field, occursAsWholeRun(text, run) ? 3 : 2);
    }
    return fields;
  }

  search(query: string, options: SearchOptions = {}): IndexHit[] {
    const limit = options.limit ?? 20;
    const types = options.types && options.types.length > 0 ? new Set(options.types) : null;
    const tokens = tokenise(fold(query));
    if (tokens.length === 0 || limit <= 0) return [];
    const joined = tokens.map((t) => t.term).join(' ');
    const seen = new Set<string>();
    const terms: QueryTerm[] = [];
    for (const token of tokens) {
      const key = `${token.kind}:${token.term}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const variants = token.kind === 'word' ? this.wordVariants(token.term) : new Map<string, Kind>();
      const fields = token.kind === 'word' ? this.matchWord(variants) : this.matchCjk(token.term);
      if (fields.size === 0) return [];
      terms.push({ token, variants, fields });
    }
    terms.sort((a, b) => a.fields.size - b.fields.size);

    const candidates = new Set<number>();
    for (const field of terms[0]!.fields.keys()) candidates.add(this.fieldDoc[field]!);
    const scored: { doc: number; field: number; score: number }[] = [];
    for (const docIndex of candidates) {
      const doc = this.docs[docIndex]!;
      if (types && !types.has(doc.type)) continue;
      const best = this.scoreDoc(doc, terms, joined);
      if (best) scored.push({ doc: docIndex, ...best });
    }
    const rank = options.rank ?? (() => 0);
    scored.sort((a, b) => {
      if (b.score !== a.score) return b.score - a.score;
      const da = this.docs[a.doc]!;
      const db = this.docs[b.doc]!;
      return rank(da.id) - rank(db.id) || TYPE_ORDER[da.type] - TYPE_ORDER[db.type] || da.name.en.localeCompare(db.name.en) || da.id.localeCompare(db.id);
    });
    const hits: IndexHit[] = [];
    const shown = new Set<string>();
    for (const s of scored) {
      if (hits.length >= limit) break;
      const doc = this.docs[s.doc]!;
      if (options.accept && !options.accept(doc.id)) continue;
      const id = doc.type === 'quote' || !options.canonical ? doc.id : options.canonical(doc.id);
      if (shown.has(id)) continue;
      shown.add(id);
      hits.push({ ...this.hit(s.doc, s.field, s.score, terms), id });
    }
    return hits;
  }

  private scoreDoc(doc: Doc, terms: QueryTerm[], joined: string): { field: number; score: number } | null {
    let bestField = -1;
    let bestScore = 0;
    const found = new Array<boolean>(terms.length).fill(false);
    let spreadField = -1;
    let spreadCount = 0;
    for (let field = doc.firstField; field < doc.endField; field++) {
      let minKind: Kind = 3;
      let count = 0;
      for (let t = 0; t < terms.length; t++) {
        const kind = terms[t]!.fields.get(field);
        if (kind === undefined) continue;
        found[t] = true;
        count++;
        if (kind < minKind) minKind = kind;
      }
      if (count === 0) continue;
      if (count < terms.length) {
        if (count > spreadCount) {
          spreadCount = count;
          spreadField = field;
        }
        continue;
      }
      const score = this.scoreField(field, minKind, joined);
      if (score > bestScore) {
        bestScore = score;
        bestField = field;
      }
    }
    if (bestField >= 0) return { field: bestField, score: bestScore };
    if (found.every(Boolean)) return { field: spreadField, score: 10 };
    return null;
  }

  private scoreField(field: number, minKind: Kind, joined: string): number {
    const kind = this.fieldKind[field]!;
    if (kind === Field.Name || kind === Field.Alias) {
      const terms = this.fieldTerms[field]!;
      const bonus = (4 * Math.min(joined.length, terms.length)) / Math.max(terms.length, 1) + (kind === Field.Name ? 0.5 : 0);
      if (terms === joined) return (kind === Field.Name ? 100 : 90) + bonus;
      if (minKind >= 2 && terms.startsWith(joined)) return 80 + bonus;
      return (minKind === 3 ? 70 : minKind === 2 ? 60 : 50) + bonus;
    }
    return minKind === 3 ? 35 : minKind === 2 ? 30 : 25;
  }

  private hit(docIndex: number, field: number, score: number, terms: QueryTerm[]): IndexHit {
    const doc = this.docs[docIndex]!;
    const lang = this.fieldLang[field]!;
    const text = this.fieldText[field]!;
    return {
      id: doc.id,
      type: doc.type,
      ...(doc.cardId ? { cardId: doc.cardId } : {}),
      name: doc.name,
      summary: doc.lines[lang] ?? doc.line,
      matched: { field: FIELD_NAMES[this.fieldKind[field]!], text, ranges: this.ranges(text, terms) },
      score: Math.round(score * 100) / 100,
    };
  }

  /** Where the query terms occur in a field's original text, as merged [start, end) ranges. */
  private ranges(text: string, terms: QueryTerm[]): MatchRange[] {
    const folded = foldWithMap(text);
    const spans: [number, number][] = [];
    const words = terms.filter((t) => t.token.kind === 'word').map((t) => ({ term: t.token.term, variants: t.variants }));
    for (const token of tokenise(folded.text)) {
      if (token.kind === 'cjk') continue;
      for (const { term, variants } of words) {
        const kind = variants.get(token.term);
        if (kind === undefined) continue;
        const plain = token.end - token.start === token.term.length;
        spans.push([token.start, kind === 2 && plain && token.term.startsWith(term) ? token.start + term.length : token.end]);
        break;
      }
    }
    for (const { token } of terms) {
      if (token.kind !== 'cjk') continue;
      for (let at = folded.text.indexOf(token.term); at !== -1; at = folded.text.indexOf(token.term, at + 1)) {
        spans.push([at, at + token.term.length]);
      }
    }
    spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const ranges: MatchRange[] = [];
    for (const [start, end] of spans) {
      const range: MatchRange = [folded.starts[start]!, folded.ends[end - 1]!];
      const last = ranges[ranges.length - 1];
      if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
      else ranges.push(range);
    }
    return ranges;
  }
}
