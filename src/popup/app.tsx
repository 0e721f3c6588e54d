/**
 * The popup app: a home view (search, highlighting switches, "On this page") and a
 * stack of detail views on top of it. The home view stays mounted while a detail view
 * is open so the query and page list survive "Back"; focus returns to where it was.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Lang } from '../shared/model';
import { t } from '../shared/ui/i18n';
import { loadPage, type LoadedPage, type PageState } from './active-tab';
import { DetailView } from './detail-view';
import { OpenSidePanel } from './open-side-panel';
import { OnThisPage } from './on-this-page';
import { SearchPanel } from './search-panel';
import { SiteToggles } from './site-toggles';

/** The page view: `started` (a load begun before mounting) is used first, later reloads ask again. */
function usePage(lang: Lang, tabId: number | null, started: Promise<LoadedPage> | undefined): [PageState, () => void] {
  const [page, setPage] = useState<PageState>({ status: 'loading' });
  const latest = useRef(0);
  const first = useRef(started);
  const reload = useCallback(() => {
    const ticket = ++latest.current;
    const pending = first.current ?? loadPage(lang, tabId);
    first.current = undefined;
    void pending.then((next) => {
      if (ticket === latest.current) setPage(next);
    });
  }, [lang, tabId]);
  useEffect(reload, [reload]);
  return [page, reload];
}

/**
 * `tabId`: the tab "On this page" and the site switch act on; null for the active tab
 * (the toolbar popup). `pageLoad`: `loadPage(lang, tabId)` already started by the entry,
 * so its messages travel while the first render runs.
 */
export function App(props: { lang: Lang; initialEntity: string | null; tabId?: number | null; pageLoad?: Promise<LoadedPage> }) {
  const { lang } = props;
  const [stack, setStack] = useState<string[]>(props.initialEntity ? [props.initialEntity] : []);
  const returnFocus = useRef<(HTMLElement | null)[]>([]);
  const [page, reloadPage] = usePage(lang, props.tabId ?? null, props.pageLoad);

  const open = useCallback((id: string) => {
    returnFocus.current.push(document.activeElement as HTMLElement | null);
    setStack((s) => [...s, id]);
  }, []);

  const back = useCallback(() => {
    setStack((s) => s.slice(0, -1));
    const target = returnFocus.current.pop();
    // After the home view is shown again (the next frame), put focus back where the reader was.
    requestAnimationFrame(() => {
      const fallback = document.querySelector<HTMLElement>('.search-box');
      (target && target.isConnected && target !== document.body ? target : fallback)?.focus();
    });
  }, []);

  const current = stack[stack.length - 1];
  return (
    <main class="popup">
      <header class="popup-header" hidden={current !== undefined}>
        <h1>{t('popup_title')}</h1>
        <div class="header-actions">
          <OpenSidePanel />
          <button type="button" class="link" onClick={() => browser.runtime.openOptionsPage()}>
            {t('popup_openOptions')}
          </button>
        </div>
      </header>
      <div class="home" hidden={current !== undefined}>
        <SiteToggles host={page.status === 'ready' ? page.host : null} onChanged={reloadPage} />
        <SearchPanel lang={lang} autoFocus={current === undefined} onOpen={open}>
          <OnThisPage page={page} lang={lang} onOpen={open} />
        </SearchPanel>
      </div>
      {current !== undefined && <DetailView key={`${stack.length}:${current}`} id={current} lang={lang} onBack={back} onOpen={open} />}
    </main>
  );
}
