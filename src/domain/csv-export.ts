/**
 * CSV of what the user sees: the requests of a filter and the distinct problems behind them. RFC 4180
 * quoting, CRLF line ends and a UTF-8 byte-order mark, so Excel opens Persian text correctly; text that a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) is kept as text.
 */
import { isoDayOf } from './calendar';
import { NO_PROBLEM, memberCount, firstRow, lastRow, type ProblemSet } from './problem-set';
import { matchesFilter, type RequestFilter } from './request-filter';
import { NO_AREA, NO_TIME, type RequestTable } from './request-table';
import { stringAt } from './string-column';
import { CHANNELS, REPORTERS, STAGES, FIRST_CLOSED_STAGE } from './vocabulary';

export const BOM = '\ufeff';
const LINE = '\r\n';

/** A text field, quoted when it must be and defused when a spreadsheet would read it as a formula. */
export function csvText(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const instant = (seconds: number) => (seconds === NO_TIME ? '' : new Date(seconds * 1000).toISOString());

/** Names of the areas and of the problems' numbering, as the export writes them. */
export interface ExportNames {
  districtIds: readonly string[];
  neighbourhoodIds: readonly string[];
}

const areaId = (ids: readonly string[], index: number) => (index === NO_AREA ? '' : (ids[index] ?? ''));

/** The requests passing the filter, one line each, with the distinct problem each belongs to. */
export function requestsCsv(table: RequestTable, problems: ProblemSet, filter: RequestFilter, names: ExportNames) {
  const header = [
    'service_request_id',
    'service_code',
    'status',
    'stage',
    'requested_datetime',
    'updated_datetime',
    'closed_datetime',
    'expected_datetime',
    'lat',
    'long',
    'district_id',
    'neighbourhood_id',
    'agency_responsible',
    'channel',
    'reported_by',
    'problem_id',
  ];
  const lines = [BOM + header.join(',')];
  for (let i = 0; i < table.count; i++) {
    if (!matchesFilter(table, i, filter)) continue;
    const problem = problems.problemOf[i]!;
    lines.push(
      [
        csvText(stringAt(table.ids, i)),
        csvText(table.serviceCodes[table.service[i]!]!),
        table.stage[i]! >= FIRST_CLOSED_STAGE ? 'closed' : 'open',
        STAGES[table.stage[i]!],
        instant(table.requestedAt[i]!),
        instant(table.updatedAt[i]!),
        instant(table.closedAt[i]!),
        instant(table.dueAt[i]!),
        table.lat[i],
        table.lon[i],
        csvText(areaId(names.districtIds, table.district[i]!)),
        csvText(areaId(names.neighbourhoodIds, table.neighbourhood[i]!)),
        csvText(table.agencies[table.agency[i]!] ?? ''),
        CHANNELS[table.channel[i]!],
        REPORTERS[table.reporter[i]!],
        problem === NO_PROBLEM ? '' : problem,
      ].join(','),
    );
  }
  return lines.join(LINE) + LINE;
}

/**
 * The distinct problems with a request passing the filter: their size in the whole load and in the filter,
 * open requests, first and last request, where they were first reported.
 */
export function problemsCsv(table: RequestTable, problems: ProblemSet, filter: RequestFilter, names: ExportNames) {
  const matching = new Uint32Array(problems.count);
  for (let i = 0; i < table.count; i++) {
    const p = problems.problemOf[i]!;
    if (p !== NO_PROBLEM && matchesFilter(table, i, filter)) matching[p]!++;
  }
  const header = [
    'problem_id',
    'service_code',
    'requests',
    'requests_in_selection',
    'open',
    'first_requested',
    'last_requested',
    'lat',
    'long',
    'district_id',
    'neighbourhood_id',
  ];
  const lines = [BOM + header.join(',')];
  for (let p = 0; p < problems.count; p++) {
    if (matching[p] === 0) continue;
    const first = firstRow(problems, p);
    lines.push(
      [
        p,
        csvText(table.serviceCodes[problems.service[p]!]!),
        memberCount(problems, p),
        matching[p],
        problems.open[p],
        instant(table.requestedAt[first]!),
        instant(table.requestedAt[lastRow(problems, p)]!),
        problems.centroidLat[p],
        problems.centroidLon[p],
        csvText(areaId(names.districtIds, table.district[first]!)),
        csvText(areaId(names.neighbourhoodIds, table.neighbourhood[first]!)),
      ].join(','),
    );
  }
  return lines.join(LINE) + LINE;
}

/**
 * A file name that says what the file holds: what, where, which days, which filter. The CSV files and the
 * map's image of the same view share it but for `what` and the extension, so they sort together.
 */
export function exportFileName(
  what: 'requests' | 'problems' | 'map',
  parts: { area: string | null; from: number; to: number; timeZone: string; group: string | null; status: string },
  extension: 'csv' | 'png' = 'csv',
): string {
  const days = `${isoDayOf(parts.from, parts.timeZone)}_${isoDayOf(parts.to - 1, parts.timeZone)}`;
  const name = [
    'shahrnama',
    what,
    parts.area ?? 'city',
    days,
    parts.group,
    parts.status === 'all' ? null : parts.status,
  ]
    .filter((p): p is string => Boolean(p))
    .join('-');
  // Keep letters of any script, digits and a few separators; file systems refuse the rest.
  return `${name.replace(/[^\p{L}\p{N}._-]+/gu, '_')}.${extension}`;
}
