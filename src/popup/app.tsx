/**
 * The popup app: a home view (search, highlighting switches, "On this page") and a
 * stack of detail views on top of it. The home view stays mounted while a detail view
 * is open so the query and page list survive "Back"; focus returns to where it was.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Lang } from '../shared/model';
import { t } from '../shared/ui/i18n';
import { loadPage, type PageState } from './active-tab';
import { DetailView } from './detail-view';
import { OnThisPage } from './on-this-page';
import { SearchPanel } from './search-panel';
import { SiteToggles } from './site-toggles';

function usePage(lang: Lang): [PageState, () => void] {
  const [page, setPage] = useState<PageState>({ status: 'loading' });
  const latest = useRef(0);
  const reload = useCallback(() => {
    const ticket = ++latest.current;
    loadPage(lang).then((next) => {
      if (ticket === latest.current) setPage(next);
    });
  }, [lang]);
  useEffect(reload, [reload]);
  return [page, reload];
}

export function App(props: { lang: Lang; initialEntity: string | null }) {
  const { lang } = props;
  const [stack, setStack] = useState<string[]>(props.initialEntity ? [props.initialEntity] : []);
  const returnFocus = useRef<(HTMLElement | null)[]>([]);
  const [page, reloadPage] = usePage(lang);

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
        <button type="button" class="link" onClick={() => browser.runtime.openOptionsPage()}>
          {t('popup_openOptions')}
        </button>
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
