/**
 * Stable LSD radix sorting of index permutations by unsigned integer keys, for the clustering's two orders
 * (canonical by time and id; spatial by service, cell row, cell column). Linear time and no comparator
 * calls, which is what makes a million rows sort in tens of milliseconds.
 */

/** A sort key: `values[i]` is the key of index i, every value in [min, limit) (limit at most 2^32). */
export interface RadixKey {
  values: Uint32Array | Uint16Array;
  limit: number;
  /** The smallest value (default 0): only the range above it is sorted on. */
  min?: number;
}

/** Digits of at most 11 bits: 2048 buckets keep the scatter inside the caches. */
const MAX_DIGIT_BITS = 11;
/** Below this many indexes a comparison sort beats clearing the counters of every pass. */
const SMALL = 512;

/**
 * Sorts `order` (a list of indexes into the keys) by `keys`, most significant key first, stably: indexes
 * with equal keys keep their relative order. Returns the sorted permutation, which is either `order` or
 * `scratch` (same length); the other is left with garbage.
 */
export function radixSort(order: Uint32Array, scratch: Uint32Array, keys: readonly RadixKey[]): Uint32Array {
  if (order.length < SMALL) return comparisonSort(order, keys);
  const counts = new Uint32Array(1 << MAX_DIGIT_BITS);
  let src = order;
  let dst = scratch;
  for (let k = keys.length - 1; k >= 0; k--) {
    const key = keys[k]!;
    const min = key.min ?? 0;
    const bits = Math.ceil(Math.log2(Math.max(1, key.limit - min)));
    const passes = Math.ceil(bits / MAX_DIGIT_BITS);
    const digitBits = Math.ceil(bits / Math.max(1, passes));
    for (let pass = 0; pass < passes; pass++) {
      radixPass(src, dst, key.values, min, pass * digitBits, (1 << digitBits) - 1, counts);
      [src, dst] = [dst, src];
    }
  }
  return src;
}

/** One stable counting-sort pass of `src` into `dst` on the digit `((value − min) >>> shift) & mask`. */
function radixPass(
  src: Uint32Array,
  dst: Uint32Array,
  values: Uint32Array | Uint16Array,
  min: number,
  shift: number,
  mask: number,
  counts: Uint32Array,
): void {
  counts.fill(0, 0, mask + 1);
  const n = src.length;
  for (let i = 0; i < n; i++) {
    const digit = ((values[src[i]!]! - min) >>> shift) & mask;
    counts[digit] = counts[digit]! + 1;
  }
  countsToOffsets(counts, mask);
  for (let i = 0; i < n; i++) {
    const index = src[i]!;
    const digit = ((values[index]! - min) >>> shift) & mask;
    dst[counts[digit]!] = index;
    counts[digit] = counts[digit]! + 1;
  }
}

/** The same order for small inputs: Array.prototype.sort is stable. */
function comparisonSort(order: Uint32Array, keys: readonly RadixKey[]): Uint32Array {
  const sorted = Array.from(order).sort((a, b) => {
    for (const { values } of keys) {
      const d = values[a]! - values[b]!;
      if (d !== 0) return d;
    }
    return 0;
  });
  order.set(sorted);
  return order;
}

/** Integer keys below 2^53 in doubles: exact, and wide enough for two 25-bit fields packed together. */
export type WideKeys = Float64Array;

/** The result of `sortCarrying`: the indexes and the most significant key, both in sorted order. */
export interface Carried {
  key: WideKeys;
  payload: Uint32Array;
}

/**
 * Sorts `payload` stably by `keys` (most significant first; key k holds integers in [0, 2^bits[k]), all
 * below 2^53), moving the keys along with it. Unlike `radixSort`, each pass reads its digits from an array
 * already in the current order, sequentially, instead of looking every index's key up at a random
 * address: on millions of rows that is the difference between streaming memory and a cache miss per row.
 * The inputs are used as buffers and overwritten.
 */
export function sortCarrying(keys: readonly WideKeys[], bits: readonly number[], payload: Uint32Array): Carried {
  const n = payload.length;
  const current: WideKeys[] = [...keys];
  const spare: WideKeys[] = keys.map(() => new Float64Array(n));
  let order: Uint32Array = payload;
  let spareOrder: Uint32Array = new Uint32Array(n);
  // Only needed to move the more significant keys along while a less significant one is sorted on.
  const destination = keys.length > 1 ? new Uint32Array(n) : null;
  const counts = new Uint32Array(1 << MAX_DIGIT_BITS);
  for (let k = keys.length - 1; k >= 0; k--) {
    const passes = Math.ceil(bits[k]! / MAX_DIGIT_BITS);
    const digitBits = Math.ceil(bits[k]! / Math.max(1, passes));
    for (let pass = 0; pass < passes; pass++) {
      const moves = k > 0 ? destination : null;
      countingPass(current[k]!, spare[k]!, order, spareOrder, pass * digitBits, digitBits, counts, moves);
      for (let c = 0; c < k; c++) scatter(current[c]!, spare[c]!, moves!);
      for (let c = 0; c <= k; c++) [current[c], spare[c]] = [spare[c]!, current[c]!];
      [order, spareOrder] = [spareOrder, order];
    }
  }
  return { key: current[0]!, payload: order };
}

/**
 * One stable counting-sort pass on the digit `⌊key / 2^shift⌋ mod 2^digitBits`, moving key and index;
 * records where each element went in `moves` when other arrays must follow.
 */
function countingPass(
  key: WideKeys,
  keyOut: WideKeys,
  order: Uint32Array,
  orderOut: Uint32Array,
  shift: number,
  digitBits: number,
  counts: Uint32Array,
  moves: Uint32Array | null,
): void {
  // Dividing by a power of two is exact, and `& mask` truncates and keeps the low bits (ToInt32 is modular).
  const scale = 2 ** -shift;
  const mask = (1 << digitBits) - 1;
  counts.fill(0, 0, mask + 1);
  const n = key.length;
  for (let i = 0; i < n; i++) {
    const digit = (key[i]! * scale) & mask;
    counts[digit] = counts[digit]! + 1;
  }
  countsToOffsets(counts, mask);
  for (let i = 0; i < n; i++) {
    const value = key[i]!;
    const digit = (value * scale) & mask;
    const to = counts[digit]!;
    counts[digit] = to + 1;
    keyOut[to] = value;
    orderOut[to] = order[i]!;
    if (moves !== null) moves[i] = to;
  }
}

function scatter(src: WideKeys, dst: WideKeys, moves: Uint32Array): void {
  for (let i = 0; i < src.length; i++) dst[moves[i]!] = src[i]!;
}

/** The bits needed to tell `count` values apart (0 for one value); exact, unlike rounding Math.log2. */
export function bitsFor(count: number): number {
  let bits = 0;
  while (2 ** bits < count) bits++;
  return bits;
}

/** Turns the counts of digits 0…mask into the offset where each digit's run starts (an exclusive prefix sum). */
function countsToOffsets(counts: Uint32Array, mask: number): void {
  let sum = 0;
  for (let d = 0; d <= mask; d++) {
    const c = counts[d]!;
    counts[d] = sum;
    sum += c;
  }
}
