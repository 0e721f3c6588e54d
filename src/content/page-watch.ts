/**
 * Side panels that watch this frame's mentions: a panel connects a port named
 * `PAGE_WATCH_PORT` to the tab's top frame, and the returned `changed()` posts
 * `PAGE_CHANGED` on every open port, at most once per `NOTIFY_DELAY_MS`, so a live blog
 * or an infinite scroll refreshes the panel without flooding it.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { PAGE_CHANGED, PAGE_WATCH_PORT } from '../shared/messages';

const NOTIFY_DELAY_MS = 250;

export function watchPageChanges(signal: AbortSignal): () => void {
  const ports = new Set<Runtime.Port>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onConnect = (port: Runtime.Port) => {
    if (port.name !== PAGE_WATCH_PORT || port.sender?.id !== browser.runtime.id) return;
    ports.add(port);
    port.onDisconnect.addListener(() => ports.delete(port));
  };
  browser.runtime.onConnect.addListener(onConnect);
  signal.addEventListener(
    'abort',
    () => {
      browser.runtime.onConnect.removeListener(onConnect);
      clearTimeout(timer);
      for (const port of ports) port.disconnect();
      ports.clear();
    },
    { once: true },
  );
  return () => {
    if (ports.size === 0 || timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      for (const port of ports) port.postMessage(PAGE_CHANGED);
    }, NOTIFY_DELAY_MS);
  };
}
