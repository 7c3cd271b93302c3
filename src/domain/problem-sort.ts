/**
 * Stable LSD radix sorting of index permutations by unsigned integer keys, for the clustering's two orders
 * (canonical by time and id; spatial by service, cell row, cell column). Linear time and no comparator
 * calls, which is what makes a million rows sort in tens of milliseconds. Also the scratch memory that the
 * sorts and the clustering's other passes share (ScratchArena).
 */

/** A sort key: `values[i]` is the key of index i, every value in [min, limit) (limit at most 2^32). */
export interface RadixKey {
  values: Uint32Array | Uint16Array;
  limit: number;
  /** The smallest value (default 0): only the range above it is sorted on. */
  min?: number;
}

/**
 * Digits of at most 12 bits: 4096 counts (16 KiB) still fit the first-level cache, and the clustering's
 * keys take fewer passes than with 11 (a canonical key of ~45 bits four instead of five, a cell key of ~23
 * bits two instead of three).
 */
const MAX_DIGIT_BITS = 12;
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

/** The buffers `sortCarrying` moves elements into on every other pass, each at least as long as the payload. */
export interface SortSpares {
  /** One per key. */
  keys: WideKeys[];
  payload: Uint32Array;
  /** Where each element went on a pass, to move the more significant keys along: only needed for two keys or more. */
  moves: Uint32Array | null;
}

/**
 * Sorts `payload` stably by `keys` (most significant first; key k holds integers in [0, 2^bits[k]), all
 * below 2^53), moving the keys along with it. Unlike `radixSort`, each pass reads its digits from an array
 * already in the current order, sequentially, instead of looking every index's key up at a random
 * address: on millions of rows that is the difference between streaming memory and a cache miss per row.
 * The inputs and the spares are used as buffers and overwritten; the result is in one or the other.
 */
export function sortCarrying(
  keys: readonly WideKeys[],
  bits: readonly number[],
  payload: Uint32Array,
  spares: SortSpares = newSpares(keys.length, payload.length),
): Carried {
  const n = payload.length;
  const current: WideKeys[] = [...keys];
  const spare: WideKeys[] = spares.keys.map((key) => key.subarray(0, n));
  let order = payload;
  let spareOrder = spares.payload.subarray(0, n);
  const moves = keys.length > 1 ? spares.moves!.subarray(0, n) : null;
  for (let k = keys.length - 1; k >= 0; k--) {
    const { passes, digitBits } = digitsFor(bits[k]!);
    const counts = digitCounts(current[k]!, passes, digitBits);
    for (let pass = 0; pass < passes; pass++) {
      const offsets = counts.subarray(pass << digitBits, (pass + 1) << digitBits);
      // Every element has the same digit (a key's top digit often does): the pass would move nothing.
      if (offsets.includes(n)) continue;
      countsToOffsets(offsets, offsets.length - 1);
      const moved = k > 0 ? moves : null;
      countingPass(current[k]!, spare[k]!, order, spareOrder, pass * digitBits, digitBits, offsets, moved);
      for (let c = 0; c < k; c++) scatter(current[c]!, spare[c]!, moved!);
      for (let c = 0; c <= k; c++) [current[c], spare[c]] = [spare[c]!, current[c]!];
      [order, spareOrder] = [spareOrder, order];
    }
  }
  return { key: current[0]!, payload: order };
}

function newSpares(keyCount: number, n: number): SortSpares {
  return {
    keys: Array.from({ length: keyCount }, () => new Float64Array(n)),
    payload: new Uint32Array(n),
    moves: keyCount > 1 ? new Uint32Array(n) : null,
  };
}

/** Digits of at most MAX_DIGIT_BITS, as few passes as that allows, the bits spread evenly over them. */
function digitsFor(bits: number): { passes: number; digitBits: number } {
  const passes = Math.ceil(bits / MAX_DIGIT_BITS);
  return { passes, digitBits: Math.ceil(bits / Math.max(1, passes)) };
}

/**
 * The counts of every digit of every pass, pass p's at [p·2^digitBits, (p+1)·2^digitBits): one read of the
 * keys for all passes, since a pass moves elements but does not change how many have each digit.
 */
function digitCounts(key: WideKeys, passes: number, digitBits: number): Uint32Array {
  const counts = new Uint32Array(passes << digitBits);
  const mask = (1 << digitBits) - 1;
  const scale = 2 ** -digitBits;
  for (let i = 0; i < key.length; i++) {
    // Dividing by a power of two is exact, and `& mask` truncates and keeps the low bits (ToInt32 is modular).
    let value = key[i]!;
    for (let pass = 0; pass < passes; pass++) {
      const digit = (pass << digitBits) + (value & mask);
      counts[digit] = counts[digit]! + 1;
      value *= scale;
    }
  }
  return counts;
}

