/** The dataset the extension carries (`getStats`): version, as-of date, counts per type and the sources with their dates (folded, they are many). */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { StoreStats } from '../shared/card';
import { sendToBackground } from '../shared/messaging';
import { RECORD_TYPES } from '../shared/model';
import { errorText } from '../shared/ui/error-text';
import { formatDate, langFromTag } from '../shared/ui/format';
import { t } from '../shared/ui/i18n';

const COUNTED = [...RECORD_TYPES, 'relation', 'source'] as const;

export function DatasetPanel() {
  const [stats, setStats] = useState<StoreStats | null>(null);
  const [error, setError] = useState<string | null>(null);

  const lang = langFromTag(browser.i18n.getUILanguage());
  useEffect(() => {
    sendToBackground('getStats', {}).then(setStats, (e: Error) => setError(errorText(e)));
  }, []);

  return (
    <section class="panel" aria-labelledby="dataset-title">
      <h2 id="dataset-title">{t('options_datasetTitle')}</h2>
      {!stats && !error && (
        <p class="status" role="status">
          {t('options_loading')}
        </p>
      )}
      {error && (
        <p class="inline-error" role="alert">
          {t('options_datasetError', [error])}
        </p>
      )}
      {stats && (
        <>
          <p class="dataset-title">{stats.dataset.title}</p>
          <dl class="facts">
            <div>
              <dt>{t('options_datasetVersion')}</dt>
              <dd>{stats.dataset.version}</dd>
            </div>
            <div>
              <dt>{t('options_datasetAsOf')}</dt>
              <dd>
                <time dateTime={stats.dataset.asOf}>{formatDate(stats.dataset.asOf, lang)}</time>
              </dd>
            </div>
            {COUNTED.map((kind) => (
              <div key={kind}>
                <dt>{t(`options_count_${kind}` as const)}</dt>
                <dd>{stats.counts[kind]}</dd>
              </div>
            ))}
          </dl>
          <details class="sources-list">
            <summary>
              {t('options_sourcesTitle')} <span class="sources-count">({stats.sources.length})</span>
            </summary>
            <ul class="sources">
              {stats.sources.map((source) => (
                <li key={source.id}>
                  <span class="source-title">
                    {source.url ? (
                      <a href={source.url} target="_blank" rel="noopener noreferrer">
                        {source.title}
                      </a>
                    ) : (
                      source.title
                    )}
                  </span>
                  <span class="source-meta">
                    {source.publication} · <time dateTime={source.date}>{formatDate(source.date, lang)}</time> · {source.language.toUpperCase()}
                  </span>
                  {source.note && <span class="source-note">{source.note}</span>}
                </li>
              ))}
            </ul>
          </details>
        </>
      )}
    </section>
  );
}
