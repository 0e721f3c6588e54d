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
 * - Messaging the background: BiDi will not navigate a tab to a moz-extension:// page,
 *   but the browser window (system access) can open one in a new tab, and BiDi then runs
 *   script in it like in any page: the extension's own page sends the message.
 * - Reading the browser console: errors of content scripts (which the page's console
 *   events do not carry) are listed by the console service.
 */
import type { Browser, Page } from 'puppeteer-core';
import type { CardView } from './card-inspect';

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
    boxes: [...root.querySelectorAll('.bl-window')].map((w) => {
      const r = w.getBoundingClientRect();
      return { x: r.left, y: r.top, width: r.width, height: r.height };
    }),
  });
}`;

/** Reads the hover card from inside our host's closed shadow root. */
export async function readCard(browser: Browser, tab: Page): Promise<CardView> {
  const context = contextOf(tab);
  const host = await callFunction(browser, context, FIND_HOST, [], { maxDomDepth: 0, includeShadowTree: 'all' });
  const shadow = (host.value as { shadowRoot?: RemoteValue | null } | undefined)?.shadowRoot;
  if (!shadow?.sharedId) return { text: '', names: [], boxes: [] };
  const read = await callFunction(browser, context, READ_ROOT, [{ type: 'node', sharedId: shadow.sharedId }]);
  return JSON.parse(read.value as string) as CardView;
}

const BUTTON_BOX = `(root, label) => {
  const button = [...root.querySelectorAll('button')].find((b) => b.textContent.trim() === label);
  if (!button) return null;
  const r = button.getBoundingClientRect();
  return JSON.stringify({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
}`;

/** Clicks the card's button whose text is `label`, with the mouse, as a reader does. */
export async function clickCardButton(browser: Browser, tab: Page, label: string): Promise<void> {
  const context = contextOf(tab);
  const host = await callFunction(browser, context, FIND_HOST, [], { maxDomDepth: 0, includeShadowTree: 'all' });
  const shadow = (host.value as { shadowRoot?: RemoteValue | null } | undefined)?.shadowRoot;
  if (!shadow?.sharedId) throw new Error('no card');
  const found = await callFunction(browser, context, BUTTON_BOX, [{ type: 'node', sharedId: shadow.sharedId }, { type: 'string', value: label }]);
  if (found.type !== 'string') throw new Error(`no card button "${label}"`);
  const { x, y } = JSON.parse(found.value as string) as { x: number; y: number };
  await tab.mouse.move(x, y, { steps: 3 });
  await tab.mouse.click(x, y);
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

/** The BiDi context of a privileged browser window (needs launchFirefox({ systemAccess: true })). */
async function browserWindow(browser: Browser): Promise<string> {
  const chrome = (await connection(browser).send('browsingContext.getTree', { maxDepth: 0, 'moz:scope': 'chrome' })).result as { contexts: ContextInfo[] };
  const window = chrome.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error('no privileged browser window (launch Firefox with systemAccess: true)');
  return window.context;
}

async function topContexts(browser: Browser): Promise<ContextInfo[]> {
  return ((await connection(browser).send('browsingContext.getTree', { maxDepth: 0 })).result as { contexts: ContextInfo[] }).contexts;
}

/** The addresses of the browser's tabs, extension pages included (which puppeteer does not list). */
export async function tabUrls(browser: Browser): Promise<string[]> {
  return (await topContexts(browser)).map((c) => c.url);
}

/** Closes the browser's tabs whose address `matches`. */
export async function closeTabs(browser: Browser, matches: (url: string) => boolean): Promise<void> {
  for (const c of await topContexts(browser)) if (matches(c.url)) await connection(browser).send('browsingContext.close', { context: c.context });
}

const OPEN_TAB = `(url) => {
  gBrowser.addTab(url, { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() });
}`;

const EXTENSION_URL = `(json) => {
  const { id, path } = JSON.parse(json);
  const policy = WebExtensionPolicy.getByID(id);
  if (!policy) throw new Error('extension ' + id + ' is not running');
  return policy.getURL(path);
}`;

const READY = `() => typeof browser !== 'undefined' && !!browser.runtime && document.readyState === 'complete'`;

const SEND = `(json) => browser.runtime.sendMessage(JSON.parse(json)).then((reply) => JSON.stringify(reply ?? null))`;

/** An extension page open in a background tab: run a function in it (its JSON-string result parsed), or close it. */
export interface ExtensionPage {
  /** Calls `fn` (a function declaration taking one JSON string) in the page and parses the JSON string it returns. */
  call(fn: string, arg?: unknown): Promise<unknown>;
  close(): Promise<void>;
}

/**
 * Opens the extension's page `path` in a new background tab (the browser window opens it,
 * which BiDi itself may not) and waits until it has loaded. Rejects while the extension is
 * not running (e.g. during an update).
 */
export async function openExtensionPage(browser: Browser, extensionId: string, path: string): Promise<ExtensionPage> {
  const window = await browserWindow(browser);
  const url = (await callFunction(browser, window, EXTENSION_URL, [{ type: 'string', value: JSON.stringify({ id: extensionId, path }) }])).value as string;
  const before = new Set((await topContexts(browser)).map((c) => c.context));
  await callFunction(browser, window, OPEN_TAB, [{ type: 'string', value: url }]);
  let context: string | undefined;
  const close = async () => {
    if (context) await connection(browser).send('browsingContext.close', { context }).catch(() => undefined);
  };
  try {
    const end = Date.now() + 10_000;
    for (;;) {
      context ??= (await topContexts(browser)).find((c) => !before.has(c.context) && c.url === url)?.context;
      if (context && (await callFunction(browser, context, READY).catch(() => null))?.value === true) break;
      if (Date.now() > end) throw new Error(`the extension page ${url} did not load`);
      await new Promise((r) => setTimeout(r, 100));
    }
  } catch (error) {
    await close();
    throw error;
  }
  const loaded = context;
  return {
    call: async (fn, arg) => JSON.parse((await callFunction(browser, loaded, fn, [{ type: 'string', value: JSON.stringify(arg ?? null) }])).value as string) as unknown,
    close,
  };
}

/**
 * Sends `message` to the background with runtime.sendMessage from a fresh tab of the
 * extension's page `path`, and closes that tab.
 */
export async function sendFromExtensionPage(browser: Browser, extensionId: string, message: unknown, path = 'options.html'): Promise<unknown> {
  const page = await openExtensionPage(browser, extensionId, path);
  try {
    return await page.call(SEND, message);
  } finally {
    await page.close();
  }
}

const CONSOLE_ERRORS = `(json) => {
  const prefixes = JSON.parse(json);
  return JSON.stringify(Services.console.getMessageArray()
    .filter((m) => m instanceof Ci.nsIScriptError && !(m.flags & Ci.nsIScriptError.warningFlag) && !(m.flags & Ci.nsIScriptError.infoFlag))
    .filter((m) => prefixes.some((p) => m.sourceName.startsWith(p)))
    .map((m) => m.sourceName + ':' + m.lineNumber + ': ' + m.errorMessage));
}`;

/**
 * Script errors in the browser console (content scripts' and pages' included) whose
 * source starts with one of `prefixes`, e.g. 'moz-extension://' or a fixture origin.
 */
export async function browserConsoleErrors(browser: Browser, prefixes: string[]): Promise<string[]> {
  const errors = await callFunction(browser, await browserWindow(browser), CONSOLE_ERRORS, [{ type: 'string', value: JSON.stringify(prefixes) }]);
  return JSON.parse(errors.value as string) as string[];
}
