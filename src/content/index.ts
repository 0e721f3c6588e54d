/**
 * Content script entry: spreads the script's start over short tasks so it never holds
 * the page for long. Firefox runs a content script's injection (a sandbox, the compiled
 * script) in the page's own thread and builds the extension API objects there on first
 * read; with our modules' start-up on top, that was one task of 40–90 ms on a small
 * page. So the entry leaves the injection task first, has the API objects built one
 * level per task (the namespace, then `runtime`, which webextension-polyfill's start-up
 * reads), then loads the polyfill and the rest of the script behind task boundaries;
 * start.ts splits its own work the same way.
 */
import { nextTask } from './highlight/schedule';

const api = globalThis as { browser?: { runtime?: unknown } };

async function boot(): Promise<void> {
  await nextTask();
  void api.browser;
  await nextTask();
  void api.browser?.runtime;
  await nextTask();
  await import('webextension-polyfill');
  await nextTask();
  const { start } = await import('./start');
  await start();
}

void boot();
