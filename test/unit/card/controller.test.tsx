// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CARD_CACHE_SIZE, createCardSource } from '../../../src/content/card/card-source';
import { LOADING_DELAY_MS, mountCardController, type CardController } from '../../../src/content/card/controller';
import { HOST_TAG } from '../../../src/content/card/host';
import { CARDS, KISHIDA_CARD as KISHIDA } from '../../fixtures/dataset';

const sendMessage = vi.hoisted(() => vi.fn());
vi.mock('webextension-polyfill', () => ({ default: { runtime: { sendMessage } } }));

/** The background's answer to getCard: the fixture card, or null for unknown ids. */
function answerFromFixtures() {
  sendMessage.mockImplementation(async (envelope: { name: string; params: { id: string } }) => {
    expect(envelope.name).toBe('getCard');
    return { result: CARDS[envelope.params.id] ?? null };
  });
}

let controller: CardController;
let root: ShadowRoot;
let abort: AbortController;
let term: HTMLElement;
const onOpenFull = vi.fn();
let alwaysExpanded = false;

function setup(hoverGraceMs = 300) {
  abort = new AbortController();
  ({ controller, root } = mountCardController({ signal: abort.signal, lang: 'en', hoverGraceMs, fullIn: 'panel', onOpenFull, alwaysExpanded: () => alwaysExpanded }));
}

function termRange(): Range {
  const range = document.createRange();
  range.selectNodeContents(term.firstChild!);
  return range;
}

const dialogs = () => [...root.querySelectorAll<HTMLElement>('[role="dialog"]')];
const dialog = () => {
  const all = dialogs();
  expect(all).toHaveLength(1);
  return all[0]!;
};
const heading = (el: HTMLElement) => el.querySelector(`[id="${el.getAttribute('aria-labelledby')}"]`)!;
const button = (el: ParentNode, name: string) =>
  [...el.querySelectorAll<HTMLButtonElement>('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name)!;
/** "More": the card shows the full briefing in place. */
const expand = () => button(dialog(), 'More').click();
const press = (target: EventTarget, key: string) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));

beforeEach(() => {
  sendMessage.mockReset();
  answerFromFixtures();
  document.body.innerHTML = '<p>Prime Minister <span id="term">Fumio Kishida</span> met <button id="before">x</button></p>';
  term = document.getElementById('term')!;
  setup();
});

afterEach(() => {
  abort.abort();
  vi.useRealTimers();
});

describe('host', () => {
  it('lives in a closed shadow root appended to <html>, unreachable from the page', () => {
    const host = document.documentElement.querySelector(HOST_TAG) as HTMLElement;
    expect(host.parentElement).toBe(document.documentElement);
    expect(host.shadowRoot).toBeNull();
    expect(root.mode).toBe('closed');
    expect(host.style.getPropertyValue('position')).toBe('fixed');
    expect(host.style.getPropertyPriority('position')).toBe('important');
    expect(host.style.getPropertyValue('z-index')).toBe('2147483647');
    expect(document.body.textContent).not.toContain('Briefing');
  });

  it('is removed with every card when the signal aborts', async () => {
    await controller.show(termRange(), 'fumio-kishida');
    abort.abort();
    expect(document.documentElement.querySelector(HOST_TAG)).toBeNull();
    expect(root.querySelector('[role="dialog"]')).toBeNull();
  });

  it('can live in the content script\'s own UI host, leaving the host in place on destroy', async () => {
    abort.abort();
    const own = document.createElement('briefing-lens-ui');
    document.documentElement.appendChild(own);
    const local = new AbortController();
    const mounted = mountCardController({ signal: local.signal, lang: 'en', fullIn: 'panel', onOpenFull, host: own });
    expect(own.shadowRoot).toBeNull();
    expect(own.style.getPropertyValue('contain')).toBe('layout size style');
    await mounted.controller.show(termRange(), 'fumio-kishida');
    expect(mounted.root.host).toBe(own);
    expect(mounted.root.querySelectorAll('[role="dialog"]')).toHaveLength(1);
    expect(mounted.controller.contains(own)).toBe(true);
    local.abort();
    expect(own.isConnected).toBe(true);
    expect(mounted.root.querySelector('[role="dialog"]')).toBeNull();
    own.remove();
  });

  it('contains() recognises the host and nodes inside the cards only', async () => {
    await controller.show(termRange(), 'fumio-kishida');
    expect(controller.contains(document.documentElement.querySelector(HOST_TAG))).toBe(true);
    expect(controller.contains(heading(dialog()))).toBe(true);
    expect(controller.contains(term)).toBe(false);
    expect(controller.contains(null)).toBe(false);
  });
});

