/** Waiting for the fake background's replies to reach the UI, and reading text the way a reader sees it. */
import { act, getDefaultNormalizer } from '@testing-library/preact';

/** Lets pending promises (fake message replies) resolve and Preact re-render. */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}

const normalise = getDefaultNormalizer();

/** An element's text with white space collapsed. */
export function text(el: Element | null | undefined): string {
  return normalise(el?.textContent ?? '');
}
