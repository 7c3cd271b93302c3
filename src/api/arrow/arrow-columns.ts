/**
 * Reading Arrow columns (as @uwdata/flechette decodes them) into the typed arrays of a request table, a
 * record batch at a time and without a JavaScript value per row where the layout allows: numbers and
 * timestamps straight from their buffers, dictionary-encoded categories through their dictionary, UTF-8
 * strings as bytes. Any other layout a tool may write (large or view strings, integer ids) is read value
 * by value: slower, never refused.
 */
import { Type, TimeUnit, type Column } from '@uwdata/flechette';
import type { StringColumn } from '../../domain/string-column';

/** Raised when a body is not the Arrow form the contract documents; the message names the column. */
export class ArrowFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArrowFormatError';
  }
}

// flechette's batches expose their buffers; the typings keep them loose, and this is the one place that reads them.
interface RawBatch {
  length: number;
  nullCount: number;
  validity: Uint8Array | null;
  values: ArrayLike<number> & ArrayBufferView;
  offsets?: Int32Array;
  dictionary?: Column<unknown>;
  at(index: number): unknown;
}

const batchesOf = (column: Column<unknown>) => column.data as unknown as readonly RawBatch[];

const isNull = (batch: RawBatch, i: number) =>
  batch.nullCount > 0 && batch.validity !== null && (batch.validity[i >> 3]! & (1 << (i & 7))) === 0;

const TYPE_NAMES: Record<number, string> = {
  [Type.Int]: 'int',
  [Type.Float]: 'float',
  [Type.Utf8]: 'utf8',
  [Type.LargeUtf8]: 'large_utf8',
  [Type.Utf8View]: 'utf8_view',
  [Type.Timestamp]: 'timestamp',
  [Type.Dictionary]: 'dictionary',
  [Type.Date]: 'date',
  [Type.Bool]: 'bool',
};
export const typeName = (column: Column<unknown>) => TYPE_NAMES[column.type.typeId] ?? `type ${column.type.typeId}`;

/** A numeric column (float or integer) into `out`; null is NaN. */
export function readNumbers(name: string, column: Column<unknown>, out: Float64Array): void {
  const { typeId } = column.type;
  if (typeId !== Type.Float && typeId !== Type.Int) {
    throw new ArrowFormatError(`column "${name}" must be a float, got ${typeName(column)}`);
  }
  let row = 0;
  for (const batch of batchesOf(column)) {
    const values = batch.values;
    const wide = values instanceof BigInt64Array || values instanceof BigUint64Array;
    for (let i = 0; i < batch.length; i++, row++) {
      out[row] = isNull(batch, i) ? NaN : wide ? Number(batch.at(i)) : values[i]!;
    }
  }
}

const SECONDS_PER_UNIT: Record<number, number> = {
  [TimeUnit.SECOND]: 1,
  [TimeUnit.MILLISECOND]: 1e3,
  [TimeUnit.MICROSECOND]: 1e6,
  [TimeUnit.NANOSECOND]: 1e9,
};
const TWO_32 = 4_294_967_296;

/**
 * A timestamp column (any unit; a zone-less timestamp is read as UTC) into whole epoch seconds; null is 0
 * (no time), an instant before 1970 NaN (unreadable).
 */
export function readSeconds(name: string, column: Column<unknown>, out: Float64Array): void {
  const type = column.type;
  if (type.typeId !== Type.Timestamp) {
    throw new ArrowFormatError(`column "${name}" must be a timestamp, got ${typeName(column)}`);
  }
  const perSecond = SECONDS_PER_UNIT[type.unit]!;
  let row = 0;
  for (const batch of batchesOf(column)) {
    // int64 values read as two int32 halves: exact to 2^53 and no BigInt per row.
    const halves = new Int32Array(batch.values.buffer, batch.values.byteOffset, batch.length * 2);
    for (let i = 0; i < batch.length; i++, row++) {
      if (isNull(batch, i)) {
        out[row] = 0;
        continue;
      }
      const value = halves[2 * i + 1]! * TWO_32 + (halves[2 * i]! >>> 0);
      out[row] = value < 0 ? NaN : Math.floor(value / perSecond);
    }
  }
}

/**
 * A column of category names (dictionary-encoded or plain strings) into codes: `codeOf` turns each
 * distinct name (or null) into the code stored for it.
 */
export function readCategories(
  name: string,
  column: Column<unknown>,
  out: Uint8Array | Uint16Array,
  codeOf: (value: string | null) => number,
): void {
  const { typeId } = column.type;
  if (typeId !== Type.Dictionary && typeId !== Type.Utf8 && typeId !== Type.LargeUtf8 && typeId !== Type.Utf8View) {
    throw new ArrowFormatError(`column "${name}" must hold strings (dictionary or utf8), got ${typeName(column)}`);
  }
  const nullCode = codeOf(null);
  const codes = new Map<unknown, number>();
  const code = (value: unknown) => {
    let c = codes.get(value);
    if (c === undefined) {
      c = value === null || value === undefined ? nullCode : codeOf(String(value));
      codes.set(value, c);
    }
    return c;
  };
  let row = 0;
  for (const batch of batchesOf(column)) {
    if (typeId === Type.Dictionary) {
      // One lookup per dictionary entry, then one per row through the integer keys.
      const byKey = Array.from(batch.dictionary!.toArray() as ArrayLike<unknown>, code);
      const keys = batch.values;
      if (batch.nullCount === 0) for (let i = 0; i < batch.length; i++, row++) out[row] = byKey[keys[i]!] ?? nullCode;
      else
        for (let i = 0; i < batch.length; i++, row++)
          out[row] = isNull(batch, i) ? nullCode : (byKey[keys[i]!] ?? nullCode);
    } else {
      for (let i = 0; i < batch.length; i++, row++) out[row] = isNull(batch, i) ? nullCode : code(batch.at(i));
    }
  }
}

const encoder = new TextEncoder();

/**
 * A column of ids into a StringColumn: UTF-8 bytes copied as they are, any other layout (large or view
 * strings, dictionary, integers) through its values. A null id is the empty string (set aside later).
 */
export function readStrings(column: Column<unknown>, count: number): StringColumn {
  const offsets = new Uint32Array(count + 1);
  let bytes = new Uint8Array(Math.max(64, count * 12));
  let used = 0;
  const room = (n: number) => {
    if (used + n <= bytes.length) return;
    const next = new Uint8Array(Math.max(used + n, bytes.length * 2));
    next.set(bytes.subarray(0, used));
    bytes = next;
  };
  let row = 0;
  for (const batch of batchesOf(column)) {
    if (column.type.typeId === Type.Utf8 && batch.offsets && batch.nullCount === 0) {
      // The common case, one copy of the batch's bytes and its offsets moved to where they land.
      const from = batch.offsets;
      const base = used - from[0]!;
      room(from[batch.length]! - from[0]!);
      bytes.set((batch.values as Uint8Array).subarray(from[0]!, from[batch.length]!), used);
      for (let i = 0; i < batch.length; i++) offsets[++row] = from[i + 1]! + base;
      used = offsets[row]!;
      continue;
    }
    for (let i = 0; i < batch.length; i++, row++) {
      if (!isNull(batch, i)) {
        const text = String(batch.at(i));
        room(text.length * 3);
        used += encoder.encodeInto(text, bytes.subarray(used)).written;
      }
      offsets[row + 1] = used;
    }
  }
  return { offsets, bytes: bytes.subarray(0, used) };
}
