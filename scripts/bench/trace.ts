/**
 * Reads a content script's own work on a page from outside: a Chromium trace (CDP
 * `Tracing`) of the page's load, with the renderer's JS sampling profile in it. A task of
 * the renderer's main thread is the content script's when it evaluates the script, calls
 * into it, delivers one of the extension's messages to it (the `extensions.mojom`
 * interfaces: the matcher bundle arrives that way, decoded in that task), or when a
 * sample taken in it has the script in its stack. Nothing inside the shipped bundle is
 * read or marked.
 */
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: Record<string, unknown> & { data?: Record<string, unknown> };
}

/** Categories: tasks and script entries (timeline), message deliveries (toplevel), the JS sampling profile. */
export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'mojom',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  'blink.user_timing',
].join(',');

export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
}

export async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const collect = (e: { value: object[] }) => events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect);
  return events;
}

export interface ScriptWork {
  /** Main-thread time of the script's tasks (whole tasks), ms. */
  workMs: number;
  /** Of which the JS samples in the script's own code and what it calls (sampling, ≈0.2 ms each), ms. */
  sampledMs: number;
  /** Of which delivering the extension's messages to the page (receiving and decoding them), ms. */
  messageMs: number;
  /** Bytes of those messages: what the frame received. */
  messageBytes: number;
  /** Longest of the script's tasks, ms. */
  longestTaskMs: number;
  tasks: number;
  /** First task's start (the script's evaluation) → last task's end, ms. */
  wallMs: number;
  /** The main frame's navigation commit (or the start mark when given) → the script's last task's end, ms. */
  fromStartMs: number;
  /** The script's tasks after the pass (answering the page's own changes), ms. */
  laterMs: number;
  /** The sampled time by place in the script (`locate`; by default the function's name), ms: where the pass's time goes. */
  byPlace: Map<string, number>;
}

interface Sample {
  t: number;
  ours: boolean;
  /** Where the sample is in our code: `locate` of the innermost frame of the script (or its function name). */
  place: string;
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url?: string; lineNumber?: number; columnNumber?: number };
}

/** Names a place in the script from a frame's 0-based line and column (e.g. its source module, through a source map). */
export type Locate = (line: number, column: number, functionName: string) => string;

/** The samples of the profiles recorded in process `pid`, in time order; `ours` when `scriptUrl` is on the stack. */
function samplesOf(events: TraceEvent[], pid: number, scriptUrl: string, locate: Locate): Sample[] {
  const profiles = new Map<string, { last: number; nodes: Map<number, ProfileNode>; raw: { id: number; t: number }[] }>();
  for (const e of events) {
    if (e.pid === pid && e.name === 'Profile' && e.id) profiles.set(e.id, { last: Number((e.args!.data as { startTime: number }).startTime), nodes: new Map(), raw: [] });
  }
  for (const e of events) {
    if (e.pid !== pid || e.name !== 'ProfileChunk' || !e.id) continue;
    const profile = profiles.get(e.id);
    if (!profile) continue;
    const data = e.args!.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] };
    for (const node of data.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
    const deltas = data.timeDeltas ?? [];
    (data.cpuProfile?.samples ?? []).forEach((id, i) => {
      profile.last += deltas[i] ?? 0;
      profile.raw.push({ id, t: profile.last });
    });
  }
  const samples: Sample[] = [];
  for (const { nodes, raw } of profiles.values()) {
    // The innermost frame of the script at or above each node, if any.
    const memo = new Map<number, string | null>();
    const placeOf = (id: number): string | null => {
      const known = memo.get(id);
      if (known !== undefined) return known;
      const node = nodes.get(id);
      let result: string | null = null;
      if (node?.callFrame.url === scriptUrl) {
        const { lineNumber = 0, columnNumber = 0, functionName } = node.callFrame;
        result = locate(lineNumber, columnNumber, functionName || '(anonymous)');
      } else if (node?.parent !== undefined) result = placeOf(node.parent);
      memo.set(id, result);
      return result;
    };
    for (const { id, t } of raw) {
      const place = placeOf(id);
      samples.push({ t, ours: place !== null, place: place ?? '' });
    }
  }
  return samples.sort((a, b) => a.t - b.t);
}

/** A gap this long between two of the script's tasks ends its pass (later tasks answer the page's own changes). */
const PASS_GAP_US = 1_000_000;

interface OurTask {
  ts: number;
  end: number;
  messageUs: number;
  messageBytes: number;
  samples: Sample[];
}

