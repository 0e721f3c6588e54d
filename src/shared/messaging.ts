/**
 * Typed request/reply over `browser.runtime` and `browser.tabs` messaging.
 *
 * Senders call `sendToBackground` / `sendToTab` (to one frame, or every frame when no
 * frameId is given), which unwrap `{ result } | { error }`
 * and throw `MessageError` (with the error's code and issues) on an error reply.
 * Receivers build a listener with `createRouter`, which validates every request before
 * its handler sees it and turns every failure (unknown name, malformed params, thrown
 * error) into `{ error: ErrorInfo }`.
 */
import browser from 'webextension-polyfill';
import { CodedError, errorInfo, type ErrorInfo } from './errors';
import type { BackgroundMessages, BackgroundName, Envelope, PanelMessages, Reply, TabMessages, TabName } from './messages';

export const CHANNEL = 'briefing-lens';

/** An error reply, as the sender sees it. */
export class MessageError extends CodedError {
  override name = 'MessageError';
}

type Map = Record<string, { params: unknown; result: unknown }>;

export type Handlers<M extends Map, S = unknown> = {
  [K in keyof M]: (params: M[K]['params'], sender: S) => Promise<M[K]['result']> | M[K]['result'];
};

/** A validator returns the params typed, or throws (a `CodedError` with issues says what is wrong). */
export type Validators<M extends Map> = { [K in keyof M]: (params: unknown) => M[K]['params'] };

function unwrap<R>(name: string, reply: unknown): R {
  if (reply && typeof reply === 'object') {
    if ('error' in reply) {
      const error = (reply).error;
      const info = (typeof error === 'object' && error !== null ? error : { message: error }) as Partial<ErrorInfo>;
      throw new MessageError(info.code ?? 'failed', String(info.message), info.issues, info.params);
    }
    if ('result' in reply) return (reply as { result: R }).result;
  }
  throw new MessageError('no-reply', `No reply to "${name}": the extension's background did not answer.`);
}

/** Tells the extension's open pages (side panel, options); nobody listening is not an error. */
export function notifyPages<N extends keyof PanelMessages>(name: N, params: PanelMessages[N]['params']): void {
  const envelope: Envelope<N, typeof params> = { channel: CHANNEL, name, params };
  browser.runtime.sendMessage(envelope).catch(() => {});
}

export async function sendToBackground<N extends BackgroundName>(
  name: N,
  params: BackgroundMessages[N]['params'],
): Promise<BackgroundMessages[N]['result']> {
  const envelope: Envelope<N, typeof params> = { channel: CHANNEL, name, params };
  return unwrap(name, await browser.runtime.sendMessage(envelope));
}

export async function sendToTab<N extends TabName>(
  tabId: number,
  name: N,
  params: TabMessages[N]['params'],
  frameId?: number,
): Promise<TabMessages[N]['result']> {
  const envelope: Envelope<N, typeof params> = { channel: CHANNEL, name, params };
  const reply = frameId === undefined ? browser.tabs.sendMessage(tabId, envelope) : browser.tabs.sendMessage(tabId, envelope, { frameId });
  return unwrap(name, await reply);
}

function isEnvelope(message: unknown): message is Envelope {
  return (
    !!message &&
    typeof message === 'object' &&
    (message as Envelope).channel === CHANNEL &&
    typeof (message as Envelope).name === 'string'
  );
}

/**
 * Builds an `onMessage` listener. Messages not on our channel are left alone
 * (returns undefined); ours always get a reply promise.
 */
export function createRouter<M extends Map, S = unknown>(handlers: Handlers<M, S>, validators: Validators<M>) {
  return (message: unknown, sender: S): Promise<Reply<unknown>> | undefined => {
    if (!isEnvelope(message)) return undefined;
    const name = message.name;
    if (!Object.hasOwn(handlers, name)) return Promise.resolve({ error: { code: 'unknown-message', message: `Unknown message "${name}".` } });
    return (async (): Promise<Reply<unknown>> => {
      let params: unknown;
      try {
        params = validators[name]!(message.params);
      } catch (error) {
        const info = errorInfo(error);
        return { error: { ...info, code: 'bad-params', message: `Bad parameters for "${name}": ${info.message}` } };
      }
      try {
        return { result: await handlers[name]!(params, sender) };
      } catch (error) {
        return { error: errorInfo(error) };
      }
    })();
  };
}
