/**
 * Performance marks the popup sets, read by the popup benchmark (scripts/bench/popup.ts).
 * Each name holds only its latest mark, so a long-open popup does not pile them up.
 * Only the bench and development builds set them (`__BENCH__`, see
 * src/shared/bench-flag.d.ts); the shipped popup leaves them out.
 */

/** "On this page" has its filled list in the DOM (startTime: ms since popup.html's navigation started). */
export const PAGE_FILLED_MARK = 'briefing-lens:page-filled';

/** Search results for a query are in the DOM; `detail.query` is the search box's text they answer. */
export const RESULTS_MARK = 'briefing-lens:results-rendered';

export function markLatest(name: string, detail?: unknown): void {
  performance.clearMarks(name);
  performance.mark(name, { detail });
}
