/**
 * The KPIs of `aggregateRequests` counted by distinct problems instead of raw requests.
 *
 * Rule: every count is the number of distinct problems among exactly the rows the same count counts in
 * `aggregateRequests` (the rows that pass the filter); a row outside every problem (`NO_PROBLEM`) is a
 * problem of its own. So `requests` = problems with a matching row, `open` = with a matching open row,
 * `overdue` = with a matching overdue row, and each bucket of `byDistrict`, `byNeighbourhood`,
 * `byService`, `byStage` and `byBin` = problems with a matching row in that bucket (same bucket rules).
 * A problem whose rows straddle a boundary therefore counts in both districts (or time bins, stages…), so a
 * split need not add up to `requests`; no count ever exceeds the request count of the same figure.
 *
 * `medianResolveHours` is over the problems with a matching resolved row and no matching open row: from
 * the earliest `requestedAt` of their matching rows to the latest `closedAt` of their matching closed rows.
 *
 * O(n), typed arrays only: the columns the counts read are gathered once into problem order (`members`),
 * so the walk over the problems reads memory in order; then the rows outside every problem are walked in
 * table order. Per bucket kind a stamp array (bucket → last problem counted + 1) counts a problem in a
 * bucket once however many of its rows fall there.
 */
import { emptyAggregate, isOverdue, type AggregateOptions, type RequestAggregate } from './aggregate';
import { binLocator } from './time-bins';
import { NO_PROBLEM, type ProblemSet } from './problem-set';
import { matchesFilter, type RequestFilter } from './request-filter';
import { NO_AREA, type RequestTable } from './request-table';
import { isResolvedStage } from './request-target';
import { quantile } from './statistics';
import { FIRST_CLOSED_STAGE } from './vocabulary';

const HOUR = 3600;

/** The KPIs of the rows that pass the filter, counted by distinct problems (see the module comment). */
export function aggregateProblems(
  table: RequestTable,
  problems: ProblemSet,
  filter: RequestFilter,
  options: AggregateOptions,
): RequestAggregate {
  if (problems.problemOf.length !== table.count) {
    throw new RangeError('aggregateProblems needs the problem set of the same table');
  }
  const result = emptyAggregate(table, options);
  const tally: Tally = {
    result,
    filter,
    options,
    binOf: binLocator(options.binBounds),
    districtStamp: new Uint32Array(result.byDistrict.length),
    neighbourhoodStamp: new Uint32Array(result.byNeighbourhood.length),
    serviceStamp: new Uint32Array(result.byService.length),
    stageStamp: new Uint32Array(result.byStage.length),
    binStamp: new Uint32Array(result.byBin.length),
    resolveHours: new Float64Array(table.count),
    resolved: 0,
  };
  const { memberStart, problemOf } = problems;
  const byProblem = inMemberOrder(table, problems.members);
  for (let p = 0; p < problems.count; p++) countProblem(tally, byProblem, memberStart[p]!, memberStart[p + 1]!, p + 1);
  // Rows outside every problem: each its own problem, with a stamp no clustered problem uses.
  let stamp = problems.count + 1;
  for (let i = 0; i < table.count; i++) {
    if (problemOf[i] === NO_PROBLEM) countProblem(tally, table, i, i + 1, stamp++);
  }
  result.medianResolveHours = quantile(tally.resolveHours, tally.resolved, 0.5);
  return result;
}

/** Working state of one aggregation. */
interface Tally {
  result: RequestAggregate;
  filter: RequestFilter;
  options: AggregateOptions;
  binOf: (t: number) => number;
  /** Per bucket: the stamp of the last problem counted in it (0 for none). */
  districtStamp: Uint32Array;
  neighbourhoodStamp: Uint32Array;
  serviceStamp: Uint32Array;
  stageStamp: Uint32Array;
  binStamp: Uint32Array;
  resolveHours: Float64Array;
  resolved: number;
}

