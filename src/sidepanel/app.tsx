/**
 * The side panel: the briefing of the page in the active tab beside the text. A search box
 * (also filled by "Brief me on “…”") over three views: "On this page" in page order, the
 * timeline of the page's entities, and the relations map of the selected entity. A link
 * chosen inside a card selects that entity: its row opens when it is on the page, the map
 * centres on it otherwise; so does the entity of a hover card's "Open in side panel".
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Lang } from '../shared/model';
import { t } from '../shared/ui/i18n';
import { PageMessage } from '../popup/on-this-page';
import { SearchPanel } from '../popup/search-panel';
import { useBriefRequests, useEntityRequests } from './brief-requests';
import { PageList } from './page-list';
import { usePanelPage } from './use-panel-page';
import { usePanelTab } from './panel-tab';
import { RelationMap } from './relation-map';
import { Timeline } from './timeline';

const VIEWS = ['page', 'timeline', 'map'] as const;
type View = (typeof VIEWS)[number];
const VIEW_LABEL = { page: 'popup_onThisPage', timeline: 'panel_tab_timeline', map: 'panel_tab_map' } as const;

function Tabs(props: { view: View; onView: (view: View) => void }) {
  const tabs = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    const at = VIEWS.indexOf(props.view);
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: VIEWS.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const view = VIEWS[(next + VIEWS.length) % VIEWS.length]!;
    props.onView(view);
    tabs.current?.querySelector<HTMLElement>(`#tab-${view}`)?.focus();
  };
  return (
    <div class="panel-tabs" role="tablist" aria-label={t('panel_viewsLabel')} ref={tabs} onKeyDown={onKeyDown}>
      {VIEWS.map((view) => (
        <button
          key={view}
          type="button"
          role="tab"
          id={`tab-${view}`}
          aria-selected={props.view === view}
          aria-controls={`view-${view}`}
          tabIndex={props.view === view ? 0 : -1}
          onClick={() => props.onView(view)}
        >
          {t(VIEW_LABEL[view])}
        </button>
      ))}
    </div>
  );
}

export function PanelApp(props: { lang: Lang; fixedTab: number | null }) {
  const { lang } = props;
  const tab = usePanelTab(props.fixedTab);
  const page = usePanelPage(lang, tab);
  const request = useBriefRequests();
  const entityRequest = useEntityRequests();
  const entityShown = useRef(0);
  const [view, setView] = useState<View>('page');
  const [expanded, setExpanded] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);

  const entries = page.status === 'ready' && page.enabled ? page.inPageOrder : [];
  const ids = useMemo(() => entries.map((e) => e.entity.id), [entries]);
  const refs = useMemo(() => entries.map((e) => e.entity), [entries]);

  const expand = (id: string | null) => {
    setExpanded(id);
    if (id !== null) setSelected(id);
  };
  const open = (id: string) => {
    setSelected(id);
    if (ids.includes(id)) {
      setExpanded(id);
      setView('page');
    } else {
      setView('map');
    }
  };

  // A card's "Open in side panel": its entity, once the page's list is there to open it in.
  useEffect(() => {
    if (!entityRequest || entityRequest.seq === entityShown.current || page.status !== 'ready') return;
    entityShown.current = entityRequest.seq;
    open(entityRequest.id);
  }, [entityRequest, page.status, ids]);

  const message = <PageMessage page={page} />;
  const hasList = page.status === 'ready' && entries.length > 0;
  return (
    <main class="panel">
      <header class="panel-header">
        <h1>{t('panel_title')}</h1>
        {page.status === 'ready' && <p class="panel-host">{page.host}</p>}
      </header>
      <SearchPanel lang={lang} autoFocus={false} onOpen={open} request={request}>
        <Tabs view={view} onView={setView} />
        <div id={`view-${view}`} role="tabpanel" aria-labelledby={`tab-${view}`} class="panel-view">
          {view === 'page' &&
            (hasList ? (
              <PageList entries={entries} lang={lang} tabId={page.tabId} expanded={expanded} onExpand={expand} onOpen={open} />
            ) : (
              message
            ))}
          {view === 'timeline' && (hasList ? <Timeline ids={ids} entities={refs} lang={lang} /> : message)}
          {view === 'map' &&
            (selected !== null ? (
              <RelationMap id={selected} lang={lang} onSelect={setSelected} />
            ) : (
              <p class="status">{t('panel_mapChoose')}</p>
            ))}
        </div>
      </SearchPanel>
    </main>
  );
}
