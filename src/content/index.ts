/**
 * Content script entry: spreads the script's start over tasks of its own, so it never
 * holds the page for long. Firefox runs a content script's injection (a sandbox, the
 * compiled script) and builds the extension API objects on first use in the page's own
 * thread; with our modules' start-up on top, that was one task of 40–90 ms on a small
 * page. So the entry first leaves the injection task, then loads the API bindings
 * (webextension-polyfill, whose start-up reads `runtime.id`), then the rest of the
 * script, each behind a task boundary; start.ts splits its own work the same way.
 */
import { nextTask } from './highlight/schedule';

async function boot(): Promise<void> {
  await nextTask();
  await import('webextension-polyfill');
  await nextTask();
  const { start } = await import('./start');
  await start();
}

void boot();
