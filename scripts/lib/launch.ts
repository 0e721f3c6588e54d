/**
 * Launches the real browsers with the built extension loaded: Chromium through
 * playwright-core and Firefox ESR through puppeteer-core. Used by the E2E suites,
 * `npm start` and the benchmarks.
 */
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import puppeteer, { type Browser } from 'puppeteer-core';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH, extensionArgs, FIREFOX_PATH } from './browsers';
import { DIST_DIR } from './paths';

export interface ChromiumSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  extensionDir?: string;
  headless?: boolean;
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  /**
   * Chromium only: the browser's UI language (e.g. `ko`), which `browser.i18n` follows.
   * Set through LANGUAGE, the one way Chromium on Linux takes it; needs Debian's
   * chromium-l10n for other languages than English.
   */
  uiLanguage?: string;
  /**
   * Chromium only: start with developer mode on. Without it Chromium disables an extension
   * loaded from the command line when it reloads itself (an update in place).
   */
  developerMode?: boolean;
  /**
   * Firefox only: let WebDriver BiDi script the browser's own windows
   * (`--remote-allow-system-access`), which tests use to press the extension's keyboard
   * shortcuts where the browser handles them (test/e2e/firefox-privileged.ts).
   */
  systemAccess?: boolean;
}

export async function launchChromium(options: LaunchOptions = {}): Promise<ChromiumSession> {
  const extensionDir = options.extensionDir ?? join(DIST_DIR, 'chrome');
  const userDataDir = await mkdtemp(join(tmpdir(), 'briefing-lens-chromium-'));
  if (options.developerMode) {
    await mkdir(join(userDataDir, 'Default'));
    await writeFile(join(userDataDir, 'Default', 'Preferences'), JSON.stringify({ extensions: { ui: { developer_mode: true } } }));
  }
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    args: [...CHROMIUM_ARGS, ...extensionArgs(extensionDir)],
    viewport: options.viewport ?? { width: 1280, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
    ...(options.uiLanguage ? { env: { ...process.env, LANGUAGE: options.uiLanguage } } : {}),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

export interface FirefoxSession {
  browser: Browser;
  extensionId: string;
  close(): Promise<void>;
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<FirefoxSession> {
  const extensionDir = options.extensionDir ?? join(DIST_DIR, 'firefox');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: options.headless ?? true,
    defaultViewport: options.viewport ?? { width: 1280, height: 800 },
    args: options.systemAccess ? ['--remote-allow-system-access'] : [],
    extraPrefsFirefox: {
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'app.update.enabled': false,
      'extensions.update.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      ...(options.colorScheme === 'dark' ? { 'ui.systemUsesDarkTheme': 1 } : {}),
    },
  });
  const extensionId = await browser.installExtension(extensionDir);
  return { browser, extensionId, close: () => browser.close() };
}
