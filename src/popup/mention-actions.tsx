/**
 * The mention controls of a row in "On this page" (popup and side panel): the mention count and
 * "Show", which asks the tab's top frame to scroll to the entity's next mention and flash it, and
 * the alert when that mention is no longer on the page.
 */
import { useState } from 'preact/hooks';
import { sendToTab } from '../shared/messaging';
import { t } from '../shared/ui/i18n';
import { TOP_FRAME } from './active-tab';

/** "Show" for entity `id` in tab `tabId`, and whether the last one found nothing. */
export function useShowMention(tabId: number, id: string): { show: () => void; failed: boolean } {
  const [failed, setFailed] = useState(false);
  const show = () => {
    sendToTab(tabId, 'showMention', { id }, TOP_FRAME).then(
      (found) => setFailed(!found),
      () => setFailed(true),
    );
  };
  return { show, failed };
}

export function MentionActions(props: { count: number; name: string; onShow: () => void }) {
  const mentions = t('popup_mentions', [String(props.count)]);
  return (
    <div class="entry-actions">
      <span class="count" title={mentions}>
        <span aria-hidden="true">×{props.count}</span>
        <span class="visually-hidden">{mentions}</span>
      </span>
      <button type="button" onClick={props.onShow} aria-label={t('popup_showOnPageFor', [props.name])}>
        {t('popup_showOnPage')}
      </button>
    </div>
  );
}

export function ShowFailed({ failed }: { failed: boolean }) {
  return failed ? (
    <p class="entry-error" role="alert">
      {t('popup_showFailed')}
    </p>
  ) : null;
}
