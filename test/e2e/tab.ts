/**
 * A browser tab as the shared E2E suites drive it, the same for both drivers: navigation,
 * the pointer and keyboard, the hover card read from inside its closed shadow root, and
 * the errors the page reported; and a browser launched for the suite that uses it.
 * chromium/tab.ts and firefox/tab.ts adapt each driver's page; `page` is the driver's own,
 * for the checks only one browser can make.
 */
import { afterAll, beforeAll } from 'vitest';
import { highlightCentre, type CardView } from './card-inspect';
import type { PageLike } from './harness';

export interface Tab<P> extends PageLike {
  page: P;
  goto(url: string): Promise<unknown>;
  reload(): Promise<unknown>;
  close(): Promise<void>;
  bringToFront(): Promise<unknown>;
  /** The child frame whose URL contains `part`. */
  frame(part: string): PageLike;
  /** Moves the pointer to (x, y), in `steps` moves. */
  moveTo(x: number, y: number, steps?: number): Promise<void>;
  /** Where the first element matching `selector` is in the viewport. */
  box(selector: string): Promise<{ x: number; y: number; width: number; height: number }>;
  press(key: string): Promise<void>;
  /** Sets the viewport's size in CSS pixels. */
  resize(width: number, height: number): Promise<void>;
  card(): Promise<CardView>;
  /** Uncaught page errors so far. */
  pageErrors(): string[];
  /** Console errors and warnings so far (not the browser's 404 for the fixture server's missing tab icon). */
  consoleProblems(): string[];
  /** Console errors so far. */
  consoleErrors(): string[];
}

/** What both drivers' pages have alike. */
export interface DriverPage<F> {
  goto(url: string): Promise<unknown>;
  reload(): Promise<unknown>;
  close(): Promise<void>;
  bringToFront(): Promise<unknown>;
  frames(): F[];
}

/** Errors a driver's listeners record for a tab (see Tab.pageErrors and Tab.consoleProblems). */
export interface Recorded {
  pageErrors: string[];
  consoleProblems: string[];
  consoleErrors: string[];
}

/** A Tab over a driver's page: `adapt` turns the page or a frame into a PageLike, `own` is what differs by driver. */
export function tabOf<P extends DriverPage<F>, F extends { url(): string }>(
  page: P,
  adapt: (target: P | F) => PageLike,
  recorded: Recorded,
  own: Pick<Tab<P>, 'moveTo' | 'box' | 'press' | 'resize' | 'card'>,
): Tab<P> {
  return {
    ...adapt(page),
    ...own,
    page,
    goto: (url) => page.goto(url),
    reload: () => page.reload(),
    close: () => page.close(),
    bringToFront: () => page.bringToFront(),
    frame: (part) => {
      const frame = page.frames().find((f) => f.url().includes(part));
      if (!frame) throw new Error(`no frame ${part}`);
      return adapt(frame);
    },
    pageErrors: () => recorded.pageErrors,
    consoleProblems: () => recorded.consoleProblems,
    consoleErrors: () => recorded.consoleErrors,
  };
}

/** Launches a browser before the calling suite's tests and closes it after them; the getter gives the session. */
export function launched<S extends { close(): Promise<void> }>(launch: () => Promise<S>): () => S {
  let session: S | undefined;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(() => session?.close());
  return () => session!;
}

/** Moves the pointer onto the n-th highlight of `text` from just left of it, as a reader does; resolves to where it rests. */
export async function hover<P>(tab: Tab<P>, text: string, n = 0): Promise<{ x: number; y: number }> {
  const at = await highlightCentre(tab, text, n);
  if (!at) throw new Error(`no highlight "${text}"`);
  await tab.moveTo(at.x - 3, at.y);
  await tab.moveTo(at.x, at.y, 2);
  return at;
}

/** Texts of the ranges in the keyboard-focus highlight. */
export function focusedTexts(page: PageLike): Promise<string[]> {
  return page.evaluate(
    () =>
      [...(CSS.highlights.get('briefing-lens-focus') ?? [])].map((r) => {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        return live.toString();
      }),
    null,
  );
}
