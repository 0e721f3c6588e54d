/**
 * Turns the one source manifest.json into the per-browser manifests written to
 * dist/chrome and dist/firefox.
 */
export type Target = 'chrome' | 'firefox';
export const TARGETS: readonly Target[] = ['chrome', 'firefox'];

export type Manifest = Record<string, unknown> & {
  background?: { service_worker?: string; scripts?: string[] };
  browser_specific_settings?: unknown;
  permissions?: string[];
  commands?: Record<string, unknown>;
};

/** The command that opens the side panel in Chrome (src/background/side-panel.ts). */
const SIDE_PANEL_COMMAND = 'open-side-panel';

export function manifestFor(target: Target, source: Manifest, version: string): Manifest {
  const manifest: Manifest = structuredClone(source);
  manifest.version = version;
  const worker = source.background?.service_worker;
  if (!worker) throw new Error('manifest.json: background.service_worker is required');
  if (target === 'chrome') {
    manifest.background = { service_worker: worker };
    delete manifest.browser_specific_settings;
    // Chrome's side panel is `side_panel` (with the sidePanel permission); Firefox's sidebar is `sidebar_action`.
    delete manifest.sidebar_action;
  } else {
    manifest.background = { scripts: [worker] };
    // Firefox's minimum is in browser_specific_settings.gecko.
    delete manifest.minimum_chrome_version;
    delete manifest.side_panel;
    manifest.permissions = (source.permissions ?? []).filter((p) => p !== 'sidePanel');
    // Firefox opens its sidebar from the keyboard through the reserved command, without code of ours.
    if (source.commands?.[SIDE_PANEL_COMMAND]) {
      const { [SIDE_PANEL_COMMAND]: command, ...rest } = source.commands;
      manifest.commands = { ...rest, _execute_sidebar_action: command };
    }
  }
  return manifest;
}
