/**
 * Hand-placed requests for the clustering tests: rows written in metres east and north of a point, with
 * ids as a source writes them, and the partition of a problem set as lists of ids (comparable across row
 * orders).
 */
import { allocateRequestTable, setIds, type RequestTable } from './request-table';
import { stringAt, stringColumnOf } from './string-column';
import { NO_PROBLEM, type ProblemSet } from './problem-set';

export const LON = 45.07;
export const LAT = 37.55;
export const DAY = 86_400;
export const T0 = 1_700_000_000;
/** Metres per degree, as the rule in docs/problem-rule.md defines them. */
export const M_PER_DEG_LAT = 110_540;
export const M_PER_DEG_LON = 111_320;

export interface Row {
  id: number;
  /** Metres east and north of (LON, LAT), converted with the rule's own scale at LAT. */
  east: number;
  north: number;
  at: number;
  service: number;
  district?: number;
  stage?: number;
  /** Index into REPORTERS: 0 citizen (the default), 1 the city's staff. */
  reporter?: number;
}

/**
 * Ids as a source writes them: decimal numbers (their sort key is the number), or text such as Open311's
 * hexadecimal ids (their sort key is a hash, and equal keys are compared as text).
 */
export type IdStyle = 'decimal' | 'text';
const idText = (id: number, style: IdStyle) => (style === 'decimal' ? String(id) : `4fbd${id.toString(16)}`);

/** A table of the rows, services `svc-0`…, one agency. */
export function tableOf(rows: readonly Row[], serviceCount = 3, style: IdStyle = 'decimal'): RequestTable {
  const codes = Array.from({ length: serviceCount }, (_, s) => `svc-${s}`);
  const table = allocateRequestTable(rows.length, codes, ['agency']);
  setIds(table, stringColumnOf(rows.map((r) => idText(r.id, style))));
  rows.forEach((r, i) => {
    table.lon[i] = LON + r.east / (Math.cos((LAT * Math.PI) / 180) * M_PER_DEG_LON);
    table.lat[i] = LAT + r.north / M_PER_DEG_LAT;
    table.requestedAt[i] = r.at;
    table.service[i] = r.service;
    table.stage[i] = r.stage ?? 0;
    table.reporter[i] = r.reporter ?? 0;
    table.district[i] = r.district ?? 0;
    table.neighbourhood[i] = r.district ?? 0;
  });
  return table;
}

/** A citizen's request at (east, north) metres, requested `at` seconds after T0. */
export function r(id: number, east: number, north: number, at = 0, service = 0): Row {
  return { id, east, north, at: T0 + at, service };
}

export const idOf = (table: RequestTable, row: number) => stringAt(table.ids, row);
export const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Id lists sorted, and the lists sorted by their first id. */
export function canonicalPartition(groups: string[][]): string[][] {
  return groups.map((g) => [...g].sort(byText)).sort((a, b) => byText(a[0]!, b[0]!));
}

/** The partition as sorted lists of request ids, sorted: comparable across row orders. */
export function partition(table: RequestTable, set: ProblemSet): string[][] {
  const groups = new Map<number, string[]>();
  for (let i = 0; i < table.count; i++) {
    const p = set.problemOf[i]!;
    if (p === NO_PROBLEM) continue;
    groups.set(p, [...(groups.get(p) ?? []), idOf(table, i)]);
  }
  return canonicalPartition([...groups.values()]);
}

export function sameProblem(set: ProblemSet, a: number, b: number): boolean {
  return set.problemOf[a] === set.problemOf[b];
}

/** The table rows of problem p. */
export function membersOf(set: ProblemSet, p: number): number[] {
  return [...set.members.subarray(set.memberStart[p]!, set.memberStart[p + 1]!)];
}
