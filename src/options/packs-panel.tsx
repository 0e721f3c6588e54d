/**
 * The options page's "Briefing packs" panel: the installed packs in the reader's order
 * (`listPacks`), each switched, moved, exported or removed from its row, and the import of
 * new packs and updates. What each action did, or why it failed, is said in the reader's
 * language on one status line (polite) or as an alert.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { sendToBackground } from '../shared/messaging';
import type { PackImportReport, PackInfo } from '../shared/packs';
import { errorText } from '../shared/ui/error-text';
import { langFromTag, pick } from '../shared/ui/format';
import { onPageMessage } from '../shared/ui/page-messages';
import { t } from '../shared/ui/i18n';
import { download } from './download';
import { PackImport } from './pack-import';
import { PackItem, type PackAction } from './pack-item';

type Line = { kind: 'none' } | { kind: 'done'; text: string; warnings?: string[] } | { kind: 'error'; text: string };

function packFilename(pack: Pick<PackInfo, 'id' | 'version'>): string {
  return `${pack.id}-${pack.version}.briefing.json`;
}

/** The pack file's text, fetched piece by piece. */
async function exportText(pack: string): Promise<string> {
  const first = await sendToBackground('exportPack', { pack, index: 0 });
  const parts = [first.text];
  for (let index = 1; index < first.pieces; index++) parts.push((await sendToBackground('exportPack', { pack, index })).text);
  return parts.join('');
}

function importedText(report: PackImportReport, lang: ReturnType<typeof langFromTag>): string {
  const title = pick(report.pack.title, lang).text;
  const what =
    report.status === 'installed'
      ? t('options_packImported', [title, report.pack.version])
      : t(report.status === 'updated' ? 'options_packUpdated' : 'options_packDowngraded', [title, report.previousVersion ?? '', report.pack.version]);
  const dropped = report.droppedPins + report.droppedNotes > 0 ? ` ${t('options_packDropped', [String(report.droppedPins), String(report.droppedNotes)])}` : '';
  return what + dropped;
}

/** After a move the moved row's button keeps the focus; at an end, its other button takes it. */
function focusMoved(pack: string, direction: -1 | 1): void {
  const row = document.querySelector(`[data-pack="${CSS.escape(pack)}"]`);
  const same = row?.querySelector<HTMLButtonElement>(direction < 0 ? '.move-up' : '.move-down');
  const other = row?.querySelector<HTMLButtonElement>(direction < 0 ? '.move-down' : '.move-up');
  (same && !same.disabled ? same : other)?.focus();
}

export function PacksPanel() {
  const lang = langFromTag(browser.i18n.getUILanguage());
  const [packs, setPacks] = useState<PackInfo[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [line, setLine] = useState<Line>({ kind: 'none' });
  const [busy, setBusy] = useState(false);

  const load = () =>
    sendToBackground('listPacks', {}).then(
      (list) => {
        setPacks(list);
        setLoadError(null);
      },
      (error: unknown) => setLoadError(errorText(error)),
    );
  useEffect(() => {
    // Another options tab may change the packs too.
    const life = new AbortController();
    onPageMessage('packsChanged', () => void load(), life.signal);
    void load();
    return () => life.abort();
  }, []);

  const onAction = async (pack: PackInfo, action: PackAction) => {
    if (busy) return;
    const title = pick(pack.title, lang).text;
    setBusy(true);
    try {
      if (action.kind === 'export') {
        // A large pack takes a moment to fetch: say that something is happening.
        setLine({ kind: 'done', text: t('options_working') });
        const filename = packFilename(pack);
        download(await exportText(pack.id), filename);
        setLine({ kind: 'done', text: t('options_packExported', [title, filename]) });
      } else if (action.kind === 'toggle') {
        setPacks(await sendToBackground('setPackEnabled', { pack: pack.id, enabled: !pack.enabled }));
        setLine({ kind: 'done', text: t(pack.enabled ? 'options_packSwitchedOff' : 'options_packSwitchedOn', [title]) });
      } else if (action.kind === 'move') {
        const list = await sendToBackground('movePack', { pack: pack.id, direction: action.direction });
        setPacks(list);
        setLine({ kind: 'done', text: t('options_packMoved', [title, String(list.findIndex((p) => p.id === pack.id) + 1), String(list.length)]) });
        setTimeout(() => focusMoved(pack.id, action.direction), 0);
      } else {
        setPacks(await sendToBackground('removePack', { pack: pack.id }));
        setLine({ kind: 'done', text: t('options_packRemoved', [title]) });
        document.getElementById('packs-title')?.focus();
      }
    } catch (error) {
      const text = t(action.kind === 'export' ? 'options_packExportError' : 'options_packActionError', [title, errorText(error)]);
      setLine({ kind: 'error', text });
      // The list may have changed under us (another window): show it as it is.
      if (action.kind !== 'export') void load();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="panel" aria-labelledby="packs-title">
      <h2 id="packs-title" tabIndex={-1}>
        {t('options_packsTitle')}
      </h2>
      <p class="hint">{t('options_packsHint')}</p>
      {!packs && !loadError && (
        <p class="status" role="status">
          {t('options_loading')}
        </p>
      )}
      {loadError && (
        <p class="inline-error" role="alert">
          {t('options_packsError', [loadError])}
        </p>
      )}
      {packs && packs.length === 0 && <p class="status">{t('options_packsEmpty')}</p>}
      {packs && packs.length > 0 && (
        <ol class="packs" aria-label={t('options_packListLabel')}>
          {packs.map((pack, index) => (
            <PackItem key={pack.id} pack={pack} index={index} count={packs.length} lang={lang} onAction={(p, a) => void onAction(p, a)} />
          ))}
        </ol>
      )}
      <PackImport
        onStart={() => setLine({ kind: 'none' })}
        onDone={(report) => {
          setLine({ kind: 'done', text: importedText(report, lang), warnings: report.warnings });
          void load();
        }}
        onError={(text) => setLine({ kind: 'error', text })}
        onNote={(text) => setLine({ kind: 'done', text })}
      />
      <div class="pack-lines">
        <p class="status pack-status" role="status">
          {line.kind === 'done' ? line.text : ''}
        </p>
        {line.kind === 'done' && line.warnings && line.warnings.length > 0 && (
          <details class="pack-warnings">
            <summary>{t('options_packWarnings', [String(line.warnings.length)])}</summary>
            <ul lang="en">
              {line.warnings.map((warning, i) => (
                <li key={i}>{warning}</li>
              ))}
            </ul>
          </details>
        )}
        <p class="inline-error pack-error" role="alert">
          {line.kind === 'error' ? line.text : ''}
        </p>
      </div>
    </section>
  );
}
