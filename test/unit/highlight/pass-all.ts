// A sieve that passes every block, for tests of how text is read and drawn.
import type { BlockSieve } from '../../../src/content/highlight/collect';

export const PASS_ALL: BlockSieve = { reset() {}, feed: () => true, end: () => true };
