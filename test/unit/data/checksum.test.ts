// datasetChecksum: FNV-1a 64 test vectors, key-order independence, and sensitivity to any change.
import { describe, expect, it } from 'vitest';
import { canonicalJson, datasetChecksum, fnv1a64 } from '../../../src/shared/dataset/checksum';
import { makeDataset } from '../../fixtures/dataset';

const bytes = (text: string) => new TextEncoder().encode(text);

/** The same value with every object's keys in reverse insertion order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)]));
  }
  return value;
}

describe('fnv1a64', () => {
  it('matches the published FNV-1a 64-bit test vectors', () => {
    expect(fnv1a64(bytes(''))).toBe('cbf29ce484222325');
    expect(fnv1a64(bytes('a'))).toBe('af63dc4c8601ec8c');
    expect(fnv1a64(bytes('foobar'))).toBe('85944171f73967e8');
  });

  it('hashes UTF-8 bytes of non-Latin text', () => {
    expect(fnv1a64(bytes('기시다'))).toBe('ca93d25bb693fd8a');
  });
});

describe('datasetChecksum', () => {
  it('ignores object key order and undefined fields', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: undefined, e: [3] } })).toBe('{"a":{"d":2,"e":[3]},"b":1}');
    const data = makeDataset();
    const reordered = reverseKeys(data) as typeof data;
    expect(Object.keys(reordered)[0]).toBe('aliasCollisions');
    expect(datasetChecksum(reordered)).toBe(datasetChecksum(data));
  });

  it('changes when any value changes', () => {
    const data = makeDataset();
    const before = datasetChecksum(data);
    data.quotes[0]!.venue = 'Press conference, Tokyo';
    expect(datasetChecksum(data)).not.toBe(before);
    expect(before).toMatch(/^fnv1a64:[0-9a-f]{16}$/);
  });
});
