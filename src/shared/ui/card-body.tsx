/**
 * The content of a briefing card, shared by the hover card (`compact`) and the popup's
 * detail view (`full`): name (in the requested language, with the English form beside
 * it), kind and role, summary, key facts with dates and source numbers, disputes
 * (visibly marked), related entities as in-place links, quotes with speaker and date,
 * timeline (full only), sources, and the dataset's as-of date. Styles: CARD_CSS.
 *
 * `compact` shows the top facts, one quote and the first related links; `full` shows
 * the description, every fact, every quote (with its language variants), the
 * timeline and every relation.
 */
import { Fragment, type ComponentChildren } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import type { CardData, EntityRef, ResolvedRelation } from '../card';
import type { Dispute, Entity, Lang, LocalisedText, Quote, Source } from '../model';
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
  /** Further footer controls after "Copy citation", e.g. the hover card's "Open details". */
  actions?: ComponentChildren;
}

/** How many facts and related links the compact card shows. */
export const COMPACT_FACTS = 3;
export const COMPACT_RELATED = 8;
const STATUS_MS = 2000;

interface Context {
  card: CardData;
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

function Refs({ ids, ctx }: { ids: readonly string[]; ctx: Context }) {
  const sources = ids
    .map((id) => ({ n: ctx.sourceNumber.get(id), source: ctx.card.sources.find((s) => s.id === id) }))
    .filter((x): x is { n: number; source: Source } => x.n !== undefined && x.source !== undefined);
  if (sources.length === 0) return null;
  return (
    <span class="bl-ref">
      <span aria-hidden="true">[{sources.map((s) => s.n).join(', ')}]</span>
      <span class="bl-sr">{sources.map((s) => t('card_source_ref', [String(s.n), s.source.publication])).join('; ')}</span>
    </span>
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

function Header({ ctx, headingId }: { ctx: Context; headingId: string }) {
  const { entity } = ctx.card;
  const name = pick(entity.name, ctx.lang);
  const showEnglish = name.lang !== 'en' && name.text !== entity.name.en;
  const meta = metaLine(entity, ctx.lang);
  return (
    <header class="bl-head">
      <h2 class="bl-name" id={headingId} tabIndex={-1}>
        <span lang={name.lang}>{name.text}</span>
        {showEnglish && (
          <span class="bl-name-alt" lang="en">
            {entity.name.en}
          </span>
        )}
      </h2>
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
            <Refs ids={v.sources} ctx={ctx} />
          </li>
        ))}
      </ul>
      <p class="bl-dispute-note">
        <strong>{t('card_dispute_note')}</strong> {dispute.note}
      </p>
    </>
  );
}

/** One dispute: open in the full view; in the compact hover card a topic line that expands. */
function DisputeView({ dispute, ctx, mode = 'full' }: { dispute: Dispute; ctx: Context; mode?: 'compact' | 'full' }) {
  if (mode === 'compact') {
    return (
      <details class="bl-dispute">
        <summary class="bl-dispute-topic">{dispute.topic}</summary>
        <DisputeDetails dispute={dispute} ctx={ctx} />
      </details>
    );
  }
  return (
    <div class="bl-dispute">
      <p class="bl-dispute-topic">{dispute.topic}</p>
      <DisputeDetails dispute={dispute} ctx={ctx} />
    </div>
  );
}

