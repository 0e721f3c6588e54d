// The highlight bench reads the content script's own work from a trace of the renderer:
// which main-thread tasks are the script's, where its pass ends, what is counted apart.
import { describe, expect, it } from 'vitest';
import { scriptWork, type TraceEvent } from '../../../scripts/bench/trace';

const SCRIPT = 'chrome-extension://abc/content.js';
const PID = 7;
const MAIN = 1;

/** A main-thread task from `ms` lasting `dur` ms, with events inside it. */
function task(ms: number, dur: number, inside: Partial<TraceEvent>[] = []): TraceEvent[] {
  const ts = ms * 1000;
  return [
    { name: 'RunTask', cat: 'disabled-by-default-devtools.timeline', ph: 'X', ts, dur: dur * 1000, pid: PID, tid: MAIN },
    ...inside.map((e) => ({ name: 'x', cat: 'devtools.timeline', ph: 'X', ts: ts + 10, dur: 10, pid: PID, tid: MAIN, ...e })),
  ];
}

const commit: TraceEvent = { name: 'CommitLoad', cat: 'devtools.timeline', ph: 'X', ts: 0, dur: 10, pid: PID, tid: MAIN, args: { data: { isOutermostMainFrame: true } } };
const evaluate = { name: 'EvaluateScript', args: { data: { url: SCRIPT } } };
const pageCall = { name: 'FunctionCall', args: { data: { url: 'http://127.0.0.1/page.html' } } };
const ourMessage = { name: 'Receive mojo message', cat: 'mojom', dur: 2000, args: { chrome_mojo_event_info: { mojo_interface_tag: 'extensions.mojom.MessagePort', data_num_bytes: 316_000 } } };
const otherMessage = { name: 'Receive mojo message', cat: 'mojom', args: { chrome_mojo_event_info: { mojo_interface_tag: 'blink.mojom.ImageDownloader' } } };

/** A JS sampling profile: one sample at each `[ms, ours]`, in our script's code or the page's. */
function profile(samples: [number, boolean][]): TraceEvent[] {
  const nodes = [
    { id: 1, callFrame: { functionName: '(root)' } },
    { id: 2, parent: 1, callFrame: { functionName: 'scan', url: SCRIPT, lineNumber: 0, columnNumber: 42 } },
    { id: 3, parent: 2, callFrame: { functionName: 'exec' } },
    { id: 4, parent: 1, callFrame: { functionName: 'onload', url: 'http://127.0.0.1/page.html' } },
  ];
  let last = 0;
  const deltas = samples.map(([ms]) => {
    const d = ms * 1000 - last;
    last = ms * 1000;
    return d;
  });
  return [
    { name: 'Profile', cat: 'disabled-by-default-v8.cpu_profiler', ph: 'P', ts: 0, pid: PID, tid: 9, id: '0x1', args: { data: { startTime: 0 } } },
    {
      name: 'ProfileChunk',
      cat: 'disabled-by-default-v8.cpu_profiler',
      ph: 'P',
      ts: 0,
      pid: PID,
      tid: 9,
      id: '0x1',
      args: { data: { cpuProfile: { nodes, samples: samples.map(([, ours]) => (ours ? 3 : 4)) }, timeDeltas: deltas } },
    },
  ];
}

describe('scriptWork', () => {
  const events: TraceEvent[] = [
    commit,
    ...task(100, 4, [evaluate]),
    ...task(106, 3, [pageCall]),
    ...task(110, 5, [ourMessage]),
    ...task(120, 8),
    ...task(130, 2, [otherMessage]),
    // Another process's task is never ours.
    { name: 'RunTask', cat: 'disabled-by-default-devtools.timeline', ph: 'X', ts: 121_000, dur: 9000, pid: 99, tid: MAIN, args: { data: { url: SCRIPT } } },
    ...profile([[107, false], [121, true], [122, true], [125, true]]),
  ];

  it("counts the tasks that evaluate the script, deliver the extension's messages or sample its code, and nothing else", () => {
    const work = scriptWork(events, SCRIPT)!;
    expect(work.tasks).toBe(3);
    expect(work.workMs).toBe(4 + 5 + 8);
    expect(work.messageMs).toBe(2);
    expect(work.messageBytes).toBe(316_000);
    expect(work.longestTaskMs).toBe(8);
    expect(work.wallMs).toBe(28);
    expect(work.fromStartMs).toBe(128);
    // Samples at 121, 122, 125 ms stand for the time since the one before (or the task's start).
    expect(work.sampledMs).toBe(5);
    // A native frame's time goes to the script's frame that called it.
    expect(work.byPlace).toEqual(new Map([['scan', 5]]));
    expect(work.laterMs).toBe(0);
  });

  it('names places in the script through `locate`', () => {
    const work = scriptWork(events, SCRIPT, { locate: (line, column) => `${line}:${column}` })!;
    expect(work.byPlace).toEqual(new Map([['0:42', 5]]));
  });

  it('ends the pass at the task before the last highlight mark, and counts later tasks apart', () => {
    const mark: TraceEvent = { name: 'bench:highlight-changed', cat: 'blink.user_timing', ph: 'R', ts: 117_000, pid: PID, tid: MAIN };
    const work = scriptWork([...events, mark], SCRIPT, { doneMark: mark.name })!;
    expect(work.tasks).toBe(2);
    expect(work.workMs).toBe(9);
    expect(work.laterMs).toBe(8);
    expect(work.wallMs).toBe(15);
  });

  it('ends the pass at a gap of over a second without the script', () => {
    const work = scriptWork([...events, ...task(2000, 6, [evaluate])], SCRIPT)!;
    expect(work.workMs).toBe(17);
    expect(work.laterMs).toBe(6);
  });

  it('measures a change from the mark the driver set, and finds nothing without it', () => {
    const start: TraceEvent = { name: 'bench:append', cat: 'blink.user_timing', ph: 'R', ts: 109_000, pid: PID, tid: MAIN };
    const work = scriptWork([...events, start], SCRIPT, { startMark: start.name })!;
    expect(work.workMs).toBe(13);
    expect(work.fromStartMs).toBe(19);
    expect(scriptWork(events, SCRIPT, { startMark: 'missing' })).toBeNull();
  });
});
