/**
 * The popup's "Open side panel" button: opens the panel in the popup's window (the window
 * is looked up on mount, since the browser allows opening only within the click itself)
 * and closes the popup; a failure is said in place.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { openSidePanel } from '../shared/open-side-panel';
import { t } from '../shared/ui/i18n';

export function OpenSidePanel() {
  const [windowId, setWindowId] = useState<number>();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    browser.windows.getCurrent().then(
      (window) => setWindowId(window.id),
      () => setWindowId(undefined),
    );
  }, []);
  const open = () => {
    openSidePanel(windowId).then(
      () => window.close(),
      (e: Error) => setError(t('popup_openSidePanelFailed', [e.message])),
    );
  };
  return (
    <>
      <button type="button" class="link" onClick={open}>
        {t('popup_openSidePanel')}
      </button>
      {error && (
        <p class="inline-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
