/**
 * Turns the one source manifest.json into the per-browser manifests written to
 * dist/chrome and dist/firefox.
 */
export type Target = 'chrome' | 'firefox';
export const TARGETS: readonly Target[] = ['chrome', 'firefox'];

export type Manifest = Record<string, unknown> & {
  background?: { service_worker?: string; scripts?: string[] };
  browser_specific_settings?: unknown;
};

export function manifestFor(target: Target, source: Manifest, version: string): Manifest {
  const manifest: Manifest = structuredClone(source);
  manifest.version = version;
  const worker = source.background?.service_worker;
  if (!worker) throw new Error('manifest.json: background.service_worker is required');
  if (target === 'chrome') {
    manifest.background = { service_worker: worker };
    delete manifest.browser_specific_settings;
  } else {
    manifest.background = { scripts: [worker] };
    // Firefox's minimum is in browser_specific_settings.gecko.
    delete manifest.minimum_chrome_version;
  }
  return manifest;
}