describe('showing a card', () => {
  it('renders a labelled, non-modal dialog with the entity', async () => {
    await controller.show(termRange(), 'fumio-kishida');
    const el = dialog();
    expect(el.getAttribute('aria-modal')).toBeNull();
    expect(heading(el).textContent).toBe('Fumio Kishida');
    // The name is the title bar's heading, beside the pin and close buttons.
    expect(heading(el).closest('.bl-bar')).not.toBeNull();
    expect(el.textContent).toContain('Prime Minister of Japan');
    expect(el.querySelector('.bl-counts .bl-badge')!.textContent).toContain('Disputed: 1');
    expect(sendMessage).toHaveBeenCalledWith({ channel: 'briefing-lens', name: 'getCard', params: { id: 'fumio-kishida' } });
  });

  it('serves a repeat show of the same id from the cache without asking the background again', async () => {
    await controller.show(termRange(), 'fumio-kishida');
    controller.hideNow();
    expect(dialogs()).toHaveLength(0);
    await controller.show(termRange(), 'fumio-kishida');
    expect(heading(dialog()).textContent).toBe('Fumio Kishida');
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });

  it('keeps the same card element when shown again for the same entity (no flicker)', async () => {
    await controller.show(termRange(), 'fumio-kishida');
    const first = dialog();
    await controller.show(termRange(), 'fumio-kishida');
    expect(dialog()).toBe(first);
  });

  it('replaces the hover card when another entity is shown', async () => {
    await controller.show(termRange(), 'fumio-kishida');
    await controller.show(term, 'joe-biden');
    expect(heading(dialog()).textContent).toBe('Joe Biden');
  });

  it('shows no loading state for fast data, and "Loading" only after 100 ms', async () => {
    vi.useFakeTimers();
    let resolve!: (reply: unknown) => void;
    sendMessage.mockImplementation(() => new Promise((r) => (resolve = r)));
    const shown = controller.show(termRange(), 'fumio-kishida');
    await vi.advanceTimersByTimeAsync(LOADING_DELAY_MS - 1);
    expect(dialogs()).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(2);
    expect(heading(dialog()).textContent).toBe('Loading briefing…');
    expect(dialog().getAttribute('aria-busy')).toBe('true');
    resolve({ result: KISHIDA });
    await shown;
    expect(heading(dialog()).textContent).toBe('Fumio Kishida');
  });

  it('shows a clear error with the detail and a working retry', async () => {
    sendMessage.mockResolvedValueOnce({ error: 'IndexedDB open failed' });
    await controller.show(termRange(), 'fumio-kishida');
    const el = dialog();
    expect(heading(el).textContent).toBe('Briefing unavailable');
    expect(el.textContent).toContain('The briefing store could not be opened — reload the extension.');
    expect(el.textContent).toContain('IndexedDB open failed');
    button(el, 'Try again').click();
    await vi.waitFor(() => expect(heading(dialog()).textContent).toBe('Fumio Kishida'));
  });

  it('says when the background knows no such entity', async () => {
    await controller.show(termRange(), 'no-such-entity');
    expect(dialog().textContent).toContain('No briefing was found for this term.');
  });
});

describe('navigation inside a card', () => {
  it('opens a related entity in place and goes back with the back button', async () => {
    await controller.show(termRange(), 'fumio-kishida');
    const el = dialog();
    expect(button(el, 'Back to Fumio Kishida')).toBeUndefined();
    expand();
    button(el.querySelector('.bl-related')!, 'Joe Biden').click();
    await vi.waitFor(() => expect(heading(dialog()).textContent).toBe('Joe Biden'));
    expect(dialog()).toBe(el);
    button(dialog(), 'Back to Fumio Kishida').click();
    await vi.waitFor(() => expect(heading(dialog()).textContent).toBe('Fumio Kishida'));
    expect(button(dialog(), 'Back to Fumio Kishida')).toBeUndefined();
  });

  it('asks to open the full briefing of the entity shown beside the page', async () => {
    await controller.show(termRange(), 'fumio-kishida');
    button(dialog(), 'Open in side panel').click();
    expect(onOpenFull).toHaveBeenCalledWith('fumio-kishida');
  });
});

