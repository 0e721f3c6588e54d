/**
 * "On this page": the entities found in the active tab, grouped by type and ordered by
 * mentions, each as a compact card naming the pack it comes from, with "Show" (scroll to
 * the next mention) and "Details". Also every state in which there is nothing to list, saying what to do.
 */
import { useLayoutEffect } from 'preact/hooks';
import type { Lang } from '../shared/model';
import { pick } from '../shared/ui/format';
import { t } from '../shared/ui/i18n';
import type { PageState } from './active-tab';
import { groupLabel } from './labels';
import { MentionActions, ShowFailed, useShowMention } from './mention-actions';
import { PackName } from './pack-name';
import type { PageEntry } from './page-entities';
import { markLatest, PAGE_FILLED_MARK } from './perf-marks';

function EntryCard(props: { entry: PageEntry; lang: Lang; tabId: number; onOpen: (id: string) => void }) {
  const { entity } = props.entry;
  const { lang } = props;
  const name = pick(entity.name, lang);
  const role = entity.role && pick(entity.role, lang);
  const summary = pick(entity.summary, lang);
  const { show, failed } = useShowMention(props.tabId, entity.id);
  return (
    <li class="entry">
      <div class="entry-head">
        <button type="button" class="link entry-name" lang={name.lang} onClick={() => props.onOpen(entity.id)}>
          {name.text}
        </button>
        <MentionActions count={props.entry.count} name={name.text} onShow={show} />
      </div>
      {role && (
        <p class="entry-role" lang={role.lang}>
          {role.text}
        </p>
      )}
      <p class="entry-summary" lang={summary.lang}>
        {summary.text}
      </p>
      <p class="entry-pack">
        <PackName pack={entity.pack} lang={lang} />
      </p>
      <ShowFailed failed={failed} />
    </li>
  );
}

function Message(props: { title: string; text: string; role?: 'alert' | 'status' }) {
  return (
    <div class="message" role={props.role ?? 'status'}>
      <p class="message-title">{props.title}</p>
      <p>{props.text}</p>
    </div>
  );
}

/** What to say instead of a list when a page has nothing to list (loading, unavailable, an error, off, empty); null when it has. */
export function PageMessage({ page }: { page: PageState }) {
  switch (page.status) {
    case 'loading':
      return <Message title={t('popup_loadingTitle')} text={t('popup_loadingText')} />;
    case 'unavailable':
      return <Message title={t('popup_unavailableTitle')} text={t('popup_unavailableText')} />;
    case 'page-error':
      return <Message role="alert" title={t('popup_pageErrorTitle')} text={t('popup_pageErrorText', [page.message])} />;
    case 'store-error':
      return <Message role="alert" title={t('popup_storeErrorTitle')} text={t('popup_storeErrorText', [page.message])} />;
    case 'ready':
      if (!page.enabled) return <Message title={t('popup_disabledTitle')} text={t('popup_disabledText')} />;
      if (page.total === 0) return <Message title={t('popup_noEntitiesTitle')} text={t('popup_noEntitiesText')} />;
      return null;
  }
}

export function OnThisPage(props: { page: PageState; lang: Lang; onOpen: (id: string) => void }) {
  const { page, lang } = props;
  const filled = page.status === 'ready' && page.enabled && page.total > 0;
  // The condition is a build-time constant, so the hook is called on every render or on none.
  if (__BENCH__) {
    useLayoutEffect(() => {
      if (filled) markLatest(PAGE_FILLED_MARK);
    }, [page]);
  }
  const body =
    page.status === 'ready' && filled
      ? page.groups.map((group) => (
          <section key={group.type} class="group" aria-labelledby={`group-${group.type}`}>
            <h3 id={`group-${group.type}`}>
              {groupLabel(group.type)} <span class="group-count">({group.entries.length})</span>
            </h3>
            <ul class="entries">
              {group.entries.map((entry) => (
                <EntryCard key={entry.entity.id} entry={entry} lang={lang} tabId={page.tabId} onOpen={props.onOpen} />
              ))}
            </ul>
          </section>
        ))
      : <PageMessage page={page} />;
  return (
    <section class="on-page" aria-labelledby="on-page-title">
      <h2 id="on-page-title">{t('popup_onThisPage')}</h2>
      {body}
    </section>
  );
}
