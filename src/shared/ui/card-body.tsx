/**
 * The content of a briefing card, shared by the hover card (`compact`, or `full` once
 * expanded) and the popup's and side panel's detail view (`full`): name (in the requested
 * language, with the English form beside it), kind and role, summary, key facts with dates
 * (and when a forward-looking one was stated), citations, disputes (visibly marked),
 * related entities as in-place links, quotes with speaker and date, timeline, sources,
 * and the as-of date with the pack. Styles: CARD_CSS.
 *
 * `compact` is a quick look: kind and role, summary, at most three key facts ranked by
 * compact-facts.ts, a badge counting the disputed points and the number of quotes. `full`
 * shows the description, every fact, the disputes, relations, every quote (with its
 * language variants), the timeline and the sources. Facts are grouped by pack under a
 * small heading when more than one pack describes the entity.
 *
 * A sentence cites its sources as a button that opens their list in place: the source
 * numbers when there are at most three, else a count ("12 sources").
 */
import { Fragment, type ComponentChildren } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import type { CardData, CardSection, EntityRef, ResolvedRelation } from '../card';
import type { Dispute, Entity, Fact, Lang, LocalisedText, Quote, Source } from '../model';
import { compactFacts, factCandidates, type FactCandidate } from './compact-facts';
import { formatDate, formatDateRange, pick } from './format';
import { t } from './i18n';
import { kindLabel, relationLabel } from './labels';

export type CardMode = 'compact' | 'full';

export interface CardBodyProps {
  card: CardData;
  /** Language the dataset's text is shown in (English where the data has no such form). */
  lang: Lang;
  mode: CardMode;
  /** A related entity, timeline event or speaker link was chosen. */
  onOpenEntity: (id: string) => void;
  /** When given, a "Copy citation" button is shown; resolve to whether the copy worked. */
  onCopyCitation?: () => Promise<boolean> | boolean;
  /** Id of the name heading (for a dialog's aria-labelledby); generated when omitted. */
  headingId?: string;
  /** False when the name is shown by the host instead (the hover card's title bar, see CardName). */
  showName?: boolean;
  /** Further footer controls after "Copy citation", e.g. the hover card's "More". */
  actions?: ComponentChildren;
}

/** Most source numbers a citation shows; more are cited as a count. */
const CITE_NUMBERS_MAX = 3;
const STATUS_MS = 2000;

interface Context {
  card: CardData;
  sections: CardSection[];
  lang: Lang;
  sourceNumber: Map<string, number>;
  names: Map<string, LocalisedText>;
  onOpenEntity: (id: string) => void;
}

function Text({ text, lang, class: className }: { text: LocalisedText; lang: Lang; class?: string }) {
  const shown = pick(text, lang);
  return (
    <span class={className} lang={shown.lang}>
      {shown.text}
    </span>
  );
}

function SourceLine({ source, lang }: { source: Source; lang: Lang }) {
  return (
    <>
      <span class="bl-source-meta">
        {source.publication}, {formatDate(source.date, lang)}
        {' — '}
      </span>
      {source.url ? (
        <a href={source.url} target="_blank" rel="noopener noreferrer" lang={source.language}>
          {source.title}
        </a>
      ) : (
        <cite lang={source.language}>{source.title}</cite>
      )}
    </>
  );
}

/**
 * A sentence's citation: a button showing the source numbers (at most CITE_NUMBERS_MAX) or
 * their count, which opens the list of those sources right after it.
 */
function Cite({ ids, ctx }: { ids: readonly string[]; ctx: Context }) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const sources = [...new Set(ids)]
    .map((id) => ({ n: ctx.sourceNumber.get(id), source: ctx.card.sources.find((s) => s.id === id) }))
    .filter((x): x is { n: number; source: Source } => x.n !== undefined && x.source !== undefined)
    .sort((a, b) => a.n - b.n);
  if (sources.length === 0) return null;
  const numbers = sources.map((s) => s.n).join(', ');
  const byNumber = sources.length <= CITE_NUMBERS_MAX;
  return (
    <>
      <button
        type="button"
        class={`bl-cite${byNumber ? ' bl-cite-numbers' : ''}`}
        aria-expanded={open ? 'true' : 'false'}
        aria-controls={open ? listId : undefined}
        aria-label={byNumber ? t('card_sources_numbers', numbers) : undefined}
        onClick={() => setOpen(!open)}
      >
        {byNumber ? `[${numbers}]` : t('card_sources_count', String(sources.length))}
      </button>
      {open && (
        <span class="bl-cite-list" id={listId} role="list" aria-label={t('card_sources_list')}>
          {sources.map(({ n, source }) => (
            <span key={source.id} role="listitem" class="bl-cite-item">
              <span aria-hidden="true">[{n}] </span>
              <SourceLine source={source} lang={ctx.lang} />
            </span>
          ))}
        </span>
      )}
    </>
  );
}

