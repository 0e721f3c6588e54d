/**
 * The search of the popup and the side panel: a box (focused on open in the popup), type
 * filters, a pack filter when more than one pack is switched on, and instant results with
 * the matched part highlighted and the pack each comes from. Keyboard: arrows move
 * through results, Enter opens one, Esc clears the box. While the box is empty it shows its
 * children ("On this page"). A `request` from outside ("Brief me on …") fills the box.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { SearchHit } from '../shared/card';
import { sendToBackground } from '../shared/messaging';
import type { PackInfo } from '../shared/packs';
import { RECORD_TYPES, type Lang, type RecordType } from '../shared/model';
import { pick } from '../shared/ui/format';
import { t } from '../shared/ui/i18n';
import { onPageMessage } from '../shared/ui/page-messages';
import { HighlightedText } from './highlighted-text';
import { excerpt } from './highlight';
import { typeLabel } from './labels';
import { PackName } from './pack-name';
import { markLatest, RESULTS_MARK } from './perf-marks';
import { useSearch } from './use-search';

const EXCERPT_CHARS = 140;

const optionId = (i: number) => `search-hit-${i}`;

/** The entity whose card a hit opens. */
export function hitTarget(hit: SearchHit): string {
  return hit.cardId ?? hit.id;
}

function HitRow({ hit, lang }: { hit: SearchHit; lang: Lang }) {
  const name = pick(hit.name, lang);
  const inName = (hit.matched.field === 'name' || hit.matched.field === 'alias') && hit.matched.text === name.text;
  const shown = excerpt(hit.matched.text, hit.matched.ranges, EXCERPT_CHARS);
  return (
    <>
      <span class="hit-head">
        <span class="hit-name" lang={name.lang}>
          {inName ? <HighlightedText text={name.text} ranges={hit.matched.ranges} /> : name.text}
        </span>
        <span class={`badge badge-${hit.type}`}>{typeLabel(hit.type)}</span>
      </span>
      {!inName && (
        <span class="hit-match">
          <HighlightedText text={shown.text} ranges={shown.ranges} />
        </span>
      )}
      {hit.type !== 'quote' && hit.matched.field !== 'summary' && <span class="hit-summary">{hit.summary}</span>}
      <PackName pack={hit.pack} lang={lang} />
    </>
  );
}

/** The switched-on packs the search can be narrowed to, read again when packs change (none until listPacks answers; none when it fails: the filter is a convenience). */
function useEnabledPacks(): PackInfo[] {
  const [packs, setPacks] = useState<PackInfo[]>([]);
  useEffect(() => {
    const life = new AbortController();
    const load = () =>
      sendToBackground('listPacks', {}).then(
        (list) => setPacks(list.filter((pack) => pack.enabled)),
        (error: unknown) => console.warn('Briefing Lens: could not list the packs for the search filter', error),
      );
    onPageMessage('packsChanged', () => void load(), life.signal);
    void load();
    return () => life.abort();
  }, []);
  return packs;
}

function PackFilter(props: { packs: PackInfo[]; value: string; lang: Lang; onChange: (pack: string) => void }) {
  return (
    <label class="pack-filter">
      {t('popup_packFilterLabel')}
      <select value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        <option value="">{t('popup_packFilterAll')}</option>
        {props.packs.map((pack) => (
          <option key={pack.id} value={pack.id}>
            {pick(pack.title, props.lang).text}
          </option>
        ))}
      </select>
    </label>
  );
}

