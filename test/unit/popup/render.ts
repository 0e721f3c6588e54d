/** Mounting Preact components in happy-dom for tests, and waiting for their messages to settle. */
import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';

export interface Mounted {
  container: HTMLElement;
  unmount: () => void;
}

export async function mount(vnode: VNode): Promise<Mounted> {
  const container = document.createElement('div');
  document.body.append(container);
  await act(() => render(vnode, container));
  return {
    container,
    unmount: () => {
      render(null, container);
      container.remove();
    },
  };
}

/** Lets pending promises (fake message replies) resolve and Preact re-render. */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}

/** Retries an assertion until it passes, letting the app settle between tries. */
export async function waitFor<T>(check: () => T, tries = 20): Promise<T> {
  let last: unknown;
  for (let i = 0; i < tries; i++) {
    try {
      return check();
    } catch (error) {
      last = error;
      await settle(1);
    }
  }
  throw last;
}

export function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export async function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function press(target: Element, key: string, init: KeyboardEventInit = {}): Promise<KeyboardEvent> {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  await act(() => {
    target.dispatchEvent(event);
  });
  return event;
}

export async function click(target: Element | null): Promise<void> {
  if (!target) throw new Error('Nothing to click');
  await act(() => {
    (target as HTMLElement).click();
  });
}

/** Changes a form control's value and fires `change` (what Preact's onChange listens to). */
export async function change(input: HTMLInputElement, value: string | boolean): Promise<void> {
  await act(() => {
    if (typeof value === 'boolean') input.checked = value;
    else input.value = value;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
