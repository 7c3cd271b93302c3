/**
 * The scoreboard (issue #3): actual against target by district and by responsible unit, in the manner of
 * Boston's CityScore. Each metric scores actual / target (target / actual where lower is better), so 1.0
 * is on target; an area's score is the mean of the scores of its metrics that have data. Every input of a
 * score is returned beside it, for the UI to show one click away. Municipal requests only (see
 * follow-up.ts), read as of `now`, counted by requests.
 */
import { isMunicipalAt, isOpenAt } from './follow-up';
import { matchesFilter, type RequestFilter } from './request-filter';
import type { RequestTable } from './request-table';
import { allowedSeconds, isResolvedStage } from './request-target';
import { quantile } from './statistics';

const HOUR = 3600;

/**
 * - on_time: share of resolved requests resolved within their SLA; higher is better; target `onTimeTarget`.
 * - resolve_time: median hours to resolve; lower is better; target the median SLA hours of the same
 *   resolved requests (those of categories with a finite SLA).
 * - overdue_share: share of open requests past their SLA; lower is better; target `overdueShareTarget`.
 */
export const SCORE_METRICS = ['on_time', 'resolve_time', 'overdue_share'] as const;
export type ScoreMetric = (typeof SCORE_METRICS)[number];

export interface ScoreboardOptions {
  /** Epoch seconds. */
  now: number;
  /** Target hours to close, per service index (Infinity when the category has none). */
  slaHours: Float64Array;
  /** Index into JURISDICTIONS, per service index. */
  jurisdiction: Uint8Array;
  districtCount: number;
  /** Default 0.85. */
  onTimeTarget?: number;
  /** Default 0.1. */
  overdueShareTarget?: number;
  /**
   * Cap of a metric's score, default 2: an area with no overdue request scores target / 0 = Infinity on
   * overdue_share, which would otherwise drown its other metrics in the mean.
   */
  maxScore?: number;
  /** Fewest requests a metric needs to be scored (default 1); below it the metric has no data. */
  minCount?: number;
}

export interface MetricScore {
  metric: ScoreMetric;
  /** 'higher': score = actual / target; 'lower': score = target / actual. */
  better: 'higher' | 'lower';
  actual: number;
  target: number;
  /** Requests the actual is over: resolved (on_time, resolve_time) or open (overdue_share). */
  count: number;
  /** Numerator of a share (resolved on time, open and overdue); NaN for resolve_time. */
  hits: number;
  /** In [0, maxScore]; NaN when `noData`. */
  score: number;
  noData: boolean;
}

export interface AreaScore {
  /** District or agency index; null for the whole city. */
  area: number | null;
  /** Mean of the metric scores that have data; NaN when none has. */
  score: number;
  noData: boolean;
  metrics: MetricScore[];
}

export interface Scoreboard {
  city: AreaScore;
  byDistrict: AreaScore[];
  /** By responsible unit: the `agency` of municipal requests. */
  byAgency: AreaScore[];
}

/** Per-area tallies of one grouping. */
interface Counts {
  open: Uint32Array;
  overdue: Uint32Array;
  resolved: Uint32Array;
  onTime: Uint32Array;
}

function newCounts(n: number): Counts {
  return {
    open: new Uint32Array(n),
    overdue: new Uint32Array(n),
    resolved: new Uint32Array(n),
    onTime: new Uint32Array(n),
  };
}

/** The scoreboard of the municipal requests that pass the filter. */
export function scoreboard(table: RequestTable, filter: RequestFilter, options: ScoreboardOptions): Scoreboard {
  const { now, slaHours, jurisdiction } = options;
  const agencyCount = table.agencies.length;
  const city = newCounts(1);
  const byDistrict = newCounts(options.districtCount);
  const byAgency = newCounts(agencyCount);
  // Resolved rows of categories with a finite SLA: the inputs of resolve_time.
  const timed = new Uint32Array(table.count);
  let timedCount = 0;
  for (let i = 0; i < table.count; i++) {
    if (!matchesFilter(table, i, filter) || !isMunicipalAt(table, i, jurisdiction, now)) continue;
    const sla = allowedSeconds(table, i, slaHours);
    const open = isOpenAt(table, i, now);
    const resolved = !open && isResolvedStage(table.stage[i]!);
    // Rejected requests are neither on time nor late, nor backlog.
    if (!open && !resolved) continue;
    const late = open ? now - table.requestedAt[i]! > sla : table.closedAt[i]! - table.requestedAt[i]! > sla;
    count(city, 0, open, late);
    count(byDistrict, table.district[i]!, open, late);
    if (table.agency[i]! < agencyCount) count(byAgency, table.agency[i]!, open, late);
    if (resolved && Number.isFinite(sla)) timed[timedCount++] = i;
  }
  const rows = timed.subarray(0, timedCount);
  const agencyOf = (i: number) => (table.agency[i]! < agencyCount ? table.agency[i]! : NO_GROUP);
  return {
    city: { ...areaScores(table, city, rows, () => 0, 1, options)[0]!, area: null },
    byDistrict: areaScores(table, byDistrict, rows, (i) => table.district[i]!, options.districtCount, options),
    byAgency: areaScores(table, byAgency, rows, agencyOf, agencyCount, options),
  };
}

