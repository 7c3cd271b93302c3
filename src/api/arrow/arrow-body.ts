/**
 * An Arrow IPC body as the request decoder reads it: each column's type and its record batches' buffers,
 * as plain typed arrays. The readers (arrow-columns.ts) see only this shape, never a library's classes, so
 * @uwdata/flechette's decode (shipped, `readArrowBody`) and apache-arrow's (the bench's comparison) run
 * the same reading of the same buffers.
 */
import { Type, tableFromIPC, type Batch, type Column } from '@uwdata/flechette';

/** Raised when a body is not the Arrow form the contract documents; the message names the column. */
export class ArrowFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArrowFormatError';
  }
}

export type ArrowValues =
  | Int8Array
  | Uint8Array
  | Int16Array
  | Uint16Array
  | Int32Array
  | Uint32Array
  | Float32Array
  | Float64Array
  | BigInt64Array
  | BigUint64Array;

/** One record batch of a column. */
export interface ArrowBatch {
  length: number;
  nullCount: number;
  /** Validity bitmap, a set bit for a value; absent or empty when no value is null. */
  validity: Uint8Array | null;
  /** Numbers, int64 words of timestamps, UTF-8 bytes of strings, or the keys of a dictionary. */
  values: ArrowValues;
  /** Start of each string in `values` (utf8: int32; large_utf8: int64). */
  offsets: ArrowValues | null;
  /** A dictionary-encoded batch's dictionary: the same array for every batch that shares it. */
  dictionary: ArrayLike<unknown> | null;
  /** Row i's value as the library reads it (null when null), for the layouts not read from buffers. */
  at(i: number): unknown;
}

/** The parts of an Arrow data type the readers look at (the numbers are the Arrow format's own). */
export interface ArrowType {
  typeId: number;
  /** Timestamps: TimeUnit. */
  unit?: number;
  /** Floats: 0 half, 1 single, 2 double. */
  precision?: number;
}

export interface ArrowColumn {
  type: ArrowType;
  batches: readonly ArrowBatch[];
}

export interface ArrowBody {
  numRows: number;
  /** The first column of that name, or null. */
  column(name: string): ArrowColumn | null;
}

/** The validity bitmap of a batch with nulls, or null when every value is valid. */
export const nullsOf = (batch: ArrowBatch) => (batch.nullCount > 0 ? batch.validity! : null);

/** Sets row i of `out` to `value` for every null row i (nulls are few: a whole byte of valid rows is skipped). */
export function fillNulls(
  validity: Uint8Array,
  out: Float64Array | Uint32Array | Uint16Array | Uint8Array,
  value: number,
) {
  for (let byte = 0; byte << 3 < out.length; byte++) {
    const bits = validity[byte]!;
    if (bits === 0xff) continue;
    const end = Math.min(out.length, (byte + 1) << 3);
    for (let i = byte << 3; i < end; i++) if ((bits & (1 << (i & 7))) === 0) out[i] = value;
  }
}

export const isWide = (values: ArrowValues): values is BigInt64Array | BigUint64Array =>
  values instanceof BigInt64Array || values instanceof BigUint64Array;

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
/** The Arrow name of a column's type, for messages. */
export const typeName = (column: ArrowColumn) => TYPE_NAMES[column.type.typeId] ?? `type ${column.type.typeId}`;

/**
 * Checks what every reader relies on before it allocates or loops: the column holds `numRows` rows, and a
 * batch that says it has nulls has a bitmap covering its rows. A damaged length would otherwise read past
 * the buffers (typed arrays answer undefined there, silently).
 */
export function checkColumn(name: string, column: ArrowColumn, numRows: number): void {
  let rows = 0;
  for (const batch of column.batches) {
    rows += batch.length;
    // A batch of nothing but nulls needs no bitmap (Arrow's null type has none).
    const someNull = batch.nullCount > 0 && batch.nullCount < batch.length;
    if (someNull && (batch.validity?.length ?? 0) < Math.ceil(batch.length / 8)) {
      throw new ArrowFormatError(`column "${name}" has nulls but no validity bitmap for them`);
    }
  }
  if (rows !== numRows) throw new ArrowFormatError(`column "${name}" has ${rows} rows, the body ${numRows}`);
}

/** Checks that a batch's values buffer holds `count` values. */
export function checkValues(name: string, values: ArrowValues, count: number): void {
  if (values.length < count) throw new ArrowFormatError(`column "${name}" is shorter than its length`);
}

interface FlechetteBatch {
  length: number;
  nullCount: number;
  validity?: Uint8Array | null;
  values: ArrowValues;
  offsets?: ArrowValues | null;
  dictionary?: Column<unknown>;
}

function fromFlechette(batch: Batch<unknown>): ArrowBatch {
  // flechette's batches keep their buffers as fields its typings leave out; this is the one place that reads them.
  const raw = batch as unknown as FlechetteBatch;
  return {
    length: raw.length,
    nullCount: raw.nullCount,
    validity: raw.validity ?? null,
    values: raw.values,
    offsets: raw.offsets ?? null,
    dictionary: raw.dictionary ? (raw.dictionary.cache() as ArrayLike<unknown>) : null,
    at: (i) => batch.at(i),
  };
}

/**
 * Reads an IPC stream with @uwdata/flechette. The buffers stay views of `bytes` (no copy); 64-bit integers
 * come as BigInt, so an int64 id is read exactly, whatever its size.
 */
export function readArrowBody(bytes: Uint8Array): ArrowBody {
  const table = tableFromIPC(bytes, { useBigInt: true });
  return {
    numRows: table.numRows,
    column(name) {
      const found = table.getChild(name) as Column<unknown> | undefined;
      return found ? { type: found.type as ArrowType, batches: found.data.map(fromFlechette) } : null;
    },
  };
}
