/** Small hand-made request tables for the domain tests. */
import type { AggregateOptions } from './aggregate';
import type { RequestFilter } from './request-filter';
import { allocateRequestTable, setIds, type RequestTable } from './request-table';
import { stringColumnOf } from './string-column';
import { STAGES, type Stage } from './vocabulary';

export interface TestRow {
  lon?: number;
  lat?: number;
  requestedAt: number;
  closedAt?: number;
  service?: number;
  stage?: Stage;
  district?: number;
  neighbourhood?: number;
}

/** A table of the rows, with services s0…s(n-1) and one agency. */
export function tableOf(rows: TestRow[], serviceCount = 3): RequestTable {
  const codes = Array.from({ length: serviceCount }, (_, i) => `s${String(i)}`);
  const table = allocateRequestTable(rows.length, codes, ['municipality']);
  rows.forEach((row, i) => {
    table.lon[i] = row.lon ?? 45.07;
    table.lat[i] = row.lat ?? 37.55;
    table.requestedAt[i] = row.requestedAt;
    table.updatedAt[i] = row.closedAt ?? row.requestedAt;
    table.closedAt[i] = row.closedAt ?? 0;
    table.service[i] = row.service ?? 0;
    table.stage[i] = STAGES.indexOf(row.stage ?? (row.closedAt ? 'resolved' : 'received'));
    if (row.district !== undefined) table.district[i] = row.district;
    if (row.neighbourhood !== undefined) table.neighbourhood[i] = row.neighbourhood;
  });
  setIds(table, stringColumnOf(rows.map((_, i) => String(i + 1))));
  return table;
}

/** Counts per stage as {stage: count}, zero counts left out: expectations that read as the stages they mean. */
export function byStageName(counts: ArrayLike<number>): Partial<Record<Stage, number>> {
  return Object.fromEntries(Array.from(counts).flatMap((n, i) => (n > 0 ? [[STAGES[i]!, n]] : [])));
}

/** The KPI tests' month: from KPI_T0 to KPI_NOW. */
export const KPI_T0 = 1_760_000_000;
export const KPI_NOW = KPI_T0 + 30 * 86_400;

/** Options of the KPI tests: s0 must close within 48 hours, s1 within 10 days, s2 has no target. */
export const KPI_OPTIONS: AggregateOptions = {
  now: KPI_NOW,
  slaHours: Float64Array.from([48, 240, Infinity]),
  districtCount: 2,
  neighbourhoodCount: 3,
  // Five weeks from KPI_T0: the month and a few days beyond it.
  binBounds: Array.from({ length: 6 }, (_, k) => KPI_T0 + k * 7 * 86_400),
};

/** A filter every request of [from, to) passes. */
export function everyRequest(from: number, to: number): RequestFilter {
  return { from, to, serviceMask: null, status: 'all', district: null, neighbourhood: null };
}
