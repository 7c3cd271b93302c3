/**
 * A refresh with `updated_after`: the worker merges a change (the records of a few minutes) into the
 * requests it holds, by id, and derives the figures' tables again (problems, hexbin grid, what the map
 * draws). The baseline, interleaved in the same process, is a full load of the same requests settled from
 * scratch. At 100k and 1M rows; the change holds 30 requests closed since and 60 new ones, as five minutes
 * of the live demo city do. Decoding is left out on both sides (decode-arrow times it).
 */
import { DEFAULT_PROBLEM_OPTIONS } from '../../src/domain/problem-options';
import { NO_AREA, setIds, type RequestTable } from '../../src/domain/request-table';
import type { DecodedRequests } from '../../src/domain/request-table-builder';
import { EMPTY_LEDGER, NOTHING_SET_ASIDE } from '../../src/domain/set-aside';
import { decimalColumn } from '../../src/domain/string-column';
import { STAGES } from '../../src/domain/vocabulary';
import { settleChange, settleLoad } from '../../src/workers/loaded-requests';
import type { BeginLoad } from '../../src/workers/request-protocol';
import { round, roundRatio, timeInterleaved, timed, withBaseline, type BenchEntry, type BenchGroup } from '../harness';
import { headOf, syntheticAtSizes, syntheticRequests } from '../synthetic';
import { districts, neighbourhoodDistrict, neighbourhoods } from './pipeline';

const SIZES = [
  { n: 100_000, runs: 9 },
  { n: 1_000_000, runs: 5 },
];
const CLOSED = 30;
const ARRIVED = 60;
/** The synthetic city's ids: 1,000,000 + its row. */
const FIRST_ID = 1_000_000;

function loadInputs(table: RequestTable): BeginLoad {
  return {
    type: 'begin',
    id: 0,
    session: 1,
    services: table.serviceCodes.map((code) => ({ code, group: code, slaHours: 72, jurisdiction: 'municipal' })),
    timeZone: 'UTC',
    districts: districts.features.map((f) => f.geometry),
    neighbourhoods: neighbourhoods.features.map((f) => f.geometry),
    neighbourhoodDistrict,
    cityCentre: [45.07, 37.55],
    problemOptions: DEFAULT_PROBLEM_OPTIONS,
  };
}

function decoded(table: RequestTable): DecodedRequests {
  return {
    table,
    setAside: NOTHING_SET_ASIDE,
    setAsideLedger: EMPTY_LEDGER,
    districtIds: [],
    apiDistrict: new Uint16Array(table.count).fill(NO_AREA),
  };
}

/** Requests of the table closed since (spread over it) and new ones after its last row. */
function changeOf(table: RequestTable): RequestTable {
  const change = syntheticRequests(CLOSED + ARRIVED, 7);
  const resolved = STAGES.indexOf('resolved');
  const ids = new Uint32Array(change.count);
  const step = Math.floor(table.count / CLOSED);
  for (let k = 0; k < CLOSED; k++) {
    const row = k * step;
    for (const column of ['lon', 'lat', 'requestedAt', 'service'] as const) change[column][k] = table[column][row]!;
    change.stage[k] = resolved;
    change.closedAt[k] = change.updatedAt[k] = table.requestedAt[row]! + 86_400;
    ids[k] = FIRST_ID + row;
  }
  for (let k = CLOSED; k < change.count; k++) ids[k] = FIRST_ID + table.count + k;
  setIds(change, decimalColumn(ids));
  return change;
}

export const refreshGroup: BenchGroup = {
  name: 'refresh',
  run: () => {
    const entries: BenchEntry[] = [];
    for (const [{ n, runs }, table] of syntheticAtSizes(SIZES)) {
      const inputs = loadInputs(table);
      const held = settleLoad(inputs, decoded(headOf(table, table.count)), 0, []).loaded;
      const change = decoded(changeOf(table));
      // The same requests as after the change, for the full load to settle.
      const after = settleChange(held, change, 1).loaded.table;
      const [merge, full] = timeInterleaved(
        [() => settleChange(held, change, 1), () => settleLoad(inputs, decoded(after), 2, [])],
        runs,
      );
      const entry: BenchEntry = {
        name: 'refresh-change',
        n,
        ...timed(merge!),
        note: `${CLOSED + ARRIVED} records merged by id, then problems, hexbins and drawable requests derived again; change ÷ full load = ${round(merge!.ms / full!.ms)} (rounds' own ratios: ${round(roundRatio(merge!, full!))})`,
      };
      entries.push(withBaseline(entry, 'a full load of the same requests, settled from scratch', full!));
    }
    return entries;
  },
};
