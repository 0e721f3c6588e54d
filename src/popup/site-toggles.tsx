/**
 * Highlighting switches: on this site (the active tab's host) and on all sites. Changes
 * are saved at once; the background tells open tabs, and the popup reloads its page view.
 */
import { useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '../shared/messaging';
import { normaliseSite, type Settings } from '../shared/settings';
import { errorText } from '../shared/ui/error-text';
import { t } from '../shared/ui/i18n';

export function SiteToggles(props: { host: string | null; onChanged: () => void }) {
  const { host } = props;
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    sendToBackground('getSettings', {}).then(
      (reply) => setSettings(reply.settings),
      (e: Error) => setError(t('popup_settingsError', [errorText(e)])),
    );
  }, []);

  const apply = (change: Promise<Settings>) =>
    change.then(
      (next) => {
        setSettings(next);
        setError(null);
        props.onChanged();
      },
      (e: Error) => setError(t('popup_settingsError', [errorText(e)])),
    );

  const site = host ? normaliseSite(host) : '';
  return (
    <section class="toggles" aria-label={t('popup_togglesLabel')}>
      {site !== '' && (
        <label class="toggle">
          <input
            type="checkbox"
            role="switch"
            disabled={!settings}
            checked={!!settings && !settings.disabledSites.includes(site)}
            onChange={(e) => apply(sendToBackground('setSiteEnabled', { site: host!, enabled: e.currentTarget.checked }))}
          />
          <span>{t('popup_toggleSite', [site])}</span>
        </label>
      )}
      <label class="toggle">
        <input
          type="checkbox"
          role="switch"
          disabled={!settings}
          checked={!!settings && settings.enabled}
          onChange={(e) => apply(sendToBackground('setSettings', { settings: { enabled: e.currentTarget.checked } }))}
        />
        <span>{t('popup_toggleAll')}</span>
      </label>
      {error && (
        <p class="inline-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
