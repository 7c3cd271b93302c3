import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareStrings,
  decimalColumn,
  gatherStrings,
  sortKeys,
  stringAt,
  stringColumnOf,
  type StringColumn,
} from './string-column';

const utf8 = new TextEncoder();

/** 32-bit FNV-1a of a string's UTF-8 bytes, byte by byte as the algorithm is published. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of utf8.encode(text)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash;
}

/** What `sortKeys` promises: the number for a decimal below 2^32 of at most ten ASCII digits, else the hash. */
function expectedKey(text: string): number {
  return /^[0-9]{1,10}$/.test(text) && Number(text) <= 0xffffffff ? Number(text) : fnv1a(text);
}

const strings = (column: StringColumn, count: number) => Array.from({ length: count }, (_, i) => stringAt(column, i));

/** Ids as 137 and 311 systems write them: numbers (leading zeros too), hex hashes, prefixed, Persian digits. */
const id = fc.oneof(
  fc.stringMatching(/^[0-9]{1,12}$/),
  fc.nat().map(String),
  fc.string({ unit: fc.constantFrom(...'0123456789abcdef-'), maxLength: 40 }),
  // Digits among the bytes just outside '0'…'9' (/ and :;<=>?), where a test of four bytes at once may slip.
  fc.string({ unit: fc.constantFrom(...'0123456789/:;<=>?'), minLength: 1, maxLength: 11 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom('', '0', '۱۲۳۴', ' 12', '12 ', '+12', '1e3', '4294967295', '4294967296', '0000000001'),
);

describe('sortKeys', () => {
  it('is the number of a decimal id and an FNV-1a hash of any other', () => {
    const column = stringColumnOf(['1523590121', '0', '007', '4294967295', '4294967296', '12345678901', '', 'a']);
    expect(Array.from(sortKeys(column, 8))).toEqual([
      1523590121,
      0,
      7,
      4294967295,
      fnv1a('4294967296'),
      fnv1a('12345678901'),
      0x811c9dc5,
      0xe40c292c,
    ]);
    // Published FNV-1a test vectors, so the reference above is the algorithm itself.
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });

  it('hashes digits that are not ASCII, and decimals with a sign, spaces or an exponent', () => {
    const texts = [
      '۱۲۳۴',
      '١٢٣',
      '+12',
      '-1',
      ' 12',
      '12 ',
      '1e3',
      '12a4',
      '1234567a',
      '12:4',
      '/123',
      '999?',
      '0:00:00',
    ];
    expect(Array.from(sortKeys(stringColumnOf(texts), texts.length))).toEqual(texts.map(fnv1a));
  });

  it('agrees with the rule for any ids, wherever the column’s bytes start in their buffer', () => {
    fc.assert(
      fc.property(fc.array(id, { maxLength: 40 }), fc.nat(7), (texts, shift) => {
        const plain = stringColumnOf(texts);
        // The same column with its bytes at an odd offset of a larger buffer (as a gathered column may be).
        const buffer = new Uint8Array(plain.bytes.length + shift);
        buffer.set(plain.bytes, shift);
        const shifted = { offsets: plain.offsets, bytes: buffer.subarray(shift) };
        const expected = texts.map(expectedKey);
        expect(Array.from(sortKeys(plain, texts.length))).toEqual(expected);
        expect(Array.from(sortKeys(shifted, texts.length))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('reads only the first `count` rows', () => {
    expect(Array.from(sortKeys(stringColumnOf(['12', 'x', '34']), 2))).toEqual([12, fnv1a('x')]);
  });
});

describe('decimalColumn', () => {
  it('writes each whole number as its decimal digits', () => {
    const values = [0, 7, 10, 99, 1_000_000, 4_294_967_295, 9_007_199_254_740_991];
    expect(strings(decimalColumn(values), values.length)).toEqual(values.map(String));
  });

  it('agrees with String for any whole numbers', () => {
    fc.assert(
      fc.property(fc.array(fc.maxSafeNat(), { maxLength: 50 }), (values) => {
        expect(strings(decimalColumn(values), values.length)).toEqual(values.map(String));
      }),
    );
  });
});

describe('stringColumnOf and stringAt', () => {
  it('give back every string, Persian text and emoji included', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 10 }), { maxLength: 30 }), (texts) => {
        expect(strings(stringColumnOf(texts), texts.length)).toEqual(texts);
      }),
    );
    expect(strings(stringColumnOf(['آسفالت', '', '🚧']), 3)).toEqual(['آسفالت', '', '🚧']);
  });
});

describe('gatherStrings', () => {
  it('takes the rows asked for, in that order: runs, repeats and jumps back', () => {
    const texts = ['a', 'bb', '', 'دد', 'e', 'ff'];
    const column = stringColumnOf(texts);
    const rows = [1, 2, 3, 0, 0, 5, 4];
    expect(strings(gatherStrings(column, rows), rows.length)).toEqual(rows.map((r) => texts[r]));
    expect(strings(gatherStrings(column, []), 0)).toEqual([]);
  });

  it('agrees with picking the strings one by one', () => {
    const input = fc
      .array(fc.string({ unit: 'grapheme', maxLength: 6 }), { minLength: 1, maxLength: 30 })
      .chain((texts) => fc.tuple(fc.constant(texts), fc.array(fc.nat(texts.length - 1), { maxLength: 40 })));
    fc.assert(
      fc.property(input, ([texts, rows]) => {
        const gathered = gatherStrings(stringColumnOf(texts), rows);
        expect(strings(gathered, rows.length)).toEqual(rows.map((r) => texts[r]));
        expect(gathered.bytes.length).toBe(gathered.offsets[rows.length]);
      }),
    );
  });
});

describe('compareStrings', () => {
  /** Code-point order, by the strings' code points (not UTF-16 units, whose order differs past U+FFFF). */
  const codePointOrder = (a: string, b: string) => {
    const x = [...a].map((c) => c.codePointAt(0)!);
    const y = [...b].map((c) => c.codePointAt(0)!);
    for (let k = 0; k < Math.min(x.length, y.length); k++) if (x[k] !== y[k]) return x[k]! - y[k]!;
    return x.length - y.length;
  };

  it('orders rows as their strings’ code points', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 8 });
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(Math.sign(compareStrings(stringColumnOf([a, b]), 0, 1))).toBe(Math.sign(codePointOrder(a, b)));
      }),
    );
  });

  it('puts a prefix first, and equal strings at 0', () => {
    const column = stringColumnOf(['12', '123', '12', '', 'ﬀ', '𝒜']);
    expect(compareStrings(column, 0, 1)).toBeLessThan(0);
    expect(compareStrings(column, 1, 0)).toBeGreaterThan(0);
    expect(compareStrings(column, 0, 2)).toBe(0);
    expect(compareStrings(column, 3, 0)).toBeLessThan(0);
    // U+FB00 before U+1D49C, although its UTF-16 unit is the larger.
    expect(compareStrings(column, 4, 5)).toBeLessThan(0);
  });
});
