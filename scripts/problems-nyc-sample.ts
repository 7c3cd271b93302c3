/**
 * The distinct-problem rule on real data: NYC 311's export sample (../shared/fixtures/nyc-311, when it is
 * at hand; it is not part of the project), clustered as plain single link and with the max span, and the
 * difference printed: problem count, the largest problem, the problems wider than the span.
 *
 *   node --import tsx scripts/problems-nyc-sample.ts [path to 311_subset.micro.csv]
 *
 * Rows read with papaparse (as the file import reads CSV), then: the city's 41 columns, `Created Date` as
 * New York local time read as UTC (clustering only compares times, and an hour either way at a clock change moves no pair across a
 * 30-day window edge in this sample), the complaint type as the category, no coordinates or no closure
 * as the table has them. NYC's export does not say who filed a request, so every row is a citizen's.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { clusterRequests } from '../src/domain/problem-clustering';
import type { ProblemOptions } from '../src/domain/problem-options';
import { memberCount, type ProblemSet } from '../src/domain/problem-set';
import { allocateRequestTable, NO_AREA, setIds, type RequestTable } from '../src/domain/request-table';
import { stringColumnOf } from '../src/domain/string-column';
import { stageOfStatus } from '../src/domain/vocabulary';

const SAMPLE = 'shared/fixtures/nyc-311/311_subset.micro.csv';
/** Beside the checkout (../shared), or beside the folder of worktrees the checkout is one of. */
const PLACES = [`../../${SAMPLE}`, `../../../${SAMPLE}`].map((p) => fileURLToPath(new URL(p, import.meta.url)));
const M_PER_DEG_LAT = 110_540;
const M_PER_DEG_LON = 111_320;

/** `03/01/2011 02:27:57 PM` → epoch seconds, the wall clock read as UTC. */
function nycTime(text: string): number {
  const m = /^(\d\d)\/(\d\d)\/(\d{4}) (\d\d):(\d\d):(\d\d) (AM|PM)$/.exec(text.trim());
  if (!m) return NaN;
  const hour = (Number(m[4]) % 12) + (m[7] === 'PM' ? 12 : 0);
  return Date.UTC(Number(m[3]), Number(m[1]) - 1, Number(m[2]), hour, Number(m[5]), Number(m[6])) / 1000;
}

function readSample(path: string): RequestTable {
  // papaparse, as the app's file import reads CSV.
  const parsed = Papa.parse<string[]>(readFileSync(path, 'utf8'), { skipEmptyLines: true });
  const [header, ...records] = parsed.data;
  const col = (name: string) => header!.indexOf(name);
  const [id, created, type, status, lat, lon] = [
    col('Unique Key'),
    col('Created Date'),
    col('Complaint Type'),
    col('Status'),
    col('Latitude'),
    col('Longitude'),
  ];
  const types = [...new Set(records.map((r) => r[type]!))].sort();
  const table = allocateRequestTable(records.length, types, ['']);
  records.forEach((r, i) => {
    const x = r[lon] ? Number(r[lon]) : NaN;
    const y = r[lat] ? Number(r[lat]) : NaN;
    table.lon[i] = x;
    table.lat[i] = y;
    table.requestedAt[i] = nycTime(r[created]!);
    table.service[i] = types.indexOf(r[type]!);
    table.stage[i] = stageOfStatus(r[status] === 'Closed' ? 'closed' : 'open');
    // One district for the whole city; no coordinates, set aside as district assignment would.
    table.district[i] = Number.isFinite(x) && Number.isFinite(y) ? 0 : NO_AREA;
  });
  setIds(table, stringColumnOf(records.map((r) => r[id]!)));
  return table;
}

/** Per problem: its size and its bounding-box diagonal in metres (the rule's projection at the row's latitude). */
function describe(table: RequestTable, set: ProblemSet) {
  const spans: { size: number; span: number; service: string }[] = [];
  for (let p = 0; p < set.count; p++) {
    const rows = set.members.subarray(set.memberStart[p]!, set.memberStart[p + 1]!);
    const lats = Array.from(rows, (r) => table.lat[r]!);
    const lons = Array.from(rows, (r) => table.lon[r]!);
    const kx = Math.cos((lats[0]! * Math.PI) / 180) * M_PER_DEG_LON;
    const span = Math.hypot(
      (Math.max(...lons) - Math.min(...lons)) * kx,
      (Math.max(...lats) - Math.min(...lats)) * M_PER_DEG_LAT,
    );
    spans.push({ size: memberCount(set, p), span, service: table.serviceCodes[set.service[p]!]! });
  }
  spans.sort((a, b) => b.size - a.size || b.span - a.span);
  const multi = spans.filter((s) => s.size > 1);
  return {
    problems: set.count,
    clustered: table.count - set.excluded,
    withDuplicates: multi.length,
    largest: spans[0] ? `${spans[0].size} requests, ${spans[0].span.toFixed(0)} m (${spans[0].service})` : '-',
    widest: Math.max(0, ...spans.map((s) => s.span)).toFixed(0) + ' m',
    widerThan250m: spans.filter((s) => s.span > 250).length,
    top: multi.slice(0, 5).map((s) => `${s.size}×${s.service} ${s.span.toFixed(0)} m`),
  };
}

const path = process.argv[2] ?? PLACES.find((p) => existsSync(p));
if (path === undefined || !existsSync(path)) {
  console.log(`No NYC 311 sample at ${path ?? PLACES.join(' or ')}: nothing to check.`);
} else {
  const table = readSample(path);
  const runs: [string, ProblemOptions][] = [
    ['single link, 50 m, 30 days', { defaultRadiusM: 50, defaultWindowDays: 30, defaultMaxSpanM: Infinity }],
    ['the rule: 50 m, 30 days, 250 m span (defaults)', { defaultRadiusM: 50, defaultWindowDays: 30 }],
    ['single link, 50 m, no window', { defaultRadiusM: 50, defaultWindowDays: Infinity, defaultMaxSpanM: Infinity }],
    ['50 m, no window, 250 m span', { defaultRadiusM: 50, defaultWindowDays: Infinity }],
    ['single link, 200 m, no window', { defaultRadiusM: 200, defaultWindowDays: Infinity, defaultMaxSpanM: Infinity }],
    ['200 m, no window, 250 m span', { defaultRadiusM: 200, defaultWindowDays: Infinity }],
  ];
  console.log(`${table.count} rows, ${table.serviceCodes.length} complaint types`);
  for (const [name, options] of runs) console.log(name, describe(table, clusterRequests(table, options)));
}
