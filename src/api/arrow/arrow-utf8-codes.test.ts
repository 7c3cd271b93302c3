import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringColumnOf } from '../../domain/string-column';
import { Utf8Codes } from './arrow-utf8-codes';

/** A batch's utf8 buffers: int32 offsets and the bytes, as an Arrow writer lays them out. */
function utf8Batch(texts: readonly string[]) {
  const { offsets, bytes } = stringColumnOf(texts);
  return { offsets: Int32Array.from(offsets), bytes };
}

describe('Utf8Codes', () => {
  it('gives each distinct text one code, asking codeOf once for it, across batches', () => {
    const text = fc.oneof(
      fc.constantFrom('', 'pothole', 'چاله', 'streetlight'),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(text, { maxLength: 50 }), { minLength: 1, maxLength: 3 }), (batches) => {
        const asked: string[] = [];
        const codes = new Utf8Codes((value) => {
          asked.push(value);
          return asked.length - 1;
        });
        const read = batches.flatMap((texts) => {
          const { offsets, bytes } = utf8Batch(texts);
          const out = new Uint16Array(texts.length);
          codes.read(offsets, bytes, out);
          return Array.from(out);
        });
        expect(read.map((code) => asked[code])).toEqual(batches.flat());
        expect(new Set(asked).size).toBe(asked.length);
      }),
    );
  });

  it('holds thousands of distinct texts (its table and byte store grow)', () => {
    const texts = Array.from({ length: 5_000 }, (_, i) => `service-${(i * 7919) % 5_000}-${'x'.repeat(i % 40)}`);
    const names: string[] = [];
    const codes = new Utf8Codes((value) => names.push(value) - 1);
    const { offsets, bytes } = utf8Batch([...texts, ...texts]);
    const out = new Uint16Array(texts.length * 2);
    codes.read(offsets, bytes, out);
    expect(Array.from(out, (code) => names[code])).toEqual([...texts, ...texts]);
    expect(names).toHaveLength(texts.length);
  });
});