function Disputes({ disputes, ctx, mode }: { disputes: readonly Dispute[]; ctx: Context; mode: 'compact' | 'full' }) {
  const titleId = useId();
  return (
    <section class="bl-disputed" aria-labelledby={titleId}>
      <h3 class="bl-badge" id={titleId}>
        <span aria-hidden="true">⚠</span>
        {t('card_disputed_badge')}
      </h3>
      <p class="bl-sr">{t('card_disputed_summary')}</p>
      {disputes.map((d, i) => (
        <DisputeView key={i} dispute={d} ctx={ctx} mode={mode} />
      ))}
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

function Facts({ ctx, mode }: { ctx: Context; mode: CardMode }) {
  const facts = ctx.card.entity.facts;
  if (facts.length === 0) return null;
  const shown = mode === 'compact' ? facts.slice(0, COMPACT_FACTS) : facts;
  const hidden = facts.length - shown.length;
  return (
    <Section title={t('card_section_facts')}>
      <ul class="bl-facts">
        {shown.map((fact, i) => (
          <li key={i}>
            {fact.date && <span class="bl-fact-date">{formatDate(fact.date, ctx.lang)}</span>}
            <span>
              <Text text={fact.text} lang={ctx.lang} />
              <Refs ids={fact.sources} ctx={ctx} />
            </span>
          </li>
        ))}
      </ul>
      {hidden > 0 && <p class="bl-more">{t('card_more_facts', String(hidden))}</p>}
    </Section>
  );
}

interface RelationGroup {
  label: string;
  others: EntityRef[];
}

/** Relations grouped by how they read from the card's entity, each other entity once per group. */
export function groupRelations(relations: readonly ResolvedRelation[], selfId: string, limit = Infinity): RelationGroup[] {
  const groups = new Map<string, RelationGroup>();
  let count = 0;
  for (const relation of relations) {
    if (count >= limit) break;
    if (relation.other.id === selfId) continue;
    const label = relationLabel(relation);
    const group = groups.get(label) ?? { label, others: [] };
    if (group.others.some((o) => o.id === relation.other.id)) continue;
    group.others.push(relation.other);
    groups.set(label, group);
    count += 1;
  }
  return [...groups.values()];
}

function Related({ ctx, mode }: { ctx: Context; mode: CardMode }) {
  const groups = groupRelations(ctx.card.relations, ctx.card.entity.id, mode === 'compact' ? COMPACT_RELATED : Infinity);
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

function QuoteView({ quote, variants, ctx, mode }: { quote: Quote; variants: Quote[]; ctx: Context; mode: CardMode }) {
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
        <Refs ids={[quote.source, ...variants.map((v) => v.source)]} ctx={ctx} />
      </figcaption>
      {quote.disputed && quote.disputed.length > 0 && (
        <div class="bl-disputed">
          <p class="bl-badge">
            <span aria-hidden="true">⚠</span>
            {t('card_quote_disputed')}
          </p>
          {mode === 'full' && quote.disputed.map((d, i) => <DisputeView key={i} dispute={d} ctx={ctx} />)}
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

/** The compact card's one quote: the newest, in the reader's language when a variant has it. */
function notableQuote(quotes: readonly Quote[], lang: Lang): Quote | undefined {
  const first = quotes[0];
  if (!first || first.lang === lang) return first;
  return quotes.find((q) => q.lang === lang && isVariantPair(q, first)) ?? first;
}

function Quotes({ ctx, mode }: { ctx: Context; mode: CardMode }) {
  if (mode === 'compact') {
    const quote = notableQuote(ctx.card.quotes, ctx.lang);
    if (!quote) return null;
    return (
      <Section title={t('card_section_quote')}>
        <QuoteView quote={quote} variants={[]} ctx={ctx} mode={mode} />
      </Section>
    );
  }
  const groups = groupQuotes(ctx.card.quotes);
  if (groups.length === 0) return null;
  return (
    <Section title={t('card_section_quotes')}>
      <div class="bl-quotes">
        {groups.map((g) => (
          <QuoteView key={g.quote.id} quote={g.quote} variants={g.variants} ctx={ctx} mode={mode} />
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
            <span class="bl-source-meta">
              {source.publication}, {formatDate(source.date, ctx.lang)}
              {' — '}
            </span>
            {source.url ? (
              <a href={source.url} target="_blank" rel="noopener noreferrer" lang={source.language}>
                {source.title}
              </a>
            ) : (
              <cite lang={source.language}>{source.title}</cite>
            )}
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

export function CardBody({ card, lang, mode, onOpenEntity, onCopyCitation, headingId, actions }: CardBodyProps) {
  const generatedId = useId();
  const ctx: Context = {
    card,
    lang,
    sourceNumber: new Map(card.sources.map((s, i) => [s.id, i + 1])),
    names: knownNames(card),
    onOpenEntity,
  };
  const disputes = card.entity.disputed ?? [];
  return (
    <div class={`bl-body bl-${mode}`}>
      <Header ctx={ctx} headingId={headingId ?? generatedId} />
      <p class="bl-summary">
        <Text text={card.entity.summary} lang={lang} />
        <Refs ids={card.entity.sources} ctx={ctx} />
      </p>
      {mode === 'full' && card.entity.description.en && (
        <Section title={t('card_section_overview')}>
          <p class="bl-description">
            <Text text={card.entity.description} lang={lang} />
          </p>
        </Section>
      )}
      {mode === 'full' && disputes.length > 0 && <Disputes disputes={disputes} ctx={ctx} mode={mode} />}
      <Facts ctx={ctx} mode={mode} />
      {mode === 'compact' && disputes.length > 0 && <Disputes disputes={disputes} ctx={ctx} mode={mode} />}
      <Related ctx={ctx} mode={mode} />
      <Quotes ctx={ctx} mode={mode} />
      {mode === 'full' && <Timeline ctx={ctx} />}
      <Sources ctx={ctx} />
      <footer class="bl-footer">
        <span class="bl-asof">
          {t('card_as_of', formatDate(card.entity.asOf, lang))} · {t('card_dataset', [pick(card.pack.title, lang).text, card.pack.version])}
        </span>
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
