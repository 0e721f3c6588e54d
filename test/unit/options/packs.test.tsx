// @vitest-environment happy-dom
// The options page's "Briefing packs" panel against a fake background: the list and its
// fields, switching, ordering, removing (after an in-page confirmation) and exporting packs,
// the import in pieces with its progress bar, every refusal in the reader's language, and
// the downgrade that runs again once the reader confirms it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../popup/fake-browser')).fakeBrowser }));

import { PacksPanel } from '../../../src/options/packs-panel';
import { CodedError, type ErrorCode } from '../../../src/shared/errors';
import { PACK_CHUNK_CHARS, type PackInfo } from '../../../src/shared/packs';
import { PACK_MAX_BYTES } from '../../../src/shared/schemas/pack';
import { makeDataset } from '../../fixtures/dataset';
import { bundledPack, importedPack, importReport } from '../../fixtures/packs';
import { browserState, onBackground, pageListenerCount, resetBrowser, sent, toPages } from '../popup/fake-browser';
import { settle, text } from '../popup/settle';
import { act, cleanup, createEvent, fireEvent, render, screen, within } from '@testing-library/preact';

let packs: PackInfo[];

beforeEach(() => {
  resetBrowser();
  packs = [bundledPack(), importedPack()];
  const move = (id: string, direction: -1 | 1) => {
    const at = packs.findIndex((p) => p.id === id);
    const list = [...packs];
    [list[at], list[at + direction]] = [list[at + direction]!, list[at]!];
    return (packs = list);
  };
  onBackground({
    listPacks: () => packs,
    getPackSources: () => makeDataset().sources,
    setPackEnabled: ({ pack, enabled }) => (packs = packs.map((p) => (p.id === pack ? { ...p, enabled } : p))),
    movePack: ({ pack, direction }) => move(pack, direction),
    removePack: ({ pack }) => (packs = packs.filter((p) => p.id !== pack)),
  });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function open() {
  const view = render(<PacksPanel />);
  await settle();
  return view.container;
}

const row = (root: Element, id: string) => root.querySelector<HTMLElement>(`[data-pack="${id}"]`)!;
const facts = (el: Element) => [...el.querySelectorAll('.facts > div')].map((d) => `${text(d.querySelector('dt'))} ${text(d.querySelector('dd'))}`);
const titles = (root: Element) => [...root.querySelectorAll('.pack-title')].map((h) => text(h));
const status = (root: Element) => text(root.querySelector('.pack-status'));
const alert = (root: Element) => text(root.querySelector('.pack-error'));

function packFile(content: string, name = 'korea-japan.briefing.json'): File {
  return new File([content], name, { type: 'application/json' });
}

function pick(root: Element, file: File) {
  const input = root.querySelector<HTMLInputElement>('#pack-file')!;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** A fake background import: collects the pieces of each upload and answers finish with `finish(token)`. */
function fakeImport(finish: (params: { token: string; allowDowngrade?: boolean }, text: string) => unknown) {
  const uploads = new Map<string, string[]>();
  let next = 0;
  onBackground({
    importPackBegin: ({ bytes }) => {
      if (bytes > PACK_MAX_BYTES) throw new CodedError('pack-too-large', 'too large', undefined, ['60', '50']);
      const token = `t${next++}`;
      uploads.set(token, []);
      return { token };
    },
    importPackPiece: ({ token, index, text }) => {
      const pieces = uploads.get(token);
      if (!pieces || index !== pieces.length) throw new CodedError('import-expired', 'expired');
      pieces.push(text);
      return true;
    },
    importPackFinish: (params) => {
      const pieces = uploads.get(params.token);
      if (!pieces) throw new CodedError('import-expired', 'expired');
      uploads.delete(params.token);
      return finish(params, pieces.join(''));
    },
    importPackCancel: ({ token }) => (uploads.delete(token), true),
  });
}

describe('options: the installed packs', () => {
  it('lists each pack in the reader’s order with its version, date, languages, counts, licence, authors and homepage', async () => {
    const root = await open();
    expect(titles(root)).toEqual(['Japan state visit to the US, April 2024', 'Korea–Japan relations in 2025']);
    expect(facts(row(root, 'japan-us-state-visit-2024'))).toEqual([
      'Version 1.0.0',
      'As of Apr 30, 2024',
      'Languages English, Korean, Japanese',
      'Entries 9',
      'Quotes 5',
      'Sources 7',
      'Licence CC-BY-4.0',
    ]);
    const imported = row(root, 'korea-japan-2025');
    expect(facts(imported)).toEqual([
      'Version 2.1.0',
      'As of Jun 30, 2025',
      'Languages English, Korean',
      'Entries 19',
      'Quotes 9',
      'Sources 15',
      'Licence Not stated',
      'Authors Example Newsroom, Kim Min-ji',
      'Homepage https://example.org/packs/korea-japan',
    ]);
    const link = imported.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://example.org/packs/korea-japan');
    expect(link.getAttribute('rel')).toContain('noreferrer');
    expect(text(row(root, 'japan-us-state-visit-2024').querySelector('.badge'))).toBe('Comes with the extension');
  });

  it('shows the title in the reader’s language, with English where the pack has none', async () => {
    browserState.uiLanguage = 'ko';
    browserState.locale = 'ko';
    const root = await open();
    expect(titles(root)).toEqual(['Japan state visit to the US, April 2024', '2025년 한일 관계']);
    expect(root.querySelector('.pack-title')?.getAttribute('lang')).toBe('en');
    expect(facts(row(root, 'korea-japan-2025'))[0]).toBe('버전 2.1.0');
  });

  it('links a homepage only when it is a web address', async () => {
    packs = [importedPack({ homepage: 'javascript:alert(1)' })];
    const root = await open();
    expect(root.querySelector('.pack-facts a')).toBeNull();
    expect(facts(root).some((f) => f.startsWith('Homepage'))).toBe(false);
  });

  it('offers Remove only for imported packs, and Up/Down except at the ends', async () => {
    const root = await open();
    const bundled = within(row(root, 'japan-us-state-visit-2024'));
    expect(bundled.queryByRole('button', { name: /^Remove/ })).toBeNull();
    expect(bundled.getByRole<HTMLButtonElement>('button', { name: 'Move up: Japan state visit to the US, April 2024' }).disabled).toBe(true);
    expect(bundled.getByRole<HTMLButtonElement>('button', { name: 'Move down: Japan state visit to the US, April 2024' }).disabled).toBe(false);
    const imported = within(row(root, 'korea-japan-2025'));
    expect(imported.getByRole('button', { name: 'Remove…: Korea–Japan relations in 2025' })).toBeTruthy();
    expect(imported.getByRole<HTMLButtonElement>('button', { name: /^Move down/ }).disabled).toBe(true);
  });

  it('reads a pack’s sources only when they are unfolded', async () => {
    const root = await open();
    expect(sent('getPackSources')).toEqual([]);
    const details = row(root, 'japan-us-state-visit-2024').querySelector('details')!;
    expect(text(details.querySelector('summary'))).toBe('Sources (7)');
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    await settle();
    expect(sent('getPackSources')).toEqual([{ pack: 'japan-us-state-visit-2024' }]);
    const source = details.querySelectorAll('.sources li')[4]!;
    expect(text(source.querySelector('.source-title'))).toBe("United States-Japan Joint Leaders' Statement: Global Partners for the Future");
    expect(source.querySelector('a')?.getAttribute('href')).toContain('whitehouse.gov');
    expect(text(source.querySelector('.source-meta'))).toBe('The White House · Apr 10, 2024 · EN');
  });

  it('switches a pack off and on, and says so', async () => {
    const root = await open();
    const toggle = screen.getByRole<HTMLInputElement>('switch', { name: 'Use this pack: Korea–Japan relations in 2025' });
    expect(toggle.checked).toBe(true);
    fireEvent.click(toggle);
    await settle();
    expect(sent('setPackEnabled')).toEqual([{ pack: 'korea-japan-2025', enabled: false }]);
    expect(status(root)).toBe('“Korea–Japan relations in 2025” is off: its entries are no longer highlighted or found.');
    expect(text(row(root, 'korea-japan-2025').querySelector('.badge-off'))).toBe('Off');
    expect(screen.getByRole<HTMLInputElement>('switch', { name: /Korea–Japan/ }).checked).toBe(false);
    fireEvent.click(screen.getByRole('switch', { name: /Korea–Japan/ }));
    await settle();
    expect(sent('setPackEnabled')).toEqual([
      { pack: 'korea-japan-2025', enabled: false },
      { pack: 'korea-japan-2025', enabled: true },
    ]);
    expect(status(root)).toBe('“Korea–Japan relations in 2025” is on: its entries are highlighted and found again.');
  });

  it('moves a pack down and keeps the keyboard focus on the moved pack', async () => {
    const root = await open();
    const down = screen.getByRole<HTMLButtonElement>('button', { name: /^Move down: Japan state visit/ });
    down.focus();
    fireEvent.click(down);
    await settle();
    expect(sent('movePack')).toEqual([{ pack: 'japan-us-state-visit-2024', direction: 1 }]);
    expect(titles(root)).toEqual(['Korea–Japan relations in 2025', 'Japan state visit to the US, April 2024']);
    expect(status(root)).toBe('“Japan state visit to the US, April 2024” is now number 2 of 2.');
    // At the bottom its Down button is disabled: Up takes the focus.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^Move up: Japan state visit/ }));
  });

  it('removes a pack only after the reader confirms it in the page', async () => {
    const confirm = vi.spyOn(window, 'confirm');
    const root = await open();
    fireEvent.click(screen.getByRole('button', { name: 'Remove…: Korea–Japan relations in 2025' }));
    await settle();
    const ask = row(root, 'korea-japan-2025').querySelector<HTMLElement>('.confirm')!;
    expect(ask.getAttribute('role')).toBe('group');
    expect(text(ask.querySelector('p'))).toBe(
      'Remove “Korea–Japan relations in 2025” (2.1.0)? Its entries leave highlights and search. You can import the pack file again later.',
    );
    expect(document.activeElement).toBe(within(ask).getByRole('button', { name: 'Cancel' }));
    fireEvent.click(within(ask).getByRole('button', { name: 'Cancel' }));
    await settle();
    expect(sent('removePack')).toEqual([]);
    expect(row(root, 'korea-japan-2025').querySelector('.confirm')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Remove…: Korea–Japan relations in 2025' }));
    await settle();
    fireEvent.click(within(row(root, 'korea-japan-2025')).getByRole('button', { name: 'Remove' }));
    await settle();
    expect(sent('removePack')).toEqual([{ pack: 'korea-japan-2025' }]);
    expect(titles(root)).toEqual(['Japan state visit to the US, April 2024']);
    expect(status(root)).toBe('Removed “Korea–Japan relations in 2025”.');
    expect(confirm).not.toHaveBeenCalled();
  });

  it('exports a pack by fetching every piece and saving <id>-<version>.briefing.json', async () => {
    const pieces = ['{"format": "briefing-lens-pack",', ' "pack": {"id": "korea-japan-2025"},', ' "sources": []}\n'];
    onBackground({ exportPack: ({ index }) => ({ text: pieces[index]!, pieces: pieces.length }) });
    let blob: Blob | null = null;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => ((blob = b as Blob), 'blob:briefing-lens/pack'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    const root = await open();
    fireEvent.click(screen.getByRole('button', { name: 'Export: Korea–Japan relations in 2025' }));
    await settle();
    expect(sent('exportPack')).toEqual([0, 1, 2].map((index) => ({ pack: 'korea-japan-2025', index })));
    expect(await blob!.text()).toBe(pieces.join(''));
    expect(saved).toEqual(['korea-japan-2025-2.1.0.briefing.json']);
    expect(status(root)).toBe('Exported “Korea–Japan relations in 2025” as korea-japan-2025-2.1.0.briefing.json.');
  });
});

describe('options: importing a pack', () => {
  it('sends the file in pieces, shows the progress through the upload and the background’s phases, then lists the new pack', async () => {
    const content = `{"format":"briefing-lens-pack","notes":"${'가'.repeat(PACK_CHUNK_CHARS * 2)}"}`;
    const file = packFile(content);
    let release: (value: unknown) => void = () => {};
    fakeImport(() => new Promise((resolve) => (release = resolve)));
    const root = await open();
    pick(root, file);
    await settle(20);

    expect(sent('importPackBegin')).toEqual([{ bytes: file.size }]);
    const pieces = sent('importPackPiece') as { token: string; index: number; text: string }[];
    expect(pieces.map((p) => p.index)).toEqual([0, 1, 2]);
    expect(pieces.every((p) => p.text.length <= PACK_CHUNK_CHARS && p.token === 't0')).toBe(true);
    expect(pieces.map((p) => p.text).join('')).toBe(content);
    expect(sent('importPackFinish')).toEqual([{ token: 't0' }]);

    const bar = screen.getByRole<HTMLProgressElement>('progressbar', { name: 'Import progress' });
    expect(bar.value).toBe(0.25);
    toPages('packImportProgress', { token: 't0', phase: 'checking', done: 1, total: 2 });
    toPages('packImportProgress', { token: 'another-import', phase: 'indexing', done: 9, total: 10 });
    await settle();
    expect(bar.value).toBeCloseTo(0.375);
    expect(text(root.querySelector('#pack-phase'))).toBe('Checking the pack…');
    toPages('packImportProgress', { token: 't0', phase: 'writing', done: 300, total: 400 });
    await settle();
    expect(bar.value).toBeCloseTo(0.6875);
    expect(text(root.querySelector('#pack-phase'))).toBe('Saving the pack…');

    packs = [...packs, importedPack({ id: 'new-pack', title: { en: 'A new pack' }, version: '1.0.0' })];
    release(importReport({ pack: packs[2]! }));
    await settle();
    expect(root.querySelector('progress')).toBeNull();
    expect(status(root)).toBe('Imported “A new pack” 1.0.0.');
    expect(titles(root)).toContain('A new pack');
    // The import's progress listener is gone; the panel's own packsChanged listener stays.
    expect(pageListenerCount()).toBe(1);
  });

  it('shows the upload’s own progress while the file is being sent', async () => {
    const content = 'x'.repeat(PACK_CHUNK_CHARS * 2 + 10);
    let release: () => void = () => {};
    fakeImport(() => importReport());
    onBackground({ importPackPiece: ({ index }) => (index === 1 ? new Promise<true>((resolve) => (release = () => resolve(true))) : true) });
    const root = await open();
    pick(root, packFile(content, 'big.briefing.json'));
    await settle(10);
    expect(text(root.querySelector('#pack-phase'))).toBe('Reading and sending “big.briefing.json”…');
    expect(screen.getByRole<HTMLProgressElement>('progressbar', { name: 'Import progress' }).value).toBe(0);
    expect((root.querySelector('#pack-file') as HTMLInputElement).disabled).toBe(true);
    release();
    await settle(20);
    expect(sent('importPackPiece')).toHaveLength(3);
    expect(status(root)).toBe('Imported “Korea–Japan relations in 2025” 2.1.0.');
  });

  it('can be cancelled while the file is sent, and the background forgets the upload', async () => {
    let release: () => void = () => {};
    fakeImport(() => importReport());
    onBackground({ importPackPiece: () => new Promise<true>((resolve) => (release = () => resolve(true))) });
    const root = await open();
    pick(root, packFile('y'.repeat(PACK_CHUNK_CHARS + 5)));
    await settle(10);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel import' }));
    release();
    await settle(10);
    expect(sent('importPackCancel')).toEqual([{ token: 't0' }]);
    expect(sent('importPackFinish')).toEqual([]);
    expect(status(root)).toBe('Import cancelled. Nothing was changed.');
  });

  it('imports a file dropped on the drop zone', async () => {
    fakeImport(() => importReport());
    const root = await open();
    const zone = root.querySelector<HTMLElement>('.drop-zone')!;
    expect(zone.getAttribute('aria-labelledby')).toBe('pack-import-title pack-drop-label');
    expect(text(zone.querySelector('#pack-drop-label'))).toBe('Drop a pack file (.briefing.json) here, or choose one. Packs can be up to 50 MB.');
    const file = packFile('{"format":"briefing-lens-pack"}');
    // Dispatched directly: happy-dom's fireEvent does not reach the listeners with drag events.
    await act(() => void zone.dispatchEvent(createEvent.dragOver(zone, { dataTransfer: { types: ['Files'], files: [file] } })));
    await settle(1);
    expect(zone.classList.contains('dragging')).toBe(true);
    expect(text(zone.querySelector('#pack-drop-label'))).toBe('Release to import the file.');
    await act(() => void zone.dispatchEvent(createEvent.drop(zone, { dataTransfer: { types: ['Files'], files: [file] } })));
    await settle(10);
    expect(zone.classList.contains('dragging')).toBe(false);
    expect((sent('importPackPiece') as { text: string }[]).map((p) => p.text)).toEqual(['{"format":"briefing-lens-pack"}']);
    expect(status(root)).toBe('Imported “Korea–Japan relations in 2025” 2.1.0.');
  });

  it('refuses a file over 50 MB before sending any of it', async () => {
    fakeImport(() => importReport());
    const root = await open();
    const file = packFile('{}', 'huge.briefing.json');
    Object.defineProperty(file, 'size', { value: 60 * 1024 * 1024 });
    pick(root, file);
    await settle();
    expect(sent('importPackBegin')).toEqual([]);
    expect(alert(root)).toBe('“huge.briefing.json” was not imported: The file is 60 MB; a pack can be at most 50 MB. Nothing was changed.');
  });

  it('says what an update did: the versions, the pins and notes dropped, and the notes for the author', async () => {
    fakeImport(() => importReport({ status: 'updated', previousVersion: '2.0.0', droppedPins: 2, droppedNotes: 1, warnings: ['actors.json › x › license: empty'] }));
    const root = await open();
    pick(root, packFile('{}'));
    await settle(10);
    expect(status(root)).toBe(
      'Updated “Korea–Japan relations in 2025” from 2.0.0 to 2.1.0. Removed with the entries this version no longer has: pins (2), notes (1).',
    );
    expect(text(root.querySelector('.pack-warnings summary'))).toBe('Notes for the pack’s author (1, in English)');
    expect(text(root.querySelector('.pack-warnings li'))).toBe('actors.json › x › license: empty');
  });

  it('asks before a downgrade and runs the whole import again when the reader confirms', async () => {
    fakeImport(({ allowDowngrade }) => {
      if (!allowDowngrade) throw new CodedError('pack-downgrade', 'Installed 2.1.0 is newer than 2.0.0', undefined, ['2.1.0', '2.0.0']);
      return importReport({ status: 'downgraded', previousVersion: '2.1.0', pack: importedPack({ version: '2.0.0' }), droppedPins: 1, droppedNotes: 0 });
    });
    const root = await open();
    const content = '{"format":"briefing-lens-pack","pack":{"version":"2.0.0"}}';
    pick(root, packFile(content, 'old.briefing.json'));
    await settle(10);
    const ask = root.querySelector('.pack-import .confirm')!;
    expect(text(ask)).toContain(
      '“old.briefing.json” was not imported: A newer version of this pack is installed (2.1.0) than the one in this file (2.0.0). Nothing was changed.',
    );
    expect(text(ask)).toContain('Install the older version anyway?');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Install the older version' }));
    fireEvent.click(screen.getByRole('button', { name: 'Install the older version' }));
    await settle(10);
    expect(sent('importPackBegin')).toHaveLength(2);
    expect(sent('importPackFinish')).toEqual([{ token: 't0' }, { token: 't1', allowDowngrade: true }]);
    expect((sent('importPackPiece') as { token: string; text: string }[]).filter((p) => p.token === 't1').map((p) => p.text)).toEqual([content]);
    expect(status(root)).toBe(
      'Replaced “Korea–Japan relations in 2025” 2.1.0 with the older 2.0.0. Removed with the entries this version no longer has: pins (1), notes (0).',
    );
  });

  it('keeps the installed version when the reader declines the downgrade', async () => {
    fakeImport(() => {
      throw new CodedError('pack-downgrade', 'newer installed', undefined, ['2.1.0', '2.0.0']);
    });
    const root = await open();
    pick(root, packFile('{}'));
    await settle(10);
    fireEvent.click(screen.getByRole('button', { name: 'Keep the installed version' }));
    await settle();
    expect(sent('importPackFinish')).toHaveLength(1);
    expect(root.querySelector('.pack-import .confirm')).toBeNull();
    expect(status(root)).toBe('Kept the installed version. Nothing was changed.');
  });
});

describe('options: pack errors in the reader’s language', () => {
  const REFUSALS: [ErrorCode, string[] | undefined, string][] = [
    ['pack-not-json', undefined, 'This file is not a briefing pack: it is not valid JSON'],
    ['pack-format', undefined, 'This file is not a briefing pack: its “format” is not “briefing-lens-pack”'],
    ['pack-format-version-future', ['2', '1'], 'This pack is written in pack format 2, newer than this version of Briefing Lens reads (format 1). Update the extension, then import it again'],
    ['pack-too-large', ['72.5', '50'], 'The file is 72.5 MB; a pack can be at most 50 MB'],
    ['pack-same-version', ['2.1.0'], 'Version 2.1.0 of this pack is already installed'],
    ['import-expired', undefined, 'The import was interrupted or took too long. Choose the file again'],
  ];

  it.each(REFUSALS)('%s', async (code, params, message) => {
    fakeImport(() => {
      throw new CodedError(code, 'English detail never shown', undefined, params);
    });
    const root = await open();
    pick(root, packFile('{}', 'p.briefing.json'));
    await settle(10);
    expect(alert(root)).toBe(`“p.briefing.json” was not imported: ${message}. Nothing was changed.`);
  });

  it('pack-invalid: names each problem by file, record and field', async () => {
    fakeImport(() => {
      throw new CodedError('pack-invalid', 'English detail never shown', [
        { code: 'unknown-reference', path: 'quotes.json › q-1 › speaker', expected: 'id' },
        { code: 'duplicate', path: 'actors.json › fumio-kishida › id', expected: 'id' },
      ]);
    });
    const root = await open();
    pick(root, packFile('{}', 'p.briefing.json'));
    await settle(10);
    expect(alert(root)).toBe(
      '“p.briefing.json” was not imported: The pack has errors: quotes.json › q-1 › speaker refers to an entry that is not there: expected an entry id; actors.json › fumio-kishida › id appears more than once. Nothing was changed.',
    );
  });

  it('says them in Korean and Japanese, with the values the error names', async () => {
    fakeImport(() => {
      throw new CodedError('pack-format-version-future', 'English detail never shown', undefined, ['3', '1']);
    });
    browserState.locale = 'ko';
    let root = await open();
    pick(root, packFile('{}', 'p.briefing.json'));
    await settle(10);
    expect(alert(root)).toBe(
      '“p.briefing.json” 파일을 가져오지 않았습니다: 이 팩은 팩 형식 3(으)로 작성되어, 이 버전의 Briefing Lens가 읽을 수 있는 형식(1)보다 새롭습니다. 확장 프로그램을 업데이트한 후 다시 가져오세요. 바뀐 것은 없습니다.',
    );
    cleanup();
    browserState.locale = 'ja';
    root = await open();
    pick(root, packFile('{}', 'p.briefing.json'));
    await settle(10);
    expect(alert(root)).toBe(
      '“p.briefing.json” は読み込まれませんでした: このパックはパック形式 3 で書かれており、このバージョンの Briefing Lens が読める形式（1）より新しいものです。拡張機能を更新してから、もう一度読み込んでください。何も変更されていません。',
    );
  });

  it('pack-bundled and unknown-pack: a refused change names the pack and the reason', async () => {
    onBackground({
      removePack: () => {
        throw new CodedError('pack-bundled', 'bundled');
      },
      setPackEnabled: () => {
        throw new CodedError('unknown-pack', 'unknown');
      },
    });
    browserState.locale = 'ja';
    const root = await open();
    fireEvent.click(screen.getByRole('button', { name: /^削除…: Korea–Japan/ }));
    await settle();
    fireEvent.click(screen.getByRole('button', { name: '削除する' }));
    await settle();
    expect(alert(root)).toBe('“Korea–Japan relations in 2025” を変更できませんでした: このパックは拡張機能に付属しているため、オフにはできますが削除はできません。');
    browserState.locale = 'en';
    fireEvent.click(screen.getByRole('switch', { name: /Korea–Japan/ }));
    await settle();
    expect(alert(root)).toBe('“Korea–Japan relations in 2025” was not changed: This pack is not installed (any more). Reload this page.');
    expect(screen.getByRole<HTMLInputElement>('switch', { name: /Korea–Japan/ }).checked).toBe(true);
  });

  it('says when the list cannot be read', async () => {
    onBackground({
      listPacks: () => {
        throw new CodedError('no-reply', 'no reply');
      },
    });
    const root = await open();
    expect(text(root.querySelector('[role="alert"]'))).toBe(
      'The packs could not be read: The extension did not answer. Reload the extension and try again. Reload the extension from the browser’s extensions page.',
    );
  });
});
