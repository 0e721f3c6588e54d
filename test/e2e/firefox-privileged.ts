/**
 * Reaches, in Firefox ESR, what a page script cannot: the hover card inside its closed
 * shadow root, and the browser window's own key handling, where extension keyboard
 * shortcuts live. Both go through the WebDriver BiDi connection puppeteer-core drives
 * Firefox with.
 * - Reading the card: BiDi serialises an element's shadow root whatever its mode
 *   (`includeShadowTree: 'all'`) and hands that root back to a page function as an
 *   argument, so the card's DOM is read where it is.
 * - Pressing a shortcut: keys typed into a page (puppeteer's keyboard) never reach the
 *   browser's shortcuts. With system access (launchFirefox({ systemAccess: true })) BiDi
 *   can run script in the browser window itself (`"moz:scope": "chrome"`), where an
 *   nsITextInputProcessor types the key like the OS does: the page sees it first, then
 *   the window's key sets, where Firefox registered the extension's `commands`.
 */
import type { Browser, Page } from 'puppeteer-core';

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

interface RemoteValue {
  type: string;
  value?: unknown;
  sharedId?: string;
}

interface ContextInfo {
  context: string;
  clientWindow: string;
  parent?: string | null;
  url: string;
}

function connection(browser: Browser): BidiConnection {
  const conn = (browser as unknown as { connection?: BidiConnection }).connection;
  if (!conn || typeof conn.send !== 'function') throw new Error('not a WebDriver BiDi browser (launch Firefox through puppeteer-core)');
  return conn;
}

/** The BiDi browsing context id of a tab's top frame. */
function contextOf(tab: Page): string {
  return (tab.mainFrame() as unknown as { _id: string })._id;
}

async function callFunction(browser: Browser, context: string, functionDeclaration: string, args: RemoteValue[] = [], serializationOptions?: object): Promise<RemoteValue> {
  const { result } = await connection(browser).send('script.callFunction', {
    functionDeclaration,
    arguments: args,
    target: { context },
    awaitPromise: true,
    resultOwnership: 'none',
    ...(serializationOptions ? { serializationOptions } : {}),
  });
  const outcome = result as { type: 'success'; result: RemoteValue } | { type: 'exception'; exceptionDetails: { text: string } };
  if (outcome.type === 'exception') throw new Error(`script failed in ${context}: ${outcome.exceptionDetails.text}`);
  return outcome.result;
}

const FIND_HOST = `() => [...document.documentElement.children].find(
  (el) => el.localName === 'briefing-lens-ui' || el.localName.startsWith('briefing-lens-ui-')) ?? null`;

const READ_ROOT = `(root) => {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const parts = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement || !node.parentElement.closest('style, script')) parts.push(node.data);
  }
  return JSON.stringify({
    text: parts.join(' ').replace(/\\s+/g, ' ').trim(),
    names: [...root.querySelectorAll('h2')].map((h) => h.textContent.replace(/\\s+/g, ' ').trim()),
  });
}`;

export interface CardView {
  /** Visible text of everything in the card's shadow root ('' when there is no card). */
  text: string;
  /** The names (h2 headings) of the open cards, in DOM order. */
  names: string[];
}

/** Reads the hover card from inside our host's closed shadow root. */
export async function readCard(browser: Browser, tab: Page): Promise<CardView> {
  const context = contextOf(tab);
  const host = await callFunction(browser, context, FIND_HOST, [], { maxDomDepth: 0, includeShadowTree: 'all' });
  const shadow = (host.value as { shadowRoot?: RemoteValue | null } | undefined)?.shadowRoot;
  if (!shadow?.sharedId) return { text: '', names: [] };
  const read = await callFunction(browser, context, READ_ROOT, [{ type: 'node', sharedId: shadow.sharedId }]);
  return JSON.parse(read.value as string) as CardView;
}

interface KeyInit {
  key: string;
  code: string;
  keyCode: number;
}

const MODIFIERS: Record<string, KeyInit> = {
  Alt: { key: 'Alt', code: 'AltLeft', keyCode: 18 },
  Shift: { key: 'Shift', code: 'ShiftLeft', keyCode: 16 },
  Ctrl: { key: 'Control', code: 'ControlLeft', keyCode: 17 },
};

/** Splits a manifest shortcut ("Alt+Shift+J") into the key events that type it. */
function keysOf(shortcut: string): KeyInit[] {
  const parts = shortcut.split('+');
  const last = parts.pop()!;
  const mods = parts.map((m) => {
    const init = MODIFIERS[m];
    if (!init) throw new Error(`unsupported modifier "${m}" in "${shortcut}"`);
    return init;
  });
  if (!/^[A-Z0-9]$/.test(last)) throw new Error(`unsupported key "${last}" in "${shortcut}"`);
  const code = /[A-Z]/.test(last) ? `Key${last}` : `Digit${last}`;
  return [...mods, { key: last, code, keyCode: last.charCodeAt(0) }];
}

/** Types the keys in order and releases them in reverse, in the browser window running it. */
const TYPE_KEYS = `(json) => {
  const keys = JSON.parse(json);
  const tip = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
  if (!tip.beginInputTransactionForTests(window)) throw new Error('no input transaction for the browser window');
  const down = [];
  try {
    for (const key of keys) {
      tip.keydown(new KeyboardEvent('', key));
      down.push(key);
    }
  } finally {
    for (const key of down.reverse()) tip.keyup(new KeyboardEvent('', key));
  }
}`;

/**
 * Presses a browser-level keyboard shortcut (as written in the manifest's `commands`)
 * with `tab` brought to the front of its window. Needs launchFirefox({ systemAccess: true }).
 */
export async function pressShortcut(browser: Browser, tab: Page, shortcut: string): Promise<void> {
  const keys = keysOf(shortcut);
  await tab.bringToFront();
  const conn = connection(browser);
  const pages = (await conn.send('browsingContext.getTree', { maxDepth: 0 })).result as { contexts: ContextInfo[] };
  const window = pages.contexts.find((c) => c.context === contextOf(tab))?.clientWindow;
  if (!window) throw new Error('the tab is not a top-level browsing context');
  const chrome = (await conn.send('browsingContext.getTree', { maxDepth: 0, 'moz:scope': 'chrome' })).result as { contexts: ContextInfo[] };
  const browserWindow = chrome.contexts.find((c) => c.clientWindow === window && c.url === 'chrome://browser/content/browser.xhtml');
  if (!browserWindow) throw new Error('no privileged browser window to type into (launch Firefox with systemAccess: true)');
  await callFunction(browser, browserWindow.context, TYPE_KEYS, [{ type: 'string', value: JSON.stringify(keys) }]);
}
