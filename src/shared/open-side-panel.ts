/**
 * Opens the extension's side panel: Chrome's `sidePanel` in a window, Firefox's sidebar.
 * Both browsers allow it only in direct response to a user action (a click in the popup, a
 * context-menu item, a shortcut), so callers call it synchronously from that action's handler.
 */
import browser from 'webextension-polyfill';

interface PanelApis {
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

export function openSidePanel(windowId: number | undefined): Promise<void> {
  const apis = browser as unknown as PanelApis;
  if (apis.sidebarAction) return apis.sidebarAction.open();
  if (apis.sidePanel && windowId !== undefined) return apis.sidePanel.open({ windowId });
  return Promise.reject(new Error('This browser has no side panel for extensions.'));
}
