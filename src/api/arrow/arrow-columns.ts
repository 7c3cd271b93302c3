/**
 * Reading Arrow columns of numbers, timestamps and ids into the typed arrays of a request table, a record
 * batch at a time and without a JavaScript value per row where the layout allows: numbers copied from
 * their buffers, timestamps from their int64 words, UTF-8 strings as bytes. Any other layout a tool may
 * write (large or view strings, integer ids, half floats) is read value by value: slower, never refused.
 * Categories are read in arrow-categories.ts.
 *
 * The per-row loops are functions of their own over views that start at the batch's first row: small
 * monomorphic loops are what V8's optimising compiler makes tight.
 */
import { Type, TimeUnit } from '@uwdata/flechette';
import type { StringColumn } from '../../domain/string-column';
import { ArrowFormatError, checkValues, fillNulls, isWide, nullsOf, typeName, type ArrowColumn } from './arrow-body';

const HALF_PRECISION = 0;

/** A numeric column (float or integer) into `out`; null is NaN. */
export function readNumbers(name: string, column: ArrowColumn, out: Float64Array): void {
  const { typeId, precision } = column.type;
  if (typeId !== Type.Float && typeId !== Type.Int) {
    throw new ArrowFormatError(`column "${name}" must be a float, got ${typeName(column)}`);
  }
  let row = 0;
  for (const batch of column.batches) {
    const { length, values } = batch;
    const to = out.subarray(row, row + length);
    row += length;
    if (batch.nullCount === length) {
      to.fill(NaN);
      continue;
    }
    checkValues(name, values, length);
    if (typeId === Type.Float && precision === HALF_PRECISION) {
      // Half floats are stored as their 16 bits; the library decodes them.
      for (let i = 0; i < length; i++) to[i] = Number(batch.at(i) ?? NaN);
    } else if (isWide(values)) {
      for (let i = 0; i < length; i++) to[i] = Number(values[i]!);
    } else {
      // One typed-array copy, converting float32 or integers on the way.
      to.set(values.length === length ? values : values.subarray(0, length));
    }
    const nulls = nullsOf(batch);
    if (nulls) fillNulls(nulls, to, NaN);
  }
}

const SECONDS_PER_UNIT: Record<number, number> = {
  [TimeUnit.SECOND]: 1,
  [TimeUnit.MILLISECOND]: 1e3,
  [TimeUnit.MICROSECOND]: 1e6,
  [TimeUnit.NANOSECOND]: 1e9,
};
const TWO_32 = 4_294_967_296;
const LAST_SECOND = 0xffffffff;

/**
 * A timestamp column (any unit; a zone-less timestamp is read as UTC) into whole epoch seconds; null is 0
 * (no time). An instant a Uint32 of seconds cannot hold (before 1970, after 2106) is unreadable: it reads
 * as 0 and its row is added to `unreadable` (rows in ascending order within the column).
 */
export function readSeconds(name: string, column: ArrowColumn, out: Uint32Array, unreadable: number[]): void {
  const type = column.type;
  if (type.typeId !== Type.Timestamp) {
    throw new ArrowFormatError(`column "${name}" must be a timestamp, got ${typeName(column)}`);
  }
  const perSecond = SECONDS_PER_UNIT[type.unit!];
  if (perSecond === undefined) throw new ArrowFormatError(`column "${name}" has an unknown time unit`);
  let row = 0;
  for (const batch of column.batches) {
    const { length, values } = batch;
    const to = out.subarray(row, row + length);
    const first = row;
    row += length;
    if (batch.nullCount === length) {
      to.fill(0);
      continue;
    }
    if (values.byteLength < length * 8) throw new ArrowFormatError(`column "${name}" is shorter than its length`);
    // int64 values read as two int32 halves: exact to 2^53 and no BigInt per row.
    const halves = new Int32Array(values.buffer, values.byteOffset, length * 2);
    const nulls = nullsOf(batch);
    const outside =
      perSecond !== 1
        ? scaledSeconds(halves, perSecond, nulls, to)
        : nulls
          ? wholeSecondsWithNulls(halves, nulls, to)
          : wholeSeconds(halves, to);
    if (outside) listUnreadable(halves, perSecond, nulls, to, first, unreadable);
  }
}

// The seconds loops copy the low halves and only gather the high halves: a set high half (an instant past
// 2106 or before 1970) is rare, and its rows are found by a second loop when there is one. The loops
// branch on nothing per row but their end: with branches they took 10–60 % longer. Each returns whether
// some valid instant was outside.

/** Seconds: readable exactly when the high half is zero. */
function wholeSeconds(halves: Int32Array, out: Uint32Array): boolean {
  let high = 0;
  for (let i = 0; i < out.length; i++) {
    out[i] = halves[2 * i]!;
    high |= halves[2 * i + 1]!;
  }
  return high !== 0;
}

