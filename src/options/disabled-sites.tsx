/** The sites where highlighting is off: listed with "Remove", and a form to add one (hostname or URL). */
import { useState } from 'preact/hooks';
import { normaliseSite, type Settings } from '../shared/settings';
import { t } from '../shared/ui/i18n';

const HOSTNAME = /^(?=.{1,253}$)([a-z0-9\p{L}\p{N}]([a-z0-9\p{L}\p{N}-]*[a-z0-9\p{L}\p{N}])?)(\.[a-z0-9\p{L}\p{N}]([a-z0-9\p{L}\p{N}-]*[a-z0-9\p{L}\p{N}])?)*$/u;

export function DisabledSites({ settings, save }: { settings: Settings; save: (patch: Partial<Settings>) => void }) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const sites = settings.disabledSites;

  const add = (event: Event) => {
    event.preventDefault();
    const site = normaliseSite(draft);
    if (site === '' || !HOSTNAME.test(site)) {
      setError(t('options_siteInvalid', [draft.trim()]));
      return;
    }
    if (sites.includes(site)) {
      setError(t('options_siteDuplicate', [site]));
      return;
    }
    setError(null);
    setDraft('');
    save({ disabledSites: [...sites, site] });
  };

  return (
    <section class="panel" aria-labelledby="sites-title">
      <h2 id="sites-title">{t('options_sitesTitle')}</h2>
      <p class="hint">{t('options_sitesHint')}</p>
      {sites.length === 0 ? (
        <p class="status">{t('options_sitesEmpty')}</p>
      ) : (
        <ul class="sites">
          {sites.map((site) => (
            <li key={site}>
              <span class="site">{site}</span>
              <button
                type="button"
                aria-label={t('options_siteRemoveFor', [site])}
                onClick={() => save({ disabledSites: sites.filter((s) => s !== site) })}
              >
                {t('options_siteRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="site-add" onSubmit={add} noValidate>
        <label for="site-input">{t('options_siteAddLabel')}</label>
        <div class="row">
          <input
            id="site-input"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder="example.com"
            value={draft}
            aria-invalid={error !== null}
            aria-describedby={error ? 'site-error' : undefined}
            onInput={(e) => setDraft(e.currentTarget.value)}
          />
          <button type="submit">{t('options_siteAdd')}</button>
        </div>
        {error && (
          <p id="site-error" class="inline-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
