/**
 * The bench's other Arrow decoder: apache-arrow (the reference JavaScript implementation) reads the IPC
 * stream, and the same readers and rules as the shipped decoder (src/api/arrow) read its buffers into the
 * same request table. Everything but the library is shared, so the two decoders' times differ by what the
 * libraries do: parse the stream, and hand over their buffers. Not shipped: the app decodes with
 * @uwdata/flechette (14 kB gzipped against 52 kB for the
 * whole of apache-arrow, minified).
 */
import { makeVector, tableFromIPC, type Data, type Vector } from 'apache-arrow';
import type { ArrowBatch, ArrowBody, ArrowType, ArrowValues } from '../src/api/arrow/arrow-body';
import { readArrowRequests } from '../src/api/arrow/arrow-requests';
import type { DecodedRequests } from '../src/domain/request-table-builder';

/** A dictionary's values, the same array for every batch that shares the dictionary. */
const dictionaries = new WeakMap<Vector, unknown[]>();
function dictionaryValues(dictionary: Vector): unknown[] {
  let values = dictionaries.get(dictionary);
  if (!values) {
    values = Array.from(dictionary);
    dictionaries.set(dictionary, values);
  }
  return values;
}

function batchOf(data: Data): ArrowBatch {
  const vector = makeVector(data);
  return {
    length: data.length,
    nullCount: data.nullCount,
    validity: data.nullBitmap ?? null,
    values: data.values as ArrowValues,
    offsets: (data.valueOffsets as ArrowValues | undefined) ?? null,
    dictionary: data.dictionary ? dictionaryValues(data.dictionary) : null,
    at: (i) => vector.get(i),
  };
}

/** An IPC stream read by apache-arrow, in the shape the readers take. */
export function readApacheArrowBody(bytes: Uint8Array): ArrowBody {
  const table = tableFromIPC(bytes);
  return {
    numRows: table.numRows,
    column(name) {
      const found = table.getChild(name);
      if (!found) return null;
      const { typeId, unit, precision } = found.type as { typeId: number; unit?: number; precision?: number };
      const type: ArrowType = { typeId, unit, precision };
      return { type, batches: found.data.map(batchOf) };
    },
  };
}

/** The requests of an IPC stream, read by apache-arrow. */
export function decodeWithApacheArrow(bytes: Uint8Array, knownService: (code: string) => boolean): DecodedRequests {
  return readArrowRequests(readApacheArrowBody(bytes), knownService);
}
