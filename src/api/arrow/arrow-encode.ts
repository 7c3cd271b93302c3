/**
 * Writes requests as the contract's Arrow IPC stream (see arrow-requests.ts for the columns): what the demo
 * city serves at `GET /requests.arrow` and `npm run demo:export` writes, and what the tests and the bench
 * decode. Categories are dictionary-encoded (8-bit keys for the fixed vocabularies, 16-bit for the rest);
 * times are UTC timestamps in seconds.
 */
import {
  TimeUnit,
  dictionary,
  float64,
  int16,
  int8,
  tableFromArrays,
  tableToIPC,
  timestamp,
  utf8,
} from '@uwdata/flechette';
import { NO_AREA, NO_TIME, type RequestTable } from '../../domain/request-table';
import { stringAt } from '../../domain/string-column';
import { CHANNELS, FIRST_CLOSED_STAGE, REPORTERS, STAGES } from '../../domain/vocabulary';
import { ARROW_COLUMNS as C } from './arrow-requests';

export interface ArrowSource {
  table: RequestTable;
  /** Rows to write, in order (every row when absent). */
  rows?: ArrayLike<number>;
  /** District per table row as the API knows it (index into `districtIds`), NO_AREA when it does not. */
  district: Uint16Array;
  districtIds: readonly string[];
}

const category = () => dictionary(utf8(), int16());
/** The fixed vocabularies (stage, status, channel, reporter) have a few names: a byte a row is room enough. */
const vocabulary = () => dictionary(utf8(), int8());

/** The requests of `source` as an Arrow IPC stream. */
export function encodeArrowRequests({ table, rows, district, districtIds }: ArrowSource): Uint8Array {
  const order = rows ?? Uint32Array.from({ length: table.count }, (_, i) => i);
  const pick = <T>(value: (row: number) => T): T[] => Array.from(order, value);
  const time = (column: Uint32Array) => pick((r) => (column[r] === NO_TIME ? null : column[r]! * 1000));
  const arrow = tableFromArrays(
    {
      [C.id]: pick((r) => stringAt(table.ids, r)),
      [C.service]: pick((r) => table.serviceCodes[table.service[r]!]!),
      [C.status]: pick((r) => (table.stage[r]! >= FIRST_CLOSED_STAGE ? 'closed' : 'open')),
      [C.stage]: pick((r) => STAGES[table.stage[r]!]!),
      [C.lon]: Float64Array.from(order, (r) => table.lon[r]!),
      [C.lat]: Float64Array.from(order, (r) => table.lat[r]!),
      [C.requested]: time(table.requestedAt),
      [C.updated]: time(table.updatedAt),
      [C.closed]: time(table.closedAt),
      [C.expected]: time(table.dueAt),
      [C.agency]: pick((r) => table.agencies[table.agency[r]!] || null),
      [C.channel]: pick((r) => CHANNELS[table.channel[r]!]!),
      [C.reporter]: pick((r) => REPORTERS[table.reporter[r]!]!),
      [C.district]: pick((r) => (district[r] === NO_AREA ? null : (districtIds[district[r]!] ?? null))),
    },
    {
      types: {
        [C.id]: utf8(),
        [C.service]: category(),
        [C.status]: vocabulary(),
        [C.stage]: vocabulary(),
        [C.lon]: float64(),
        [C.lat]: float64(),
        [C.requested]: timestamp(TimeUnit.SECOND, 'UTC'),
        [C.updated]: timestamp(TimeUnit.SECOND, 'UTC'),
        [C.closed]: timestamp(TimeUnit.SECOND, 'UTC'),
        [C.expected]: timestamp(TimeUnit.SECOND, 'UTC'),
        [C.agency]: category(),
        [C.channel]: vocabulary(),
        [C.reporter]: vocabulary(),
        [C.district]: category(),
      },
    },
  );
  return tableToIPC(arrow, { format: 'stream' })!;
}