function EntityLink({ id, name, ctx }: { id: string; name: LocalisedText; ctx: Context }) {
  const shown = pick(name, ctx.lang);
  return (
    <button type="button" class="bl-link" lang={shown.lang} onClick={() => ctx.onOpenEntity(id)}>
      {shown.text}
    </button>
  );
}

function metaLine(entity: Entity, lang: Lang): { parts: string[]; role?: LocalisedText } {
  const parts = [kindLabel(entity)];
  if (entity.type === 'event') {
    parts.push(formatDateRange(entity.date, entity.endDate, lang));
    if (entity.place) parts.push(pick(entity.place, lang).text);
  } else if (entity.type === 'agreement' && entity.date) {
    parts.push(formatDate(entity.date, lang));
  }
  return entity.role ? { parts, role: entity.role } : { parts };
}

/** The entity's name as the card's heading (h2), with its English form when shown in another language. */
export function CardName({ entity, lang, id }: { entity: Entity; lang: Lang; id: string }) {
  const name = pick(entity.name, lang);
  const showEnglish = name.lang !== 'en' && name.text !== entity.name.en;
  return (
    <h2 class="bl-name" id={id} tabIndex={-1}>
      <span lang={name.lang}>{name.text}</span>
      {showEnglish && (
        <span class="bl-name-alt" lang="en">
          {entity.name.en}
        </span>
      )}
    </h2>
  );
}

function Header({ ctx, headingId, showName }: { ctx: Context; headingId: string; showName: boolean }) {
  const { entity } = ctx.card;
  const meta = metaLine(entity, ctx.lang);
  return (
    <header class="bl-head">
      {showName && <CardName entity={entity} lang={ctx.lang} id={headingId} />}
      <p class="bl-meta">
        {meta.parts.join(' · ')}
        {meta.role && (
          <>
            {' · '}
            <Text text={meta.role} lang={ctx.lang} />
          </>
        )}
      </p>
    </header>
  );
}

function DisputeDetails({ dispute, ctx }: { dispute: Dispute; ctx: Context }) {
  return (
    <>
      <ul class="bl-dispute-versions">
        {dispute.versions.map((v, i) => (
          <li key={i}>
            {v.claim}
            <Cite ids={v.sources} ctx={ctx} />
          </li>
        ))}
      </ul>
      <p class="bl-dispute-note">
        <strong>{t('card_dispute_note')}</strong> {dispute.note}
      </p>
    </>
  );
}

function DisputeView({ dispute, ctx }: { dispute: Dispute; ctx: Context }) {
  return (
    <div class="bl-dispute">
      <p class="bl-dispute-topic">{dispute.topic}</p>
      <DisputeDetails dispute={dispute} ctx={ctx} />
    </div>
  );
}

/** The disputed points of every section; under each pack's name when the card merges several packs. */
function Disputes({ ctx }: { ctx: Context }) {
  const titleId = useId();
  const grouped = ctx.sections.length > 1;
  return (
    <section class="bl-disputed" aria-labelledby={titleId}>
      <h3 class="bl-badge" id={titleId}>
        <span aria-hidden="true">⚠</span>
        {t('card_disputed_badge')}
      </h3>
      <p class="bl-sr">{t('card_disputed_summary')}</p>
      {ctx.sections.map((section, s) =>
        section.entity.disputed?.length ? (
          <Fragment key={s}>
            {grouped && <SectionHeading section={section} ctx={ctx} />}
            {section.entity.disputed.map((d: Dispute, i) => (
              <DisputeView key={i} dispute={d} ctx={ctx} />
            ))}
          </Fragment>
        ) : null,
      )}
    </section>
  );
}