/**
 * One stable counting-sort pass on the digit `⌊key / 2^shift⌋ mod 2^digitBits`, moving key and index, given
 * where each digit's run starts; records where each element went in `moves` when other arrays must follow.
 */
function countingPass(
  key: WideKeys,
  keyOut: WideKeys,
  order: Uint32Array,
  orderOut: Uint32Array,
  shift: number,
  digitBits: number,
  offsets: Uint32Array,
  moves: Uint32Array | null,
): void {
  const scale = 2 ** -shift;
  const mask = (1 << digitBits) - 1;
  const n = key.length;
  for (let i = 0; i < n; i++) {
    const value = key[i]!;
    const digit = (value * scale) & mask;
    const to = offsets[digit]!;
    offsets[digit] = to + 1;
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

/**
 * Scratch memory for one clustering call: typed arrays lent out and given back when a pass is done with
 * them, so that later passes reuse them. On the machines this runs on, the first write to freshly
 * allocated memory (a page fault per 4 KiB) costs more than most passes themselves, so memory is reused
 * rather than allocated: within a call, and from one call to the next through weak references, which let
 * a call soon after another (a benchmark, a user trying radii) skip that cost while the garbage collector
 * can still take the memory back once clustering is over. Lent arrays hold whatever was there before: a
 * pass writes every element it reads.
 */
export class ScratchArena {
  /** The buffers the last call used, for the next one. */
  private static kept: WeakRef<ArrayBuffer>[] = [];
  /** Buffers that can be lent. */
  private readonly free: ArrayBuffer[];
  /** Buffers lent and not given back. */
  private readonly lent = new Set<ArrayBuffer>();
  /** Every buffer lent during this call: what the next call gets (older ones are let go). */
  private readonly used = new Set<ArrayBuffer>();

  private constructor(buffers: ArrayBuffer[]) {
    this.free = buffers;
  }

  /** An arena with the buffers the last call used, those the garbage collector has not taken back. */
  static open(): ScratchArena {
    const alive: ArrayBuffer[] = [];
    for (const ref of ScratchArena.kept) {
      const buffer = ref.deref();
      if (buffer !== undefined) alive.push(buffer);
    }
    return new ScratchArena(alive);
  }

  /** Keeps this call's buffers, weakly, for the next call; the arena is not used after this. */
  close(): void {
    ScratchArena.kept = [...this.used].map((buffer) => new WeakRef(buffer));
  }

  f64(length: number): Float64Array {
    return new Float64Array(this.take(8 * length), 0, length);
  }

  u32(length: number): Uint32Array {
    return new Uint32Array(this.take(4 * length), 0, length);
  }

  u16(length: number): Uint16Array {
    return new Uint16Array(this.take(2 * length), 0, length);
  }

  i32(length: number): Int32Array {
    return new Int32Array(this.take(4 * length), 0, length);
  }

  /** Gives the arrays' memory back for later passes; the arrays must not be used after this. */
  give(...arrays: ArrayBufferView[]): void {
    for (const array of arrays) {
      // Only what was lent, and only once: anything else is left alone.
      const buffer = array.buffer as ArrayBuffer;
      if (this.lent.delete(buffer)) this.free.push(buffer);
    }
  }

  /** The smallest free buffer of at least `bytes`, or a new one. */
  private take(bytes: number): ArrayBuffer {
    let best = -1;
    for (let b = 0; b < this.free.length; b++) {
      const size = this.free[b]!.byteLength;
      if (size >= bytes && (best < 0 || size < this.free[best]!.byteLength)) best = b;
    }
    const buffer = best >= 0 ? this.free.splice(best, 1)[0]! : new ArrayBuffer(bytes);
    this.lent.add(buffer);
    this.used.add(buffer);
    return buffer;
  }
}

/**
 * `sortCarrying` with its spares lent by the arena, which gets back every buffer but those of the result:
 * the keys and payload passed in must be the arena's too (or be given back to it by the caller).
 */
export function sortInArena(
  arena: ScratchArena,
  keys: readonly WideKeys[],
  bits: readonly number[],
  payload: Uint32Array,
): Carried {
  const n = payload.length;
  const spares: SortSpares = {
    keys: keys.map(() => arena.f64(n)),
    payload: arena.u32(n),
    moves: keys.length > 1 ? arena.u32(n) : null,
  };
  const sorted = sortCarrying(keys, bits, payload, spares);
  const used = [...keys, ...spares.keys, payload, spares.payload, ...(spares.moves ? [spares.moves] : [])];
  arena.give(...used.filter((a) => a.buffer !== sorted.key.buffer && a.buffer !== sorted.payload.buffer));
  return sorted;
}