export function SearchPanel(props: {
  lang: Lang;
  autoFocus: boolean;
  onOpen: (id: string) => void;
  /** A query asked for from outside; a new `seq` replaces what is in the box. */
  request?: { query: string; seq: number };
  children: ComponentChildren;
}) {
  const { lang, onOpen } = props;
  const [query, setQuery] = useState('');
  const [types, setTypes] = useState<RecordType[]>([]);
  const enabledPacks = useEnabledPacks();
  const [pack, setPack] = useState('');
  // A filter on a pack that is no longer listed would hide every result: it falls back to all.
  const packFilter = enabledPacks.length > 1 && enabledPacks.some((p) => p.id === pack) ? [pack] : [];
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const search = useSearch(query, types, packFilter);
  const hits = search.status === 'ready' ? search.hits : [];

  useEffect(() => {
    if (props.autoFocus) input.current?.focus();
  }, []);
  useEffect(() => {
    if (!props.request) return;
    setQuery(props.request.query);
    input.current?.focus();
  }, [props.request?.seq]);
  useEffect(() => setActive(0), [search]);
  // The condition is a build-time constant, so the hook is called on every render or on none.
  if (__BENCH__) {
    useLayoutEffect(() => {
      if (search.status === 'ready') markLatest(RESULTS_MARK, { query: search.query });
    }, [search]);
  }
  useEffect(() => {
    document.getElementById(optionId(active))?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);

  const toggleType = (type: RecordType) =>
    setTypes((current) => (current.includes(type) ? current.filter((t) => t !== type) : RECORD_TYPES.filter((f) => f === type || current.includes(f))));

  const onKeyDown = (event: KeyboardEvent) => {
    const count = hits.length;
    if (event.key === 'ArrowDown' && count > 0) {
      event.preventDefault();
      setActive((i) => (i + 1) % count);
    } else if (event.key === 'ArrowUp' && count > 0) {
      event.preventDefault();
      setActive((i) => (i - 1 + count) % count);
    } else if (event.key === 'Enter') {
      const hit = hits[active];
      if (hit) {
        event.preventDefault();
        onOpen(hitTarget(hit));
      }
    } else if (event.key === 'Escape' && query !== '') {
      // Clearing comes first; a second Esc on an empty box closes the popup as usual.
      event.preventDefault();
      event.stopPropagation();
      setQuery('');
    }
  };

  const searching = query.trim() !== '';
  return (
    <section class="search" aria-label={t('popup_searchLabel')}>
      <input
        ref={input}
        type="search"
        class="search-box"
        role="combobox"
        // Preact's types tie role="combobox" on an input to a `list`; results are our own listbox, not a <datalist>.
        list={undefined}
        aria-autocomplete="list"
        aria-expanded={searching && hits.length > 0}
        aria-controls="search-results"
        aria-activedescendant={hits.length > 0 ? optionId(active) : undefined}
        aria-label={t('popup_searchLabel')}
        placeholder={t('popup_searchPlaceholder')}
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <div class="filters" role="group" aria-label={t('popup_filterLabel')}>
        {RECORD_TYPES.map((type) => (
          <button type="button" class="filter" aria-pressed={types.includes(type)} onClick={() => toggleType(type)}>
            {t(`popup_filter_${type}` as const)}
          </button>
        ))}
      </div>
      {enabledPacks.length > 1 && <PackFilter packs={enabledPacks} value={packFilter[0] ?? ''} lang={lang} onChange={setPack} />}
      {searching ? (
        <>
          <p class="status" role="status">
            {search.status === 'loading' && t('popup_searching')}
            {search.status === 'error' && t('popup_searchError', [search.message])}
            {search.status === 'ready' &&
              (hits.length === 0 ? t('popup_noResults', [query.trim()]) : t('popup_resultCount', [String(hits.length)]))}
          </p>
          <ul id="search-results" class="hits" role="listbox" aria-label={t('popup_searchResults')} hidden={hits.length === 0}>
            {hits.map((hit, i) => (
              <li
                key={`${hit.type}:${hit.id}`}
                id={optionId(i)}
                role="option"
                class="hit"
                aria-selected={i === active}
                onClick={() => onOpen(hitTarget(hit))}
                onMouseMove={() => setActive(i)}
              >
                <HitRow hit={hit} lang={lang} />
              </li>
            ))}
          </ul>
        </>
      ) : (
        props.children
      )}
    </section>
  );
}