function Section({ title, children, class: className }: { title: string; children: ComponentChildren; class?: string }) {
  const titleId = useId();
  return (
    <section class={`bl-section${className ? ` ${className}` : ''}`} aria-labelledby={titleId}>
      <h3 class="bl-section-title" id={titleId}>
        {title}
      </h3>
      {children}
    </section>
  );
}

/**
 * One fact. Full: its date (and when a forward-looking one was stated) above the text
 * and its citation. Compact: one run of text cut to two lines, led by the date and the
 * citation so that both stay in view.
 */
function FactItem({ fact, ctx, compact }: { fact: Fact; ctx: Context; compact: boolean }) {
  const date = fact.date && (
    <span class="bl-fact-date">
      {formatDate(fact.date, ctx.lang)}
      {fact.stated && <span class="bl-fact-stated"> · {t('card_stated', formatDate(fact.stated, ctx.lang))}</span>}
    </span>
  );
  if (compact) {
    return (
      <li>
        <span class="bl-fact-line">
          {date}
          <Cite ids={fact.sources} ctx={ctx} />{' '}
          <Text class="bl-fact-text" text={fact.text} lang={ctx.lang} />
        </span>
      </li>
    );
  }
  return (
    <li>
      {date}
      <span>
        <Text class="bl-fact-text" text={fact.text} lang={ctx.lang} />
        <Cite ids={fact.sources} ctx={ctx} />
      </span>
    </li>
  );
}

/** A small heading naming a section's pack and its as-of date (only when several packs describe the entity). */
function SectionHeading({ section, ctx }: { section: CardSection; ctx: Context }) {
  const title = pick(section.pack.title, ctx.lang);
  return (
    <h4 class="bl-pack-heading">
      <span lang={title.lang}>{title.text}</span> · {t('card_as_of', formatDate(section.entity.asOf, ctx.lang))}
    </h4>
  );
}

/** Facts grouped by the section they come from, in section order; each group keeps the order given. */
function groupBySection(candidates: readonly FactCandidate[]): { section: number; facts: Fact[] }[] {
  const groups = new Map<number, Fact[]>();
  for (const c of candidates) groups.set(c.section, [...(groups.get(c.section) ?? []), c.fact]);
  return [...groups.entries()].sort(([a], [b]) => a - b).map(([section, facts]) => ({ section, facts }));
}

function Facts({ ctx, mode }: { ctx: Context; mode: CardMode }) {
  const all = factCandidates(ctx.sections);
  if (all.length === 0) return null;
  const shown = mode === 'compact' ? compactFacts(all) : all;
  const grouped = ctx.sections.length > 1;
  return (
    <Section title={t('card_section_facts')} class={mode === 'compact' ? 'bl-key-facts' : undefined}>
      {groupBySection(shown).map(({ section, facts }) => (
        <Fragment key={section}>
          {grouped && <SectionHeading section={ctx.sections[section]!} ctx={ctx} />}
          <ul class="bl-facts">
            {facts.map((fact, i) => (
              <FactItem key={i} fact={fact} ctx={ctx} compact={mode === 'compact'} />
            ))}
          </ul>
        </Fragment>
      ))}
    </Section>
  );
}

/** The packs a card's sections come from, by title, in the reader's order. */
function packNames(ctx: Context): string {
  return ctx.sections.map((section) => pick(section.pack.title, ctx.lang).text).join(' + ');
}

/** The compact card's counts (disputed points as a badge, quotes), the as-of date of what it says and the packs it comes from. */
function Counts({ ctx }: { ctx: Context }) {
  const disputes = ctx.sections.reduce((n, s) => n + (s.entity.disputed?.length ?? 0), 0);
  const quotes = groupQuotes(ctx.card.quotes).length;
  const asOf = t('card_as_of', formatDate(ctx.sections[0]!.entity.asOf, ctx.lang));
  const packs = packNames(ctx);
  return (
    <p class="bl-counts">
      {disputes > 0 && (
        <span class="bl-badge">
          <span aria-hidden="true">⚠</span>
          <span aria-hidden="true">{t('card_disputed_count', String(disputes))}</span>
          <span class="bl-sr">{t('card_disputed_count_label', String(disputes))}</span>
        </span>
      )}
      {quotes > 0 && <span class="bl-quote-count">{t('card_quotes_count', String(quotes))}</span>}
      <span class="bl-asof" title={`${asOf} · ${packs}`}>
        {asOf} · <span class="bl-pack-name">{packs}</span>
      </span>
    </p>
  );
}