describe('compact and expanded', () => {
  afterEach(() => {
    alwaysExpanded = false;
  });

  it('opens compact; "More" expands it in place and "Less" makes it compact again', async () => {
    await controller.show(termRange(), 'fumio-kishida');
    const el = dialog();
    expect(el.dataset.mode).toBe('compact');
    expect(el.querySelector('.bl-related')).toBeNull();
    expect(el.querySelector('.bl-sources')).toBeNull();
    expect(button(el, 'Copy citation')).toBeUndefined();
    expect(button(el, 'More').getAttribute('aria-expanded')).toBe('false');
    expand();
    expect(dialog()).toBe(el);
    expect(el.dataset.mode).toBe('full');
    expect(el.querySelector('.bl-related')).not.toBeNull();
    expect(el.querySelector('.bl-sources')).not.toBeNull();
    expect(button(el, 'Less').getAttribute('aria-expanded')).toBe('true');
    button(el, 'Less').click();
    expect(el.dataset.mode).toBe('compact');
    expect(el.querySelector('.bl-related')).toBeNull();
  });

  it('expands with Enter on the card, not when Enter activates one of its controls', async () => {
    await controller.show(termRange(), 'fumio-kishida', { byKeyboard: true });
    const el = dialog();
    expect(root.activeElement).toBe(el);
    press(button(el, 'Open in side panel'), 'Enter');
    expect(el.dataset.mode).toBe('compact');
    press(el, 'Enter');
    expect(el.dataset.mode).toBe('full');
    expect(dialogs()).toHaveLength(1);
  });

  it('a card pinned with its pin button opens expanded', async () => {
    await controller.show(termRange(), 'fumio-kishida');
    button(dialog(), 'Pin briefing').click();
    expect(dialog().dataset.mode).toBe('full');
    expect(dialog().hasAttribute('data-pinned')).toBe(true);
  });

  it('opens expanded when the reader chose "always expanded"', async () => {
    alwaysExpanded = true;
    await controller.show(termRange(), 'fumio-kishida');
    expect(dialog().dataset.mode).toBe('full');
    expect(dialog().querySelector('.bl-related')).not.toBeNull();
  });
});

describe('pinning and closing', () => {
  it('pins and unpins; a pinned card survives hideNow and a new hover card opens beside it', async () => {
    await controller.show(termRange(), 'fumio-kishida');
    const pin = button(dialog(), 'Pin briefing');
    expect(pin.getAttribute('aria-pressed')).toBe('false');
    pin.click();
    expect(controller.pinnedCount()).toBe(1);
    expect(button(dialog(), 'Pin briefing').getAttribute('aria-pressed')).toBe('true');
    controller.hideNow();
    expect(dialogs()).toHaveLength(1);
    await controller.show(term, 'joe-biden');
    expect(dialogs().map((d) => heading(d).textContent)).toEqual(['Fumio Kishida', 'Joe Biden']);
    button(dialogs()[0]!, 'Pin briefing').click();
    expect(controller.pinnedCount()).toBe(0);
    controller.hideNow();
    expect(dialogs()).toHaveLength(0);
  });

  it('hideAll closes pinned cards too', async () => {
    await controller.show(termRange(), 'fumio-kishida');
    button(dialog(), 'Pin briefing').click();
    await controller.show(term, 'joe-biden');
    controller.hideAll();
    expect(dialogs()).toHaveLength(0);
    expect(controller.pinnedCount()).toBe(0);
  });

  it('closes with Esc inside the card and with the close button', async () => {
    await controller.show(termRange(), 'fumio-kishida');
    press(heading(dialog()), 'Escape');
    expect(dialogs()).toHaveLength(0);
    await controller.show(termRange(), 'fumio-kishida');
    button(dialog(), 'Close briefing').click();
    expect(dialogs()).toHaveLength(0);
  });

  it('closes the hover card on Esc pressed on the page', async () => {
    await controller.show(termRange(), 'fumio-kishida');
    press(document.body, 'Escape');
    expect(dialogs()).toHaveLength(0);
  });
});

