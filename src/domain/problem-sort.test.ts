import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { radixSort, sortCarrying } from './problem-sort';

/** Reference: a stable sort by the keys in order, then by original position. */
function referenceSort(order: number[], keys: number[][]): number[] {
  return order
    .map((index, position) => ({ index, position }))
    .sort((a, b) => {
      for (const key of keys) if (key[a.index] !== key[b.index]) return key[a.index]! - key[b.index]!;
      return a.position - b.position;
    })
    .map((e) => e.index);
}

describe('radixSort', () => {
  it('sorts stably by the keys, most significant first, on both the radix and the small path', () => {
    const keyArb = (n: number) =>
      fc.oneof(
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: n, maxLength: n }),
        fc.array(fc.nat(), { minLength: n, maxLength: n }),
        fc.array(fc.integer({ min: 0, max: 2 ** 32 - 1 }), { minLength: n, maxLength: n }),
      );
    const caseArb = fc
      .constantFrom(0, 1, 17, 2047, 2048, 5000)
      .chain((n) => fc.tuple(fc.constant(n), fc.array(keyArb(n), { minLength: 1, maxLength: 3 }), fc.integer()));
    fc.assert(
      fc.property(caseArb, ([n, keyLists, seed]) => {
        const order = Array.from({ length: n }, (_, i) => i);
        // A scrambled starting order, so stability is visible.
        for (let i = n - 1; i > 0; i--) {
          const j = Math.abs(Math.imul(seed, i + 7)) % (i + 1);
          [order[i], order[j]] = [order[j]!, order[i]!];
        }
        const keys = keyLists.map((values) => ({
          values: Uint32Array.from(values),
          limit: Math.max(1, ...values.map((v) => v + 1)),
        }));
        const sorted = radixSort(Uint32Array.from(order), new Uint32Array(n), keys);
        expect([...sorted]).toEqual(referenceSort(order, keyLists));
      }),
      { numRuns: 60 },
    );
  });
});

describe('sortCarrying', () => {
  it('sorts stably by one or two wide keys and carries the key along', () => {
    const caseArb = fc
      .constantFrom(0, 1, 17, 3000)
      .chain((n) =>
        fc.tuple(
          fc.array(fc.integer({ min: 0, max: 2 ** 20 - 1 }), { minLength: n, maxLength: n }),
          fc.array(fc.constantFrom(0, 1, 2 ** 33 - 1, 2 ** 52 + 3), { minLength: n, maxLength: n }),
        ),
      );
    fc.assert(
      fc.property(caseArb, ([high, low]) => {
        const order = high.map((_, i) => i);
        const { key, payload } = sortCarrying(
          [Float64Array.from(high), Float64Array.from(low)],
          [20, 53],
          Uint32Array.from(order),
        );
        const expected = referenceSort(order, [high, low]);
        expect([...payload]).toEqual(expected);
        expect([...key]).toEqual(expected.map((i) => high[i]));
      }),
      { numRuns: 40 },
    );
  });
});