interface RelationGroup {
  label: string;
  others: EntityRef[];
}

/** Relations grouped by how they read from the card's entity, each other entity once per group. */
export function groupRelations(relations: readonly ResolvedRelation[], selfId: string): RelationGroup[] {
  const groups = new Map<string, RelationGroup>();
  for (const relation of relations) {
    if (relation.other.id === selfId) continue;
    const label = relationLabel(relation);
    const group = groups.get(label) ?? { label, others: [] };
    if (group.others.some((o) => o.id === relation.other.id)) continue;
    group.others.push(relation.other);
    groups.set(label, group);
  }
  return [...groups.values()];
}

function Related({ ctx }: { ctx: Context }) {
  const groups = groupRelations(ctx.card.relations, ctx.card.entity.id);
  if (groups.length === 0) return null;
  return (
    <Section title={t('card_section_related')}>
      <dl class="bl-related">
        {groups.map((group) => (
          <Fragment key={group.label}>
            <dt>{group.label}</dt>
            <dd>
              {group.others.map((other) => (
                <EntityLink key={other.id} id={other.id} name={other.name} ctx={ctx} />
              ))}
            </dd>
          </Fragment>
        ))}
      </dl>
    </Section>
  );
}

function QuoteText({ quote, ctx }: { quote: Quote; ctx: Context }) {
  const translation = quote.translation && quote.lang !== ctx.lang ? pick(quote.translation, ctx.lang) : null;
  return (
    <>
      <blockquote lang={quote.lang}>“{quote.text}”</blockquote>
      {translation && translation.lang !== quote.lang && (
        <p class="bl-quote-translation">
          {t('card_translation')} <span lang={translation.lang}>{translation.text}</span>
        </p>
      )}
    </>
  );
}

function QuoteView({ quote, variants, ctx }: { quote: Quote; variants: Quote[]; ctx: Context }) {
  const speaker = ctx.names.get(quote.speaker);
  return (
    <figure class="bl-quote">
      <QuoteText quote={quote} ctx={ctx} />
      {variants.map((v) => (
        <QuoteText key={v.id} quote={v} ctx={ctx} />
      ))}
      <figcaption>
        {'— '}
        {speaker && (
          <>
            {quote.speaker === ctx.card.entity.id ? (
              <Text text={speaker} lang={ctx.lang} />
            ) : (
              <EntityLink id={quote.speaker} name={speaker} ctx={ctx} />
            )}
            {', '}
          </>
        )}
        {quote.venue}, {formatDate(quote.date, ctx.lang)}
        <Cite ids={[quote.source, ...variants.map((v) => v.source)]} ctx={ctx} />
      </figcaption>
      {quote.disputed && quote.disputed.length > 0 && (
        <div class="bl-disputed">
          <p class="bl-badge">
            <span aria-hidden="true">⚠</span>
            {t('card_quote_disputed')}
          </p>
          {quote.disputed.map((d, i) => (
            <DisputeView key={i} dispute={d} ctx={ctx} />
          ))}
        </div>
      )}
    </figure>
  );
}

function isVariantPair(a: Quote, b: Quote): boolean {
  return a.variantOf === b.id || b.variantOf === a.id;
}

/** Quotes with their language variants folded in: each group's lead quote and the variants shown with it. */
export function groupQuotes(quotes: readonly Quote[]): { quote: Quote; variants: Quote[] }[] {
  const used = new Set<string>();
  const groups: { quote: Quote; variants: Quote[] }[] = [];
  for (const quote of quotes) {
    if (used.has(quote.id)) continue;
    used.add(quote.id);
    const variants = quotes.filter((q) => !used.has(q.id) && isVariantPair(q, quote));
    for (const v of variants) used.add(v.id);
    groups.push({ quote, variants });
  }
  return groups;
}

function Quotes({ ctx }: { ctx: Context }) {
  const groups = groupQuotes(ctx.card.quotes);
  if (groups.length === 0) return null;
  return (
    <Section title={t('card_section_quotes')}>
      <div class="bl-quotes">
        {groups.map((g) => (
          <QuoteView key={g.quote.id} quote={g.quote} variants={g.variants} ctx={ctx} />
        ))}
      </div>
    </Section>
  );
}