describe('hover grace', () => {
  it('closes after the grace period once the pointer left the term', async () => {
    vi.useFakeTimers();
    await controller.show(termRange(), 'fumio-kishida');
    controller.hideSoon();
    await vi.advanceTimersByTimeAsync(299);
    expect(dialogs()).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(2);
    expect(dialogs()).toHaveLength(0);
  });

  it('stays open while the pointer is on the card and closes after it leaves', async () => {
    vi.useFakeTimers();
    await controller.show(termRange(), 'fumio-kishida');
    controller.hideSoon();
    dialog().dispatchEvent(new PointerEvent('pointerenter'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(dialogs()).toHaveLength(1);
    dialog().dispatchEvent(new PointerEvent('pointerleave'));
    await vi.advanceTimersByTimeAsync(301);
    expect(dialogs()).toHaveLength(0);
  });

  it('a new show of the same entity cancels a pending hide', async () => {
    vi.useFakeTimers();
    await controller.show(termRange(), 'fumio-kishida');
    controller.hideSoon();
    await vi.advanceTimersByTimeAsync(200);
    await controller.show(termRange(), 'fumio-kishida');
    await vi.advanceTimersByTimeAsync(500);
    expect(dialogs()).toHaveLength(1);
  });
});

describe('focus', () => {
  it('hover-opened cards leave focus where it was', async () => {
    const before = document.getElementById('before')!;
    before.focus();
    await controller.show(termRange(), 'fumio-kishida');
    expect(document.activeElement).toBe(before);
  });

  it('keyboard-opened cards take focus and give it back on Esc', async () => {
    const before = document.getElementById('before')!;
    before.focus();
    await controller.show(termRange(), 'fumio-kishida', { byKeyboard: true });
    expect(root.activeElement).toBe(dialog());
    press(root.activeElement!, 'Escape');
    expect(dialogs()).toHaveLength(0);
    expect(document.activeElement).toBe(before);
  });

  it('a focused card is not closed by the hover grace timer', async () => {
    vi.useFakeTimers();
    await controller.show(termRange(), 'fumio-kishida', { byKeyboard: true });
    controller.hideSoon();
    await vi.advanceTimersByTimeAsync(1000);
    expect(dialogs()).toHaveLength(1);
  });

  it('moves focus to the card again after opening a related entity by keyboard', async () => {
    await controller.show(termRange(), 'fumio-kishida', { byKeyboard: true });
    expand();
    const link = button(dialog().querySelector('.bl-related')!, 'Joe Biden');
    link.focus();
    link.click();
    await vi.waitFor(() => expect(heading(dialog()).textContent).toBe('Joe Biden'));
    expect(root.activeElement).toBe(dialog());
  });

  it('orders the controls: back, pin, close, then the card content', async () => {
    await controller.show(termRange(), 'fumio-kishida');
    expand();
    button(dialog().querySelector('.bl-related')!, 'Joe Biden').click();
    await vi.waitFor(() => expect(heading(dialog()).textContent).toBe('Joe Biden'));
    const names = [...dialog().querySelectorAll('button, a')].map((b) => b.getAttribute('aria-label') ?? b.textContent);
    expect(names.slice(0, 3)).toEqual(['Back to Fumio Kishida', 'Pin briefing', 'Close briefing']);
    expect(names.slice(-2)).toEqual(['Less', 'Open in side panel']);
  });
});

describe('copy citation', () => {
  it('writes the citation with the page address to the clipboard and says "Copied"', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await controller.show(termRange(), 'fumio-kishida');
    expand();
    button(dialog(), 'Copy citation').click();
    await vi.waitFor(() => expect(dialog().querySelector('[role="status"]')!.textContent).toBe('Copied'));
    const text = writeText.mock.calls[0]![0];
    expect(text.split('\n')[0]).toBe('Fumio Kishida — Prime Minister of Japan (took office in 2021)');
    expect(text).toContain('[5] "United States-Japan Joint Leaders\' Statement: Global Partners for the Future". The White House, 2024-04-10.');
    expect(text.split('\n').at(-1)).toBe(`Seen on: ${location.href}`);
  });

  it('falls back to a textarea in the shadow root and execCommand when the clipboard API refuses', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: vi.fn(async () => Promise.reject(new Error('denied'))) }, configurable: true });
    let copied = '';
    const execCommand = vi.fn((command: string) => {
      const area = root.querySelector('textarea')!;
      copied = area.value;
      return command === 'copy';
    });
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    await controller.show(termRange(), 'fumio-kishida');
    expand();
    button(dialog(), 'Copy citation').click();
    await vi.waitFor(() => expect(dialog().querySelector('[role="status"]')!.textContent).toBe('Copied'));
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(copied.split('\n')[0]).toBe('Fumio Kishida — Prime Minister of Japan (took office in 2021)');
    expect(root.querySelector('textarea')).toBeNull();
  });
});

