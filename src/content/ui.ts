/**
 * The extension's UI in the page: one `<briefing-lens-ui>` host element appended to
 * <html> (never <body>, so page transforms and layouts do not reach it) on first use,
 * and the hover card controller living in its closed shadow root.
 */
import type { Settings } from '../shared/settings';
import { UI_HOST_TAG } from './highlight/collect';
import type { Mark } from './highlight/registry';

export interface ContentUi {
  /** The host element (created and attached on first call). */
  host(): Element;
  open(mark: Mark, id: string, options: { byKeyboard: boolean }): void;
  hideSoon(): void;
  hideAll(): void;
  isPointInside(x: number, y: number): boolean;
}

export interface UiOptions {
  signal: AbortSignal;
  settings: () => Settings;
  /** Called when the extension behind this script is gone (updated or removed). */
  orphaned: () => void;
}

export function createUi({ signal }: UiOptions): ContentUi {
  let host: HTMLElement | null = null;
  const ensureHost = (): Element => {
    if (!host) {
      host = document.createElement(UI_HOST_TAG);
      document.documentElement.appendChild(host);
    }
    return host;
  };
  signal.addEventListener('abort', () => host?.remove(), { once: true });
  return {
    host: ensureHost,
    open: () => {},
    hideSoon: () => {},
    hideAll: () => {},
    isPointInside: () => false,
  };
}