/**
 * The work of the content script at `scriptUrl` (chrome-extension://…/content.js) on the
 * main thread of the page's renderer, in a trace of one page load (from the main frame's
 * navigation commit), or of a change to a loaded page (from the User Timing mark
 * `startMark` the driver set in the page); null when the start is not in the trace.
 * The pass is the script's first run of tasks (no gap over a second); when the page's
 * probe marked `doneMark` (the highlight changed) within it, the pass ends with the task
 * before the last such mark, where the highlight was set. Later tasks are counted apart.
 */
export function scriptWork(
  events: TraceEvent[],
  scriptUrl: string,
  options: { startMark?: string; doneMark?: string; locate?: Locate } = {},
): ScriptWork | null {
  const { startMark, doneMark, locate = (_line, _column, fn) => fn } = options;
  const start = startMark
    ? events.find((e) => e.name === startMark && e.cat.includes('blink.user_timing'))
    : events.find((e) => e.name === 'CommitLoad' && e.args?.data?.isOutermostMainFrame);
  if (!start) return null;
  const { pid, tid } = start;
  const thread = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.ts >= start.ts).sort((a, b) => a.ts - b.ts);
  const tasks = thread.filter((e) => e.name === 'RunTask' && e.cat.includes('devtools.timeline'));
  const samples = samplesOf(events, pid, scriptUrl, locate);

  const ours: OurTask[] = [];
  let inner = 0;
  let s = 0;
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    while (inner < thread.length && thread[inner]!.ts < task.ts) inner++;
    let entersScript = false;
    let messageUs = 0;
    let messageBytes = 0;
    for (let k = inner; k < thread.length && thread[k]!.ts <= end; k++) {
      const e = thread[k]!;
      if (e.args?.data?.url === scriptUrl && (e.name === 'EvaluateScript' || e.name === 'FunctionCall')) entersScript = true;
      const info = e.args?.chrome_mojo_event_info as { mojo_interface_tag?: string; data_num_bytes?: number } | undefined;
      if (e.name === 'Receive mojo message' && info?.mojo_interface_tag?.startsWith('extensions.mojom.')) {
        messageUs += e.dur ?? 0;
        messageBytes += info.data_num_bytes ?? 0;
      }
    }
    while (s < samples.length && samples[s]!.t < task.ts) s++;
    const taskSamples: Sample[] = [];
    for (let k = s; k < samples.length && samples[k]!.t <= end; k++) taskSamples.push(samples[k]!);
    if (entersScript || messageUs > 0 || taskSamples.some((x) => x.ours)) ours.push({ ts: task.ts, end, messageUs, messageBytes, samples: taskSamples });
  }

  // The pass: the first run of tasks, up to the task that set the highlight when the probe saw it change.
  let n = 0;
  while (n < ours.length && (n === 0 || ours[n]!.ts - ours[n - 1]!.end < PASS_GAP_US)) n++;
  if (doneMark && n > 0) {
    const burstEnd = ours[n - 1]!.end + PASS_GAP_US;
    const marks = events.filter((e) => e.name === doneMark && e.pid === pid && e.ts >= ours[0]!.ts && e.ts <= burstEnd);
    if (marks.length > 0) {
      const done = Math.max(...marks.map((e) => e.ts));
      let k = 0;
      while (k < ours.length && ours[k]!.end <= done) k++;
      if (k > 0) n = k;
    }
  }
  const pass = ours.slice(0, n);
  const byPlace = new Map<string, number>();
  let sampledUs = 0;
  for (const task of pass) {
    // Sample k stands for the time since sample k-1.
    task.samples.forEach((sample, k) => {
      if (!sample.ours) return;
      const us = Math.max(0, sample.t - (k > 0 ? task.samples[k - 1]!.t : task.ts));
      sampledUs += us;
      byPlace.set(sample.place, (byPlace.get(sample.place) ?? 0) + us / 1000);
    });
  }
  const total = (list: OurTask[]) => list.reduce((a, t) => a + t.end - t.ts, 0) / 1000;
  return {
    workMs: total(pass),
    sampledMs: sampledUs / 1000,
    messageMs: pass.reduce((a, t) => a + t.messageUs, 0) / 1000,
    messageBytes: pass.reduce((a, t) => a + t.messageBytes, 0),
    longestTaskMs: Math.max(0, ...pass.map((t) => t.end - t.ts)) / 1000,
    tasks: pass.length,
    wallMs: n > 0 ? (pass[n - 1]!.end - pass[0]!.ts) / 1000 : 0,
    fromStartMs: n > 0 ? (pass[n - 1]!.end - start.ts) / 1000 : 0,
    laterMs: total(ours.slice(n)),
    byPlace,
  };
}
