// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../popup/fake-browser')).fakeBrowser }));

import { App } from '../../../src/options/app';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings';
import type { UserDataExport } from '../../../src/shared/user-data';
import { CodedError } from '../../../src/shared/errors';
import { browserState, fakeBrowser, onBackground, resetBrowser, sent } from '../popup/fake-browser';
import { bundledPack } from '../../fixtures/packs';
import { settle, text } from '../popup/settle';
import { cleanup, fireEvent, render, screen, type RenderResult } from '@testing-library/preact';

let settings: Settings;
let view: RenderResult | null = null;

beforeEach(() => {
  resetBrowser();
  settings = { ...DEFAULT_SETTINGS, disabledSites: ['example.org'], types: [...DEFAULT_SETTINGS.types] };
  onBackground({
    getSettings: () => ({ settings, siteEnabled: true }),
    setSettings: ({ settings: patch }) => (settings = { ...settings, ...patch }),
    listPacks: () => [bundledPack()],
  });
});

afterEach(() => {
  cleanup();
  view = null;
  vi.restoreAllMocks();
});

async function open() {
  view = render(<App />);
  await settle();
  return view.container;
}

const input = (root: Element, selector: string) => root.querySelector<HTMLInputElement>(selector)!;
const saveStatus = (root: Element) => text(root.querySelector('.save-status'));