describe('card source', () => {
  it('shares one request between concurrent loads and evicts the least recently used card', async () => {
    const loader = vi.fn(async (id: string) => CARDS[id] ?? null);
    const source = createCardSource(loader, 2);
    await Promise.all([source.load('fumio-kishida'), source.load('fumio-kishida')]);
    expect(loader).toHaveBeenCalledTimes(1);
    await source.load('joe-biden');
    expect(source.peek('fumio-kishida')).toBe(KISHIDA);
    await source.load('unknown');
    expect(source.peek('joe-biden')).toBeUndefined();
    expect(source.peek('fumio-kishida')).toBe(KISHIDA);
    expect(source.peek('unknown')).toBeNull();
    expect(CARD_CACHE_SIZE).toBe(64);
  });

  it('does not cache failures', async () => {
    const loader = vi.fn().mockRejectedValueOnce(new Error('closed')).mockResolvedValueOnce(KISHIDA);
    const source = createCardSource(loader);
    await expect(source.load('fumio-kishida')).rejects.toThrow('closed');
    expect(source.peek('fumio-kishida')).toBeUndefined();
    await expect(source.load('fumio-kishida')).resolves.toBe(KISHIDA);
  });
});

describe('dragging and hit-testing', () => {
  it('dragging a card by its title bar pins it and moves it', async () => {
    await controller.show(termRange(), 'fumio-kishida');
    const el = dialog();
    const bar = el.querySelector<HTMLElement>('.bl-bar')!;
    const start = { x: Number.parseFloat(el.style.left) || 0, y: Number.parseFloat(el.style.top) || 0 };
    const pointer = (type: string, x: number, y: number) =>
      bar.dispatchEvent(new PointerEvent(type, { clientX: x, clientY: y, button: 0, pointerId: 1, bubbles: true, composed: true }));
    pointer('pointerdown', 200, 200);
    pointer('pointermove', 202, 201);
    expect(controller.pinnedCount()).toBe(0);
    pointer('pointermove', 260, 240);
    expect(controller.pinnedCount()).toBe(1);
    pointer('pointerup', 260, 240);
    expect(dialog().style.left).toBe(`${start.x + 60}px`);
    expect(dialog().style.top).toBe(`${start.y + 40}px`);
    controller.hideNow();
    expect(dialogs()).toHaveLength(1);
  });

  it('puts the last pressed card on top', async () => {
    await controller.show(termRange(), 'fumio-kishida');
    button(dialog(), 'Pin briefing').click();
    await controller.show(term, 'joe-biden');
    const [kishida, biden] = dialogs();
    expect(Number(biden!.style.zIndex)).toBeGreaterThan(Number(kishida!.style.zIndex));
    kishida!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(Number(dialogs()[0]!.style.zIndex)).toBeGreaterThan(Number(dialogs()[1]!.style.zIndex));
  });

  it('isPointerInside() tests viewport points against the card windows', async () => {
    await controller.show(termRange(), 'fumio-kishida');
    dialog().getBoundingClientRect = () => new DOMRect(100, 120, 360, 240);
    expect(controller.isPointerInside(150, 200)).toBe(true);
    expect(controller.isPointerInside(99, 200)).toBe(false);
    expect(controller.isPointerInside(150, 361)).toBe(false);
  });

  it('re-attaches the host if the page removed it', async () => {
    document.documentElement.querySelector(HOST_TAG)!.remove();
    await controller.show(termRange(), 'fumio-kishida');
    expect(document.documentElement.querySelector(HOST_TAG)).not.toBeNull();
    expect(dialogs()).toHaveLength(1);
  });
});

describe('pinned cards and hovering', () => {
  it('hovering the term of a pinned card does not open a duplicate and closes the other hover card', async () => {
    const range = termRange();
    await controller.show(range, 'fumio-kishida');
    button(dialog(), 'Pin briefing').click();
    await controller.show(term, 'joe-biden');
    expect(dialogs()).toHaveLength(2);
    await controller.show(range, 'fumio-kishida');
    expect(dialogs().map((d) => heading(d).textContent)).toEqual(['Fumio Kishida']);
  });
});
