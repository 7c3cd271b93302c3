import { Type } from '@uwdata/flechette';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArrowBatch, ArrowColumn, ArrowValues } from './arrow-body';
import { readCategories } from './arrow-categories';

const NULL_CODE = 0xffff;

/** A code per distinct name, and the names back from the codes. */
function interner() {
  const values: string[] = [];
  const codeOf = (value: string | null) => {
    if (value === null) return NULL_CODE;
    if (!values.includes(value)) values.push(value);
    return values.indexOf(value);
  };
  const names = (codes: ArrayLike<number>) => Array.from(codes, (c) => (c === NULL_CODE ? null : values[c]));
  return { codeOf, names };
}

const KEY_TYPES = {
  int8: (keys: number[]) => Int8Array.from(keys),
  uint8: (keys: number[]) => Uint8Array.from(keys),
  int16: (keys: number[]) => Int16Array.from(keys),
  uint16: (keys: number[]) => Uint16Array.from(keys),
  int32: (keys: number[]) => Int32Array.from(keys),
  uint32: (keys: number[]) => Uint32Array.from(keys),
  int64: (keys: number[]) => BigInt64Array.from(keys, BigInt),
  uint64: (keys: number[]) => BigUint64Array.from(keys, BigInt),
};
type KeyType = keyof typeof KEY_TYPES;

interface DrawnBatch {
  dictionary: (string | null)[];
  keys: number[];
  nulls: boolean[];
}

/** A dictionary-encoded batch as a library hands it over: keys of the given type, a validity bitmap. */
function batchOf({ dictionary, keys, nulls }: DrawnBatch, type: KeyType): ArrowBatch {
  const validity = new Uint8Array(Math.ceil(keys.length / 8));
  nulls.forEach((isNull, i) => {
    if (!isNull) validity[i >> 3]! |= 1 << (i & 7);
  });
  const nullCount = nulls.filter(Boolean).length;
  return {
    length: keys.length,
    nullCount,
    validity: nullCount > 0 ? validity : null,
    values: KEY_TYPES[type](keys) as ArrowValues,
    offsets: null,
    dictionary,
    at: (i) => (nulls[i] ? null : (dictionary[keys[i]!] ?? null)),
  };
}

/** What a key reads as: its entry, null for a null row or a key outside the dictionary. */
function reference(batches: DrawnBatch[]): (string | null)[] {
  return batches.flatMap(({ dictionary, keys, nulls }) =>
    keys.map((key, i) => (nulls[i] || key < 0 || key >= dictionary.length ? null : dictionary[key]!)),
  );
}

const keyRange: Record<KeyType, [number, number]> = {
  int8: [-128, 127],
  uint8: [0, 255],
  int16: [-32768, 32767],
  uint16: [0, 65535],
  int32: [-(2 ** 31), 2 ** 31 - 1],
  uint32: [0, 2 ** 32 - 1],
  int64: [-(2 ** 40), 2 ** 40],
  uint64: [0, 2 ** 40],
};

function drawnBatches(type: KeyType) {
  const [min, max] = keyRange[type];
  const batch = fc
    .array(fc.constantFrom('a', 'b', 'c', 'd', null), { minLength: 1, maxLength: 6 })
    .chain((dictionary) =>
      fc
        .array(
          fc.tuple(
            // Mostly keys into the dictionary, some anywhere in the key type's range.
            fc.oneof({ arbitrary: fc.nat(dictionary.length - 1), weight: 8 }, fc.integer({ min, max })),
            fc.boolean(),
          ),
          { maxLength: 40 },
        )
        .map((rows) => ({ dictionary, keys: rows.map(([k]) => k), nulls: rows.map(([, n]) => n) })),
    );
  return fc.array(batch, { minLength: 1, maxLength: 3 });
}

describe('readCategories over dictionary keys', () => {
  it.each(Object.keys(KEY_TYPES) as KeyType[])('reads %s keys as their entries’ codes', (type) => {
    fc.assert(
      fc.property(drawnBatches(type), (batches) => {
        const column: ArrowColumn = {
          type: { typeId: Type.Dictionary },
          batches: batches.map((b) => batchOf(b, type)),
        };
        const out = new Uint16Array(batches.reduce((n, b) => n + b.keys.length, 0));
        const { codeOf, names } = interner();
        readCategories('service_code', column, out, codeOf);
        expect(names(out)).toEqual(reference(batches));
      }),
    );
  });

  it('reads batches that share a dictionary and batches with one of their own', () => {
    const shared = ['x', 'y'];
    const other = ['y', 'z'];
    const batch = (dictionary: string[], keys: number[]): DrawnBatch => ({
      dictionary,
      keys,
      nulls: keys.map(() => false),
    });
    const batches = [batch(shared, [1, 0]), batch(shared, [0, 1]), batch(other, [0, 1, 5])];
    const column: ArrowColumn = { type: { typeId: Type.Dictionary }, batches: batches.map((b) => batchOf(b, 'int16')) };
    const out = new Uint16Array(7);
    const { codeOf, names } = interner();
    readCategories('stage', column, out, codeOf);
    expect(names(out)).toEqual(['y', 'x', 'x', 'y', 'y', 'z', null]);
    // One code per name, whichever dictionary it came from.
    expect(new Set([out[0], out[3], out[4]]).size).toBe(1);
  });

  it('reads plain strings as their codes', () => {
    const texts = ['b', null, 'a', 'b'];
    const batch: ArrowBatch = {
      length: 4,
      nullCount: 1,
      validity: Uint8Array.of(0b1101),
      values: new Uint8Array(0),
      offsets: null,
      dictionary: null,
      at: (i) => texts[i],
    };
    const out = new Uint16Array(4);
    const { codeOf, names } = interner();
    readCategories('agency_responsible', { type: { typeId: Type.Utf8 }, batches: [batch] }, out, codeOf);
    expect(names(out)).toEqual(texts);
  });
});
