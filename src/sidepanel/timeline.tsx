/**
 * The side panel's timeline: every dated event and dated fact of the page's entities on
 * one axis (an SVG drawn with the segmented scale of timeline-scale.ts), filterable by
 * entity. The points form one tab stop: arrow keys move between them, Enter or a click
 * opens the point's text, dates (and when a forward-looking fact was stated) and sources.
 * The same entries are available as a list for screen readers and readers who prefer text.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { EntityRef, TimelineEntry } from '../shared/card';
import type { Lang } from '../shared/model';
import { sendToBackground } from '../shared/messaging';
import { formatDate, formatDateRange, pick } from '../shared/ui/format';
import { t } from '../shared/ui/i18n';
import { dayNumber, timelineScale, type TimelineScale } from './timeline-scale';

/** The chart's width in its own units: about the panel's, so its text reads at the page's size. */
const WIDTH = 360;
/** Rough width of one character of an axis label, to leave out labels that would overlap. */
const LABEL_CHAR = 6;
const AXIS_Y = 36;
const ROW = 14;
const TOP = 10;

type Loaded = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; entries: TimelineEntry[] };

function useTimeline(ids: readonly string[]): Loaded {
  const [state, setState] = useState<Loaded>({ status: 'loading' });
  const key = ids.join(' ');
  useEffect(() => {
    let live = true;
    sendToBackground('getTimeline', { ids: [...ids] }).then(
      (entries) => live && setState({ status: 'ready', entries }),
      (e: Error) => live && setState({ status: 'error', message: e.message }),
    );
    return () => {
      live = false;
    };
  }, [key]);
  return state;
}

/** The host of an http(s) address, or null for anything else (nothing else becomes a link). */
function webHost(url: string | undefined): string | null {
  if (!url || !URL.canParse(url)) return null;
  const parsed = new URL(url);
  return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.hostname : null;
}

function entryDate(entry: TimelineEntry, lang: Lang): string {
  return entry.endDate ? formatDateRange(entry.date, entry.endDate, lang) : formatDate(entry.date, lang);
}

