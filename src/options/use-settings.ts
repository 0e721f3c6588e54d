/**
 * The options page's settings: loaded with `getSettings`, saved on every change with
 * `setSettings`, with a save status the page shows ("Saving…", "Saved", or the error in
 * the reader's language, naming the setting by its label).
 * Only the reply to the latest save is applied, so quick changes never go backwards.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { sendToBackground } from '../shared/messaging';
import type { Settings } from '../shared/settings';
import { errorText } from '../shared/ui/error-text';
import { t } from '../shared/ui/i18n';

export type SaveStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

/** The settings' own labels, for errors about them (`settings.hoverDelay` reads "Hover delay (milliseconds)"). */
function settingLabels(): Record<string, string> {
  return {
    'settings.colour': t('options_colour'),
    'settings.mode': t('options_mode'),
    'settings.types': t('options_types'),
    'settings.hoverDelay': t('options_hoverDelay'),
    'settings.maxHighlights': t('options_maxHighlights'),
    'settings.disabledSites': t('options_sitesTitle'),
  };
}

export interface SettingsState {
  settings: Settings | null;
  loadError: string | null;
  status: SaveStatus;
  save: (patch: Partial<Settings>) => void;
  reload: () => void;
}

export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const latest = useRef(0);

  const reload = useCallback(() => {
    const ticket = ++latest.current;
    sendToBackground('getSettings', {}).then(
      (reply) => {
        if (ticket !== latest.current) return;
        setSettings(reply.settings);
        setLoadError(null);
      },
      (e: Error) => {
        if (ticket === latest.current) setLoadError(errorText(e));
      },
    );
  }, []);

  useEffect(reload, [reload]);

  const save = useCallback((patch: Partial<Settings>) => {
    const ticket = ++latest.current;
    setSettings((current) => (current ? { ...current, ...patch } : current));
    setStatus({ kind: 'saving' });
    sendToBackground('setSettings', { settings: patch }).then(
      (next) => {
        if (ticket !== latest.current) return;
        setSettings(next);
        setStatus({ kind: 'saved' });
      },
      (e: Error) => {
        if (ticket !== latest.current) return;
        setStatus({ kind: 'error', message: errorText(e, settingLabels()) });
        reload();
      },
    );
  }, [reload]);

  return { settings, loadError, status, save, reload };
}