const NO_GROUP = -1;

function count(c: Counts, area: number, open: boolean, late: boolean): void {
  if (open) {
    c.open[area]!++;
    if (late) c.overdue[area]!++;
  } else {
    c.resolved[area]!++;
    if (!late) c.onTime[area]!++;
  }
}

function areaScores(
  table: RequestTable,
  c: Counts,
  rows: Uint32Array,
  groupOf: (row: number) => number,
  groupCount: number,
  options: ScoreboardOptions,
): AreaScore[] {
  const { slaHours } = options;
  const hours = groupMedians(rows, groupOf, groupCount, (i) => (table.closedAt[i]! - table.requestedAt[i]!) / HOUR);
  const sla = groupMedians(rows, groupOf, groupCount, (i) => allowedSeconds(table, i, slaHours) / HOUR);
  const scores: AreaScore[] = [];
  for (let g = 0; g < groupCount; g++) {
    const resolved = c.resolved[g]!;
    const open = c.open[g]!;
    const metrics = [
      metricScore(
        'on_time',
        'higher',
        c.onTime[g]! / resolved,
        options.onTimeTarget ?? 0.85,
        resolved,
        c.onTime[g]!,
        options,
      ),
      metricScore('resolve_time', 'lower', hours.median[g]!, sla.median[g]!, hours.count[g]!, NaN, options),
      metricScore(
        'overdue_share',
        'lower',
        c.overdue[g]! / open,
        options.overdueShareTarget ?? 0.1,
        open,
        c.overdue[g]!,
        options,
      ),
    ];
    scores.push({ area: g, ...meanScore(metrics), metrics });
  }
  return scores;
}

function metricScore(
  metric: ScoreMetric,
  better: 'higher' | 'lower',
  actual: number,
  target: number,
  count: number,
  hits: number,
  options: ScoreboardOptions,
): MetricScore {
  const raw = better === 'higher' ? actual / target : target / actual;
  const noData = count === 0 || count < (options.minCount ?? 1) || Number.isNaN(raw);
  const score = noData ? NaN : Math.min(Math.max(raw, 0), options.maxScore ?? 2);
  return { metric, better, actual, target, count, hits, score, noData };
}

function meanScore(metrics: MetricScore[]): { score: number; noData: boolean } {
  let sum = 0;
  let n = 0;
  for (const m of metrics) {
    if (m.noData) continue;
    sum += m.score;
    n++;
  }
  return n === 0 ? { score: NaN, noData: true } : { score: sum / n, noData: false };
}

/** Per group: the median of `value` over its rows (NaN when it has none) and its number of rows. */
function groupMedians(
  rows: Uint32Array,
  groupOf: (row: number) => number,
  groupCount: number,
  value: (row: number) => number,
): { median: Float64Array; count: Uint32Array } {
  const start = new Uint32Array(groupCount + 1);
  for (const row of rows) {
    const g = groupOf(row);
    if (g !== NO_GROUP) start[g + 1]!++;
  }
  for (let g = 0; g < groupCount; g++) start[g + 1]! += start[g]!;
  const values = new Float64Array(start[groupCount]!);
  const next = start.slice(0, groupCount);
  for (const row of rows) {
    const g = groupOf(row);
    if (g !== NO_GROUP) values[next[g]!++] = value(row);
  }
  const median = new Float64Array(groupCount);
  const count = new Uint32Array(groupCount);
  for (let g = 0; g < groupCount; g++) {
    count[g] = start[g + 1]! - start[g]!;
    median[g] = quantile(values.subarray(start[g]!, start[g + 1]!), count[g]!, 0.5);
  }
  return { median, count };
}