/** The same where some are null: a null row is 0 whatever its slot holds (times are often half null). */
function wholeSecondsWithNulls(halves: Int32Array, validity: Uint8Array, out: Uint32Array): boolean {
  let high = 0;
  for (let i = 0; i < out.length; i++) {
    const valid = (validity[i >> 3]! >> (i & 7)) & 1;
    out[i] = halves[2 * i]! * valid;
    high |= halves[2 * i + 1]! * valid;
  }
  return high !== 0;
}

/** Milli-, micro- or nanoseconds (what DuckDB, pandas and polars write) down to whole seconds. */
function scaledSeconds(halves: Int32Array, perSecond: number, validity: Uint8Array | null, out: Uint32Array): boolean {
  let outside = false;
  for (let i = 0; i < out.length; i++) {
    const seconds = Math.floor(instant(halves, i) / perSecond);
    const readable = seconds >= 0 && seconds <= LAST_SECOND;
    out[i] = readable ? seconds : 0;
    outside ||= !readable;
  }
  if (validity) for (let i = 0; i < out.length; i++) out[i] = out[i]! * ((validity[i >> 3]! >> (i & 7)) & 1);
  return outside;
}

const instant = (halves: Int32Array, i: number) => halves[2 * i + 1]! * TWO_32 + (halves[2 * i]! >>> 0);

/** The rows of valid instants outside a Uint32 of seconds: 0, and listed. */
function listUnreadable(
  halves: Int32Array,
  perSecond: number,
  validity: Uint8Array | null,
  out: Uint32Array,
  first: number,
  unreadable: number[],
): void {
  for (let i = 0; i < out.length; i++) {
    if (validity && (validity[i >> 3]! & (1 << (i & 7))) === 0) continue;
    const seconds = Math.floor(instant(halves, i) / perSecond);
    if (seconds >= 0 && seconds <= LAST_SECOND) continue;
    out[i] = 0;
    unreadable.push(first + i);
  }
}

const encoder = new TextEncoder();

/**
 * A column of ids into a StringColumn with the given offsets (a row more than the column; the table's
 * own, which it allocated): UTF-8 bytes copied as they are, any other layout (large or view strings,
 * dictionary, integers) through its values. A null id is the empty string (set aside later).
 */
export function readStrings(name: string, column: ArrowColumn, offsets: Uint32Array): StringColumn {
  const count = offsets.length - 1;
  offsets[0] = 0;
  let bytes = new Uint8Array(Math.max(64, byteCount(column) ?? count * 12));
  let used = 0;
  const room = (n: number) => {
    if (used + n <= bytes.length) return;
    const next = new Uint8Array(Math.max(used + n, bytes.length * 2));
    next.set(bytes.subarray(0, used));
    bytes = next;
  };
  let row = 0;
  for (const batch of column.batches) {
    const { length, offsets: from } = batch;
    if (column.type.typeId === Type.Utf8 && from instanceof Int32Array && !nullsOf(batch)) {
      // The common case: the batch's bytes in one copy, its offsets moved to where they land.
      if (from.length <= length) throw new ArrowFormatError(`column "${name}" is shorter than its length`);
      const start = from[0]!;
      const end = from[length]!;
      if (start < 0 || end < start || end > batch.values.length) {
        throw new ArrowFormatError(`column "${name}" has offsets outside its bytes`);
      }
      room(end - start);
      bytes.set((batch.values as Uint8Array).subarray(start, end), used);
      if (!moveOffsets(from, length, used - start, offsets.subarray(row))) {
        throw new ArrowFormatError(`column "${name}" has decreasing offsets`);
      }
      row += length;
      used = offsets[row]!;
      continue;
    }
    for (let i = 0; i < length; i++, row++) {
      const value = batch.at(i);
      if (value !== null && value !== undefined) {
        const text = String(value);
        room(text.length * 3);
        used += encoder.encodeInto(text, bytes.subarray(used)).written;
      }
      offsets[row + 1] = used;
    }
  }
  return { offsets, bytes: bytes.subarray(0, used) };
}

/** The bytes of a column of plain utf8 batches, when that is what it is. */
function byteCount(column: ArrowColumn): number | null {
  if (column.type.typeId !== Type.Utf8) return null;
  let total = 0;
  for (const { offsets, length } of column.batches) {
    if (!(offsets instanceof Int32Array) || offsets.length <= length) return null;
    total += Math.max(0, offsets[length]! - offsets[0]!);
  }
  return total;
}

/** out[i] = from[i] + shift for i in 1 … length; false when an offset is smaller than the one before. */
function moveOffsets(from: Int32Array, length: number, shift: number, out: Uint32Array): boolean {
  let ordered = true;
  for (let i = 1; i <= length; i++) {
    const next = from[i]!;
    ordered = ordered && next >= from[i - 1]!;
    out[i] = next + shift;
  }
  return ordered;
}