/**
 * The rows of `members`, in that order, as a table of their own: row k is row members[k] of `table`. Only
 * the columns `matchesFilter`, `isOverdue` and the counts read are gathered (15 bytes a row); the others are
 * left empty, so a column `matchesFilter` comes to read must be gathered here too. Gathering column by
 * column reads each column at random once, in a tight loop, instead of every column at random in the
 * branchy walk over the problems: at 1M rows in random order, about 60 ms in all instead of 200.
 */
function inMemberOrder(table: RequestTable, members: Uint32Array): RequestTable {
  return {
    count: members.length,
    ids: { offsets: new Uint32Array(0), bytes: new Uint8Array(0) },
    idKey: new Uint32Array(0),
    lon: new Float64Array(0),
    lat: new Float64Array(0),
    requestedAt: gather32(table.requestedAt, members),
    updatedAt: new Uint32Array(0),
    closedAt: gather32(table.closedAt, members),
    dueAt: gather32(table.dueAt, members),
    service: gather16(table.service, members),
    stage: gather8(table.stage, members),
    channel: new Uint8Array(0),
    reporter: new Uint8Array(0),
    agency: new Uint16Array(0),
    district: gather16(table.district, members),
    neighbourhood: gather16(table.neighbourhood, members),
    serviceCodes: table.serviceCodes,
    agencies: table.agencies,
  };
}

// One function per element type keeps each gather loop monomorphic.
function gather32(column: Uint32Array, rows: Uint32Array): Uint32Array {
  const out = new Uint32Array(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = column[rows[k]!]!;
  return out;
}

function gather16(column: Uint16Array, rows: Uint32Array): Uint16Array {
  const out = new Uint16Array(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = column[rows[k]!]!;
  return out;
}

function gather8(column: Uint8Array, rows: Uint32Array): Uint8Array {
  const out = new Uint8Array(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = column[rows[k]!]!;
  return out;
}

/** Counts one problem, whose rows are rows start..end of `table`. `stamp` (≥ 1) is unique to the problem. */
function countProblem(t: Tally, table: RequestTable, start: number, end: number, stamp: number): void {
  const { filter, result } = t;
  let matched = false;
  let open = false;
  let overdue = false;
  let resolved = false;
  let firstAt = Infinity;
  let lastClosedAt = 0;
  for (let i = start; i < end; i++) {
    if (!matchesFilter(table, i, filter)) continue;
    matched = true;
    const district = table.district[i]!;
    if (t.districtStamp[district] !== stamp) {
      t.districtStamp[district] = stamp;
      result.byDistrict[district]!++;
    }
    const neighbourhood = table.neighbourhood[i]!;
    if (neighbourhood !== NO_AREA && t.neighbourhoodStamp[neighbourhood] !== stamp) {
      t.neighbourhoodStamp[neighbourhood] = stamp;
      result.byNeighbourhood[neighbourhood]!++;
    }
    const service = table.service[i]!;
    if (t.serviceStamp[service] !== stamp) {
      t.serviceStamp[service] = stamp;
      result.byService[service]!++;
    }
    const stage = table.stage[i]!;
    if (t.stageStamp[stage] !== stamp) {
      t.stageStamp[stage] = stamp;
      result.byStage[stage]!++;
    }
    const requested = table.requestedAt[i]!;
    const bin = t.binOf(requested);
    if (bin >= 0 && t.binStamp[bin] !== stamp) {
      t.binStamp[bin] = stamp;
      result.byBin[bin]!++;
    }
    if (requested < firstAt) firstAt = requested;
    if (stage < FIRST_CLOSED_STAGE) {
      open = true;
      if (!overdue && isOverdue(table, i, t.options)) overdue = true;
    } else {
      if (table.closedAt[i]! > lastClosedAt) lastClosedAt = table.closedAt[i]!;
      if (isResolvedStage(stage)) resolved = true;
    }
  }
  if (!matched) return;
  result.requests++;
  if (open) {
    result.open++;
    if (overdue) result.overdue++;
  } else if (resolved) {
    t.resolveHours[t.resolved++] = (lastClosedAt - firstAt) / HOUR;
  }
}
