/**
 * One installed briefing pack in the options page's list: its title (reader's language,
 * English fallback), version, as-of date, languages, counts, licence, authors and homepage;
 * the switch that turns it off and on, Up/Down, Export, Remove (imported packs only, after
 * an in-page confirmation naming the pack), and its sources folded, read when unfolded.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang, Source } from '../shared/model';
import type { PackInfo } from '../shared/packs';
import { sendToBackground } from '../shared/messaging';
import { errorText } from '../shared/ui/error-text';
import { formatDate, pick } from '../shared/ui/format';
import { t } from '../shared/ui/i18n';

export type PackAction = { kind: 'toggle' } | { kind: 'move'; direction: -1 | 1 } | { kind: 'export' } | { kind: 'remove' };

/** Language names in the reader's language ("English, Korean"); codes where the browser has no names. */
function languageNames(codes: readonly string[], lang: Lang): string {
  const names = new Intl.DisplayNames([lang], { type: 'language' });
  return codes.map((code) => names.of(code) ?? code).join(', ');
}

/** The homepage as a link target: only http(s) addresses (a pack is untrusted input). */
function webAddress(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function Fact(props: { label: string; children: ComponentChildren }) {
  return (
    <div>
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}

type SourcesState = { status: 'idle' } | { status: 'loading' } | { status: 'ready'; sources: Source[] } | { status: 'error'; message: string };

function PackSources({ pack, lang }: { pack: PackInfo; lang: Lang }) {
  const [state, setState] = useState<SourcesState>({ status: 'idle' });
  const requested = useRef(false);
  const onToggle = (event: Event) => {
    if (!(event.currentTarget as HTMLDetailsElement).open || requested.current) return;
    requested.current = true;
    setState({ status: 'loading' });
    sendToBackground('getPackSources', { pack: pack.id }).then(
      (sources) => setState({ status: 'ready', sources }),
      (error: unknown) => {
        // Folding and unfolding again tries once more.
        requested.current = false;
        setState({ status: 'error', message: errorText(error) });
      },
    );
  };
  return (
    <details class="sources-list" onToggle={onToggle}>
      <summary>
        {t('options_packSources')} <span class="sources-count">({pack.counts.source})</span>
      </summary>
      {state.status === 'loading' && (
        <p class="status" role="status">
          {t('options_loading')}
        </p>
      )}
      {state.status === 'error' && (
        <p class="inline-error" role="alert">
          {t('options_packSourcesError', [state.message])}
        </p>
      )}
      {state.status === 'ready' && (
        <ul class="sources">
          {state.sources.map((source) => {
            const href = webAddress(source.url);
            return (
              <li key={source.id}>
                <span class="source-title">
                  {href ? (
                    <a href={href} target="_blank" rel="noopener noreferrer">
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
            );
          })}
        </ul>
      )}
    </details>
  );
}

function RemoveConfirm(props: { id: string; title: string; version: string; onConfirm: () => void; onCancel: () => void }) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  const id = `remove-confirm-${props.id}`;
  return (
    <div
      class="confirm"
      role="group"
      aria-labelledby={id}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          props.onCancel();
        }
      }}
    >
      <p id={id}>{t('options_packRemoveConfirm', [props.title, props.version])}</p>
      <div class="row">
        <button type="button" class="danger" onClick={props.onConfirm}>
          {t('options_packRemoveYes')}
        </button>
        <button type="button" ref={cancel} onClick={props.onCancel}>
          {t('options_packRemoveNo')}
        </button>
      </div>
    </div>
  );
}

export function PackItem(props: { pack: PackInfo; index: number; count: number; lang: Lang; onAction: (pack: PackInfo, action: PackAction) => void }) {
  const { pack, index, count, lang } = props;
  const [confirming, setConfirming] = useState(false);
  const removeButton = useRef<HTMLButtonElement>(null);
  const title = pick(pack.title, lang);
  const homepage = webAddress(pack.homepage);
  const entities = pack.counts.actor + pack.counts.agreement + pack.counts.event;
  const act = (action: PackAction) => props.onAction(pack, action);
  const titleId = `pack-title-${pack.id}`;
  const cancelRemove = () => {
    setConfirming(false);
    // The button is back once the row re-renders.
    setTimeout(() => removeButton.current?.focus(), 0);
  };

  return (
    <li class={`pack${pack.enabled ? '' : ' pack-off'}`} data-pack={pack.id} aria-labelledby={titleId}>
      <div class="pack-head">
        <h3 id={titleId} class="pack-title" lang={title.lang}>
          {title.text}
        </h3>
        {pack.bundled && <span class="badge">{t('options_packBundled')}</span>}
        {!pack.enabled && <span class="badge badge-off">{t('options_packOff')}</span>}
      </div>
      <dl class="facts pack-facts">
        <Fact label={t('options_packVersion')}>{pack.version}</Fact>
        <Fact label={t('options_packAsOf')}>
          <time dateTime={pack.asOf}>{formatDate(pack.asOf, lang)}</time>
        </Fact>
        <Fact label={t('options_packLanguages')}>{languageNames(pack.languages, lang)}</Fact>
        <Fact label={t('options_packEntities')}>{entities}</Fact>
        <Fact label={t('options_packQuotes')}>{pack.counts.quote}</Fact>
        <Fact label={t('options_packSources')}>{pack.counts.source}</Fact>
        <Fact label={t('options_packLicense')}>{pack.license || t('options_packLicenseNone')}</Fact>
        {pack.authors.length > 0 && <Fact label={t('options_packAuthors')}>{pack.authors.join(', ')}</Fact>}
        {homepage && (
          <Fact label={t('options_packHomepage')}>
            <a href={homepage} target="_blank" rel="noopener noreferrer">
              {homepage}
            </a>
          </Fact>
        )}
      </dl>
      <div class="pack-controls row">
        <label class="choice switch">
          <input type="checkbox" role="switch" checked={pack.enabled} aria-label={t('options_packUseFor', [title.text])} onChange={() => act({ kind: 'toggle' })} />
          {t('options_packUse')}
        </label>
        <button type="button" class="move-up" disabled={index === 0} aria-label={t('options_packMoveUpFor', [title.text])} onClick={() => act({ kind: 'move', direction: -1 })}>
          <span aria-hidden="true">↑ </span>
          {t('options_packMoveUp')}
        </button>
        <button
          type="button"
          class="move-down"
          disabled={index === count - 1}
          aria-label={t('options_packMoveDownFor', [title.text])}
          onClick={() => act({ kind: 'move', direction: 1 })}
        >
          <span aria-hidden="true">↓ </span>
          {t('options_packMoveDown')}
        </button>
        <button type="button" class="export" aria-label={t('options_packExportFor', [title.text])} onClick={() => act({ kind: 'export' })}>
          {t('options_packExport')}
        </button>
        {!pack.bundled && !confirming && (
          <button type="button" class="remove" ref={removeButton} aria-label={t('options_packRemoveFor', [title.text])} onClick={() => setConfirming(true)}>
            {t('options_packRemove')}
          </button>
        )}
      </div>
      {confirming && (
        <RemoveConfirm
          id={pack.id}
          title={title.text}
          version={pack.version}
          onCancel={cancelRemove}
          onConfirm={() => {
            setConfirming(false);
            act({ kind: 'remove' });
          }}
        />
      )}
      <PackSources pack={pack} lang={lang} />
    </li>
  );
}