function pickFile(root: Element, content: string, name = 'briefing-lens-data.json') {
  const fileInput = input(root, '#import-file');
  const file = new File([content], name, { type: 'application/json' });
  Object.defineProperty(fileInput, 'files', { value: [file], configurable: true });
  fileInput.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('options: highlight style', () => {
  it('saves the colour on change and shows "Saved"', async () => {
    const root = await open();
    expect(input(root, '#colour').value).toBe('#f0b429');
    fireEvent.change(input(root, '#colour'), { target: { value: '#3366ff' } });
    await settle();
    expect(sent('setSettings')).toEqual([{ settings: { colour: '#3366ff' } }]);
    expect(saveStatus(root)).toBe('Saved');
  });

  it('switching to underline saves the mode and updates the live preview', async () => {
    const root = await open();
    const preview = () => text(root.querySelector('.preview style'));
    expect(preview()).toContain('background-color: rgba(240, 180, 41');
    fireEvent.change(input(root, 'input[value="underline"]'), { target: { checked: true } });
    await settle();
    expect(sent('setSettings')).toEqual([{ settings: { mode: 'underline' } }]);
    expect(preview()).toContain('text-decoration: underline 2px #f0b429');
    expect(root.querySelector('.preview .preview-mark')?.textContent).toBe('Prime Minister Kishida');
  });

  it('the preview follows the colour while it is being picked, before it is saved', async () => {
    const root = await open();
    fireEvent.input(input(root, '#colour'), { target: { value: '#00aa00' } });
    expect(text(root.querySelector('.preview style'))).toContain('rgba(0, 170, 0');
    expect(sent('setSettings')).toEqual([]);
  });

  it('saves the highlighted types', async () => {
    const root = await open();
    const boxes = [...root.querySelectorAll<HTMLInputElement>('fieldset input[type="checkbox"]')];
    expect(boxes.map((b) => text(b.parentElement))).toEqual(['People and organisations', 'Agreements', 'Events']);
    fireEvent.change(boxes[1]!, { target: { checked: false } });
    await settle();
    expect(sent('setSettings')).toEqual([{ settings: { types: ['actor', 'event'] } }]);
  });

  it('saves "always show cards expanded"', async () => {
    const root = await open();
    const box = input(root, '#card-title ~ .field input[type="checkbox"]');
    expect(text(box.parentElement)).toBe('Always show cards expanded');
    expect(box.checked).toBe(false);
    fireEvent.change(box, { target: { checked: true } });
    await settle();
    expect(sent('setSettings')).toEqual([{ settings: { cardExpanded: true } }]);
  });

  it('saves a valid hover delay and rejects an out-of-range one inline without saving', async () => {
    const root = await open();
    fireEvent.change(input(root, '#hover-delay'), { target: { value: '450' } });
    await settle();
    expect(sent('setSettings')).toEqual([{ settings: { hoverDelay: 450 } }]);
    fireEvent.change(input(root, '#hover-delay'), { target: { value: '5000' } });
    await settle();
    expect(sent('setSettings')).toHaveLength(1);
    expect(text(root.querySelector('#hover-delay-error'))).toBe('Enter a whole number from 0 to 2000.');
    expect(input(root, '#hover-delay').getAttribute('aria-invalid')).toBe('true');
  });

  it('shows a save error inline and reloads the stored settings', async () => {
    onBackground({
      setSettings: () => {
        throw new Error('storage is full');
      },
    });
    const root = await open();
    fireEvent.change(input(root, '#max-highlights'), { target: { value: '500' } });
    await settle();
    expect(saveStatus(root)).toBe('Not saved: storage is full');
    expect(input(root, '#max-highlights').value).toBe(String(DEFAULT_SETTINGS.maxHighlights));
  });
});

describe('options: errors in the reader\'s language', () => {
  const refuseHoverDelay = () =>
    onBackground({
      setSettings: () => {
        throw new CodedError('bad-params', 'settings.hoverDelay: expected number 0–2000, got 2500', [
          { code: 'out-of-range', path: 'settings.hoverDelay', expected: 'number 0–2000', received: '2500' },
        ]);
      },
    });

  it('names the setting by its label and says what was expected, from the error code, not the English message', async () => {
    refuseHoverDelay();
    const root = await open();
    fireEvent.change(input(root, '#hover-delay'), { target: { value: '1500' } });
    await settle();
    expect(saveStatus(root)).toBe('Not saved: Hover delay (milliseconds) is out of range: expected a number 0–2000');
  });

  it('says it in Korean and Japanese', async () => {
    refuseHoverDelay();
    browserState.locale = 'ko';
    let root = await open();
    fireEvent.change(input(root, '#hover-delay'), { target: { value: '1500' } });
    await settle();
    expect(saveStatus(root)).toBe('저장되지 않음: 마우스 올림 지연 시간(밀리초) 값이 허용 범위를 벗어났습니다(허용 범위: 숫자 0–2000)');
    view?.unmount();
    browserState.locale = 'ja';
    root = await open();
    fireEvent.change(input(root, '#hover-delay'), { target: { value: '1500' } });
    await settle();
    expect(saveStatus(root)).toBe('保存されませんでした: ホバーの待ち時間(ミリ秒) が範囲外です（有効な範囲: 数値 0–2000）');
  });

  it('explains a refused import file by its code', async () => {
    onBackground({
      importUserData: () => {
        throw new CodedError('not-an-export-file', 'This is not a Briefing Lens export file (expected an object with "format": "briefing-lens-user-data").');
      },
    });
    browserState.locale = 'ja';
    const root = await open();
    pickFile(root, JSON.stringify({ hello: 'world' }));
    await settle();
    expect(text(root.querySelector('#data-title ~ .field .inline-error'))).toContain('Briefing Lens で書き出したファイルではありません');
  });
});

describe('options: disabled sites', () => {
  it('lists the disabled sites and removes one', async () => {
    const root = await open();
    expect([...root.querySelectorAll('.sites .site')].map((s) => text(s))).toEqual(['example.org']);
    fireEvent.click(root.querySelector('.sites button')!);
    await settle();
    expect(sent('setSettings')).toEqual([{ settings: { disabledSites: [] } }]);
    expect(text(root.querySelector('#sites-title ~ .status'))).toBe('Highlighting is on for every site.');
  });

  it('adds a site typed as a page address, normalised to its hostname', async () => {
    const root = await open();
    fireEvent.input(screen.getByLabelText('Add a site (a hostname or a page address)'), { target: { value: 'https://www.NYTimes.com/2024/04/10/world/asia/kishida.html' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await settle();
    expect(sent('setSettings')).toEqual([{ settings: { disabledSites: ['example.org', 'nytimes.com'] } }]);
    expect([...root.querySelectorAll('.sites .site')].map((s) => text(s))).toEqual(['example.org', 'nytimes.com']);
    expect(input(root, '#site-input').value).toBe('');
  });

  it('rejects a duplicate or invalid site inline without saving', async () => {
    const root = await open();
    fireEvent.input(screen.getByLabelText('Add a site (a hostname or a page address)'), { target: { value: 'www.example.org' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(text(root.querySelector('#site-error'))).toBe('example.org is already on the list.');
    fireEvent.input(screen.getByLabelText('Add a site (a hostname or a page address)'), { target: { value: 'not a site!' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(text(root.querySelector('#site-error'))).toContain('is not a site');
    expect(sent('setSettings')).toEqual([]);
  });
});

describe('options: shortcuts', () => {
  it('shows the current keys from commands.getAll and where Chrome changes them', async () => {
    fakeBrowser.commands.getAll.mockResolvedValue([
      { name: '_execute_action', description: '', shortcut: 'Alt+Shift+L' },
      { name: 'next-highlight', description: 'Go to the next highlight and open its card', shortcut: '' },
    ]);
    const root = await open();
    const rows = [...root.querySelectorAll('.shortcut')].map((r) => `${text(r.querySelector('dt'))} ${text(r.querySelector('dd'))}`);
    expect(rows).toEqual(['Open Briefing Lens Alt+Shift+L', 'Go to the next highlight and open its card Not set']);
    expect(text(root.querySelector('#shortcuts-title ~ .hint'))).toContain('chrome://extensions/shortcuts');
  });

  it('explains the Firefox shortcut settings on Firefox', async () => {
    fakeBrowser.runtime.getURL.mockImplementation((path: string) => `moz-extension://1234${path}`);
    const root = await open();
    expect(text(root.querySelector('#shortcuts-title ~ .hint'))).toContain('Manage Extension Shortcuts');
  });
});

describe('options: your data', () => {

  it('shows a clear error on bad JSON and sends nothing to the background', async () => {
    const root = await open();
    pickFile(root, '{"format": "briefing-lens-user-data", pins: [}', 'broken.json');
    await settle();
    const error = text(root.querySelector('#data-title ~ .field .inline-error'));
    expect(error).toContain('“broken.json” is not valid JSON');
    expect(error).toContain('Nothing was changed.');
    expect(sent('importUserData')).toEqual([]);
  });

  it('reports the background refusing a file, and that nothing changed', async () => {
    onBackground({
      importUserData: () => {
        throw new Error('pins[0].id must be a string');
      },
    });
    const root = await open();
    pickFile(root, JSON.stringify({ format: 'briefing-lens-user-data', formatVersion: 1, pins: [{ id: 3 }] }));
    await settle();
    expect(sent('importUserData')).toHaveLength(1);
    expect(text(root.querySelector('#data-title ~ .field .inline-error'))).toBe(
      '“briefing-lens-data.json” was not imported: pins[0].id must be a string. Nothing was changed.',
    );
  });

  it('imports a valid file, reports what it did and reloads the settings', async () => {
    const data = { format: 'briefing-lens-user-data', formatVersion: 1, pins: [], notes: [] };
    onBackground({
      importUserData: () => {
        settings = { ...settings, colour: '#123456' };
        return { pins: 2, notes: 1, settings: true };
      },
    });
    const root = await open();
    pickFile(root, JSON.stringify(data));
    await settle();
    expect(sent('importUserData')).toEqual([{ data }]);
    expect(text(root.querySelector('#import-file ~ [role="status"]'))).toBe('Imported pins (2), notes (1) and your settings.');
    expect(input(root, '#colour').value).toBe('#123456');
  });

  it('exports the reader’s data as a downloaded JSON file', async () => {
    const exported: UserDataExport = {
      format: 'briefing-lens-user-data',
      formatVersion: 1,
      exportedAt: '2024-05-01T00:00:00.000Z',
      settings,
      pins: [{ id: 'fumio-kishida', pinnedAt: '2024-05-01T00:00:00.000Z' }],
      notes: [],
    };
    onBackground({ exportUserData: () => exported });
    let blob: Blob | null = null;
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blob = b as Blob;
      return 'blob:briefing-lens/1';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });
    const root = await open();
    fireEvent.click(screen.getByRole('button', { name: 'Export as JSON' }));
    await settle();
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(JSON.parse(await blob!.text())).toEqual(exported);
    expect(clicked).toEqual([{ href: 'blob:briefing-lens/1', download: expect.stringMatching(/^briefing-lens-data-\d{4}-\d{2}-\d{2}\.json$/) as string }]);
    expect(text(root.querySelector('#data-title ~ .field [role="status"]'))).toBe('Exported your settings, pins (1) and notes (0).');
  });
});