function EntryDetails({ entry, lang }: { entry: TimelineEntry; lang: Lang }) {
  const name = pick(entry.entity.name, lang);
  const text = pick(entry.text, lang);
  return (
    <div class="timeline-detail" role="region" aria-label={t('panel_timelinePoint')}>
      <p class="timeline-when">
        <strong>{entryDate(entry, lang)}</strong> · <span lang={name.lang}>{name.text}</span> ·{' '}
        {entry.kind === 'event' ? t('panel_kindEvent') : t('panel_kindFact')}
      </p>
      <p lang={text.lang}>{text.text}</p>
      {entry.stated && <p class="timeline-stated">{t('panel_stated', [formatDate(entry.stated, lang)])}</p>}
      {entry.sources.length > 0 && (
        <ul class="timeline-sources" aria-label={t('panel_sources')}>
          {entry.sources.map((source) => (
            <li key={source.id}>
              {source.publication}, “{source.title}”, {formatDate(source.date, lang)}
              {webHost(source.url) && (
                <>
                  {' '}
                  <a href={source.url} target="_blank" rel="noreferrer noopener">
                    {webHost(source.url)}
                  </a>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Each segment's first date (and last, where there is room), leaving out labels that would overlap the one before. */
function axisLabels(segments: TimelineScale['segments'], lang: Lang): { x: number; text: string; anchor: 'start' | 'middle' | 'end' }[] {
  const day = (n: number) => formatDate(new Date(n * 86_400_000).toISOString().slice(0, 10), lang);
  const labels: { x: number; text: string; anchor: 'start' | 'middle' | 'end' }[] = [];
  let free = 0;
  const add = (x: number, text: string, anchor: 'start' | 'middle' | 'end') => {
    const w = text.length * LABEL_CHAR;
    const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
    if (left < free || left < 0 || left + w > WIDTH) return;
    labels.push({ x, text, anchor });
    free = left + w + 6;
  };
  for (const s of segments) {
    if (s.end === s.start) add((s.x0 + s.x1) / 2, day(s.start), 'middle');
    else {
      add(s.x0, day(s.start), 'start');
      add(s.x1, day(s.end), 'end');
    }
  }
  return labels;
}

function Chart(props: { entries: TimelineEntry[]; lang: Lang; active: number; onActive: (i: number) => void; onOpen: (i: number) => void }) {
  const { entries, lang } = props;
  const svg = useRef<SVGSVGElement>(null);
  const scale = useMemo(() => timelineScale(entries.map((e) => dayNumber(e.date)), { width: WIDTH }), [entries]);
  // Points on the same spot stack upwards.
  const placed = useMemo(() => {
    const stacks = new Map<number, number>();
    return entries.map((entry) => {
      const x = Math.round(scale.x(dayNumber(entry.date)));
      const level = stacks.get(x) ?? 0;
      stacks.set(x, level + 1);
      return { x, y: AXIS_Y + TOP + level * ROW };
    });
  }, [entries, scale]);
  const height = Math.max(...placed.map((p) => p.y), AXIS_Y) + TOP + 4;

  const onKeyDown = (event: KeyboardEvent) => {
    const last = entries.length - 1;
    const moves: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    if (event.key in moves) props.onActive(Math.min(last, Math.max(0, props.active + moves[event.key]!)));
    else if (event.key === 'Home') props.onActive(0);
    else if (event.key === 'End') props.onActive(last);
    else if (event.key === 'Enter' || event.key === ' ') props.onOpen(props.active);
    else return;
    event.preventDefault();
  };
  useEffect(() => {
    if (svg.current?.contains(document.activeElement)) svg.current.querySelector<SVGElement>(`[data-index="${props.active}"]`)?.focus();
  }, [props.active]);

  return (
    <svg ref={svg} class="timeline-chart" viewBox={`0 0 ${WIDTH} ${height}`} role="group" aria-label={t('panel_timelineLabel')} onKeyDown={onKeyDown}>
      <line class="axis" x1={0} x2={WIDTH} y1={AXIS_Y} y2={AXIS_Y} />
      {scale.breaks.map((x) => (
        <text key={x} class="axis-break" x={x} y={AXIS_Y + 4} text-anchor="middle" aria-hidden="true">
          ≈
        </text>
      ))}
      {axisLabels(scale.segments, lang).map((label) => (
        <text key={label.x} class="axis-label" x={label.x} y={AXIS_Y - 8} text-anchor={label.anchor} aria-hidden="true">
          {label.text}
        </text>
      ))}
      {entries.map((entry, i) => {
        const name = pick(entry.entity.name, lang).text;
        const label = `${entryDate(entry, lang)}: ${name} — ${pick(entry.text, lang).text}`;
        return (
          <circle
            key={i}
            data-index={i}
            class={`point point-${entry.kind}`}
            cx={placed[i]!.x}
            cy={placed[i]!.y}
            r={5}
            tabindex={i === props.active ? 0 : -1}
            role="button"
            aria-label={label}
            onClick={() => (props.onActive(i), props.onOpen(i))}
          >
            <title>{label}</title>
          </circle>
        );
      })}
    </svg>
  );
}

export function Timeline(props: { ids: readonly string[]; entities: EntityRef[]; lang: Lang }) {
  const { lang } = props;
  const loaded = useTimeline(props.ids);
  const [filter, setFilter] = useState('');
  const [asList, setAsList] = useState(false);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState<number | null>(null);
  const entries = useMemo(
    () => (loaded.status === 'ready' ? loaded.entries.filter((e) => filter === '' || e.entity.id === filter) : []),
    [loaded, filter],
  );
  useEffect(() => {
    setActive(0);
    setOpen(null);
  }, [entries]);

  if (loaded.status === 'loading') return <p class="status" role="status">{t('panel_loading')}</p>;
  if (loaded.status === 'error') return <p class="inline-error" role="alert">{t('popup_storeErrorText', [loaded.message])}</p>;
  const withDates = new Set(loaded.entries.map((e) => e.entity.id));
  return (
    <section class="timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('panel_tab_timeline')}</h2>
      <div class="timeline-controls">
        <label>
          {t('panel_timelineFilter')}{' '}
          <select value={filter} onChange={(e) => setFilter(e.currentTarget.value)}>
            <option value="">{t('panel_timelineAll')}</option>
            {props.entities
              .filter((entity) => withDates.has(entity.id))
              .map((entity) => (
                <option key={entity.id} value={entity.id}>
                  {pick(entity.name, lang).text}
                </option>
              ))}
          </select>
        </label>
        <button type="button" aria-pressed={asList} onClick={() => setAsList(!asList)}>
          {t('panel_timelineAsList')}
        </button>
      </div>
      {entries.length === 0 ? (
        <p class="status">{t('panel_timelineEmpty')}</p>
      ) : asList ? (
        <ol class="timeline-list">
          {entries.map((entry, i) => (
            <li key={i}>
              <EntryDetails entry={entry} lang={lang} />
            </li>
          ))}
        </ol>
      ) : (
        <>
          <p class="hint">{t('panel_timelineHelp')}</p>
          <Chart entries={entries} lang={lang} active={active} onActive={setActive} onOpen={setOpen} />
          {open !== null && entries[open] && <EntryDetails entry={entries[open]} lang={lang} />}
        </>
      )}
    </section>
  );
}