function Timeline({ ctx }: { ctx: Context }) {
  const events = ctx.card.timeline.filter((e) => e.id !== ctx.card.entity.id);
  if (events.length === 0) return null;
  return (
    <Section title={t('card_section_timeline')}>
      <ol class="bl-timeline">
        {events.map((event) => (
          <li key={event.id}>
            <EntityLink id={event.id} name={event.name} ctx={ctx} />
            <Text class="bl-timeline-summary" text={event.summary} lang={ctx.lang} />
          </li>
        ))}
      </ol>
    </Section>
  );
}

function Sources({ ctx }: { ctx: Context }) {
  if (ctx.card.sources.length === 0) return null;
  return (
    <Section title={t('card_section_sources')}>
      <ol class="bl-sources">
        {ctx.card.sources.map((source, i) => (
          <li key={source.id}>
            <span aria-hidden="true">[{i + 1}] </span>
            <SourceLine source={source} lang={ctx.lang} />
            {source.note && <span class="bl-source-note">{source.note}</span>}
          </li>
        ))}
      </ol>
    </Section>
  );
}

function CopyCitation({ onCopy }: { onCopy: () => Promise<boolean> | boolean }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (status === 'idle') return undefined;
    const timer = setTimeout(() => setStatus('idle'), STATUS_MS);
    return () => clearTimeout(timer);
  }, [status]);
  const copy = async () => setStatus((await onCopy()) ? 'copied' : 'failed');
  return (
    <>
      <button type="button" class="bl-button" onClick={copy}>
        {t('card_copy_citation')}
      </button>
      <span class="bl-status" role="status">
        {status === 'copied' ? t('card_copied') : status === 'failed' ? t('card_copy_failed') : ''}
      </span>
    </>
  );
}

/** Names the card can resolve ids to: its own entity and everything it links to. */
function knownNames(card: CardData): Map<string, LocalisedText> {
  const names = new Map<string, LocalisedText>();
  for (const ref of [...card.timeline, ...card.relations.map((r) => r.other)]) names.set(ref.id, ref.name);
  names.set(card.entity.id, card.entity.name);
  return names;
}

/** The footer's provenance: the header record's as-of date and the pack (or dataset) it comes from. */
function Provenance({ ctx }: { ctx: Context }) {
  const { pack, entity } = ctx.sections[0]!;
  const title = pick(pack.title, ctx.lang).text;
  return (
    <span class="bl-asof">
      {t('card_as_of', formatDate(entity.asOf, ctx.lang))} · {t('card_pack', [title, pack.version])}
    </span>
  );
}

export function CardBody({ card, lang, mode, onOpenEntity, onCopyCitation, headingId, showName = true, actions }: CardBodyProps) {
  const generatedId = useId();
  const ctx: Context = {
    card,
    sections: card.sections,
    lang,
    sourceNumber: new Map(card.sources.map((s, i) => [s.id, i + 1])),
    names: knownNames(card),
    onOpenEntity,
  };
  const disputed = ctx.sections.some((s) => (s.entity.disputed?.length ?? 0) > 0);
  const full = mode === 'full';
  return (
    <div class={`bl-body bl-${mode}`}>
      <Header ctx={ctx} headingId={headingId ?? generatedId} showName={showName} />
      <p class="bl-summary">
        <Text text={card.entity.summary} lang={lang} />
        <Cite ids={card.entity.sources} ctx={ctx} />
      </p>
      {full && card.entity.description.en && (
        <Section title={t('card_section_overview')}>
          <p class="bl-description">
            <Text text={card.entity.description} lang={lang} />
          </p>
        </Section>
      )}
      {full && disputed && <Disputes ctx={ctx} />}
      <Facts ctx={ctx} mode={mode} />
      {!full && <Counts ctx={ctx} />}
      {full && <Related ctx={ctx} />}
      {full && <Quotes ctx={ctx} />}
      {full && <Timeline ctx={ctx} />}
      {full && <Sources ctx={ctx} />}
      <footer class="bl-footer">
        {full && <Provenance ctx={ctx} />}
        {(onCopyCitation || actions) && (
          <span class="bl-actions">
            {onCopyCitation && <CopyCitation onCopy={onCopyCitation} />}
            {actions}
          </span>
        )}
      </footer>
    </div>
  );
}
