/**
 * The follow-up figures of a filter (issue #3): jurisdiction triage, the municipal backlog by stage and by
 * age, SLA performance and time to resolve, counted as raw requests or as distinct problems, and the same
 * figures for the previous equal period. One pass over the request table, typed arrays only.
 *
 * Definitions (each is also on the field it defines):
 * - External: the category's jurisdiction is not 'municipal', or the request was referred (by `now`).
 *   External requests are counted apart, by jurisdiction and by receiving agency, and every municipal
 *   figure is over municipal requests only.
 * - Figures are read "as of" `now`: a request is open when it is not in a closed stage, or was closed after
 *   `now` (which only happens when reading an earlier period, see `previousPeriod`).
 * - On time: resolved within the category's `sla_hours` of being received. The on-time rate is over
 *   resolved requests only: a rejected request (not a valid request) is neither on time nor late.
 * - Overdue: open, and older than the category's SLA. A category without a target (Infinity) is never
 *   overdue and always on time.
 * - Counting by problems: every figure is the number of distinct problems among the requests the same
 *   figure counts by requests, so it never exceeds it (see `FollowUpOptions.countBy`).
 */
import { NO_PROBLEM, type ProblemSet } from './problem-set';
import { matchesFilter, type RequestFilter } from './request-filter';
import { compareRows, type RequestTable } from './request-table';
import { allowedSeconds, isResolvedStage } from './request-target';
import { quantile } from './statistics';
import { FIRST_CLOSED_STAGE, JURISDICTIONS, STAGES } from './vocabulary';

const HOUR = 3600;
const DAY = 86_400;
const NONE = 0xffffffff;
const MUNICIPAL = JURISDICTIONS.indexOf('municipal');
const OTHER = JURISDICTIONS.indexOf('other');
const RESOLVED = STAGES.indexOf('resolved');
const REFERRED = STAGES.indexOf('referred');
/** `openByStage` index for a request that was open at `now` but has closed since: its stage then is unknown. */
const UNKNOWN_STAGE = -1;

/** Upper bounds (exclusive) of the open-age buckets, in days: <1, 1–3, 3–7, 7–30 and ≥30 days. */
export const AGE_BUCKET_LIMIT_DAYS: readonly number[] = [1, 3, 7, 30];
export const AGE_BUCKET_COUNT = AGE_BUCKET_LIMIT_DAYS.length + 1;

export interface FollowUpOptions {
  /** Epoch seconds: figures are read as of this instant (ages, overdue, open or closed). */
  now: number;
  /** Target hours to close, per service index (Infinity when the category has none). */
  slaHours: Float64Array;
  /** Index into JURISDICTIONS, per service index; a service without an entry counts as 'other'. */
  jurisdiction: Uint8Array;
  /**
   * 'requests' counts rows. 'problems' counts distinct problems of `problems` among the same rows: a
   * problem is external when all its matching requests are, otherwise it is municipal and its figures come
   * from its municipal matching requests — open when any is open (age and stage from the oldest and most
   * advanced open one), resolved when none is open and one was resolved, in (first request → last
   * closing) hours. Rows outside every problem count as problems of their own.
   */
  countBy: 'requests' | 'problems';
  /** Required when counting by problems; clustered over the same table. */
  problems?: ProblemSet;
}

export interface ExternalFigures {
  total: number;
  /** Still open at `now` (categories of another agency that the city is tracking). */
  open: number;
  /** By the category's jurisdiction; the 'municipal' entry is always 0 (see `referredMunicipal`). */
  byJurisdiction: Uint32Array;
  /** Referred requests of municipal categories: the category names no receiver, `byAgency` does. */
  referredMunicipal: number;
  /** By receiving agency (`agency_responsible`, index into the table's `agencies`). */
  byAgency: Uint32Array;
}

export interface MunicipalFigures {
  requests: number;
  open: number;
  /** Open by stage (indexes of STAGES; only the open stages are ever non-zero). */
  openByStage: Uint32Array;
  /** Open at `now` but closed since, so their stage at `now` is unknown (only for an earlier `now`). */
  openStageUnknown: number;
  /** Open by age (now − requested), buckets bounded by AGE_BUCKET_LIMIT_DAYS. */
  openByAge: Uint32Array;
  /** Open and older than the category's SLA. */
  overdue: number;
  resolved: number;
  rejected: number;
  resolvedOnTime: number;
  /** resolvedOnTime / resolved, in [0, 1]; NaN when nothing was resolved. */
  onTimeRate: number;
  /** Hours from received to resolved over resolved requests; NaN when none. */
  medianResolveHours: number;
  p90ResolveHours: number;
}

export interface FollowUpFigures {
  countBy: 'requests' | 'problems';
  /** municipal.requests + external.total: every request (or problem) that passes the filter. */
  total: number;
  municipal: MunicipalFigures;
  external: ExternalFigures;
}

/** The age bucket of an age in seconds. */
export function ageBucket(ageSeconds: number): number {
  let bucket = 0;
  while (bucket < AGE_BUCKET_LIMIT_DAYS.length && ageSeconds >= AGE_BUCKET_LIMIT_DAYS[bucket]! * DAY) bucket++;
  return bucket;
}

/** The jurisdiction (index into JURISDICTIONS) of a service index; 'other' when the caller gave none. */
export function jurisdictionOf(jurisdiction: Uint8Array, service: number): number {
  return jurisdiction[service] ?? OTHER;
}

/** True when row i was open at `now`: not in a closed stage, or closed after `now`. */
export function isOpenAt(table: RequestTable, i: number, now: number): boolean {
  return table.stage[i]! < FIRST_CLOSED_STAGE || table.closedAt[i]! > now;
}

/** True when row i was the municipality's at `now`: a municipal category, not referred by then. */
export function isMunicipalAt(table: RequestTable, i: number, jurisdiction: Uint8Array, now: number): boolean {
  if (jurisdictionOf(jurisdiction, table.service[i]!) !== MUNICIPAL) return false;
  return table.stage[i] !== REFERRED || table.closedAt[i]! > now;
}

/** True when row i was open and past its category's SLA at `now`. */
export function isOverdueAt(table: RequestTable, i: number, slaHours: Float64Array, now: number): boolean {
  return isOpenAt(table, i, now) && now - table.requestedAt[i]! > allowedSeconds(table, i, slaHours);
}

/** The follow-up figures of the rows that pass the filter, counted by requests or by problems. */
export function followUp(table: RequestTable, filter: RequestFilter, options: FollowUpOptions): FollowUpFigures {
  const tally = newTally(table, options);
  if (options.countBy === 'problems') countProblems(tally, table, filter, options);
  else countRequests(tally, table, filter, options, null);
  return finish(tally);
}

/** Working state of one count: the figures and the resolve hours gathered for the quantiles. */
interface Tally {
  figures: FollowUpFigures;
  resolveHours: Float64Array;
  resolvedCount: number;
  slaHours: Float64Array;
  now: number;
}

function newTally(table: RequestTable, options: FollowUpOptions): Tally {
  const municipal: MunicipalFigures = {
    requests: 0,
    open: 0,
    openByStage: new Uint32Array(STAGES.length),
    openStageUnknown: 0,
    openByAge: new Uint32Array(AGE_BUCKET_COUNT),
    overdue: 0,
    resolved: 0,
    rejected: 0,
    resolvedOnTime: 0,
    onTimeRate: NaN,
    medianResolveHours: NaN,
    p90ResolveHours: NaN,
  };
  const external: ExternalFigures = {
    total: 0,
    open: 0,
    byJurisdiction: new Uint32Array(JURISDICTIONS.length),
    referredMunicipal: 0,
    byAgency: new Uint32Array(table.agencies.length),
  };
  return {
    figures: { countBy: options.countBy, total: 0, municipal, external },
    resolveHours: new Float64Array(table.count),
    resolvedCount: 0,
    slaHours: options.slaHours,
    now: options.now,
  };
}

/**
 * Adds one open municipal request or problem, open since `since`, in `stage` (or UNKNOWN_STAGE), with
 * `allowed` seconds to be closed.
 */
function addOpen(t: Tally, allowed: number, since: number, stage: number): void {
  const m = t.figures.municipal;
  m.requests++;
  m.open++;
  const age = Math.max(0, t.now - since);
  m.openByAge[ageBucket(age)]!++;
  if (stage === UNKNOWN_STAGE) m.openStageUnknown++;
  else m.openByStage[stage]!++;
  if (age > allowed) m.overdue++;
}

/** Adds one closed municipal request or problem: resolved (with its resolve time) or rejected. */
function addClosed(t: Tally, allowed: number, stage: number, since: number, closedAt: number): void {
  const m = t.figures.municipal;
  m.requests++;
  if (!isResolvedStage(stage)) {
    m.rejected++;
    return;
  }
  m.resolved++;
  const seconds = closedAt - since;
  t.resolveHours[t.resolvedCount++] = seconds / HOUR;
  if (seconds <= allowed) m.resolvedOnTime++;
}

/** Adds one external request or problem. */
function addExternal(t: Tally, jurisdiction: number, agency: number, open: boolean): void {
  const x = t.figures.external;
  x.total++;
  if (open) x.open++;
  if (jurisdiction === MUNICIPAL) x.referredMunicipal++;
  else x.byJurisdiction[jurisdiction]!++;
  if (agency < x.byAgency.length) x.byAgency[agency]!++;
}

/** Counts the matching rows one by one; with `only`, just the rows outside every problem. */
function countRequests(
  t: Tally,
  table: RequestTable,
  filter: RequestFilter,
  options: FollowUpOptions,
  only: Uint32Array | null,
): void {
  const { now, jurisdiction } = options;
  for (let i = 0; i < table.count; i++) {
    if (only && only[i] !== NO_PROBLEM) continue;
    if (!matchesFilter(table, i, filter)) continue;
    const service = table.service[i]!;
    const open = isOpenAt(table, i, now);
    if (!isMunicipalAt(table, i, jurisdiction, now)) {
      addExternal(t, jurisdictionOf(jurisdiction, service), table.agency[i]!, open);
    } else if (open) {
      const stage = table.stage[i]!;
      addOpen(
        t,
        allowedSeconds(table, i, t.slaHours),
        table.requestedAt[i]!,
        stage < FIRST_CLOSED_STAGE ? stage : UNKNOWN_STAGE,
      );
    } else {
      addClosed(t, allowedSeconds(table, i, t.slaHours), table.stage[i]!, table.requestedAt[i]!, table.closedAt[i]!);
    }
  }
}

function finish(t: Tally): FollowUpFigures {
  const { municipal: m, external } = t.figures;
  m.onTimeRate = m.resolved > 0 ? m.resolvedOnTime / m.resolved : NaN;
  m.medianResolveHours = quantile(t.resolveHours, t.resolvedCount, 0.5);
  m.p90ResolveHours = quantile(t.resolveHours, t.resolvedCount, 0.9);
  t.figures.total = m.requests + external.total;
  return t.figures;
}

/** Per problem: what its matching requests add up to (NONE where nothing was seen). */
interface ProblemState {
  municipalFirstAt: Uint32Array;
  openSince: Uint32Array;
  /** Most advanced stage + 1 among members open now; 0 when none. */
  openStage: Uint8Array;
  lastClosedAt: Uint32Array;
  resolved: Uint8Array;
  externalRow: Uint32Array;
  externalOpen: Uint8Array;
}

function countProblems(t: Tally, table: RequestTable, filter: RequestFilter, options: FollowUpOptions): void {
  const problems = options.problems;
  if (!problems || problems.problemOf.length !== table.count) {
    throw new RangeError('Counting by problems needs the problem set of the same table');
  }
  const n = problems.count;
  const state: ProblemState = {
    municipalFirstAt: new Uint32Array(n).fill(NONE),
    openSince: new Uint32Array(n).fill(NONE),
    openStage: new Uint8Array(n),
    lastClosedAt: new Uint32Array(n),
    resolved: new Uint8Array(n),
    externalRow: new Uint32Array(n).fill(NONE),
    externalOpen: new Uint8Array(n),
  };
  const { problemOf } = problems;
  for (let i = 0; i < table.count; i++) {
    const p = problemOf[i]!;
    if (p !== NO_PROBLEM && matchesFilter(table, i, filter)) foldRow(state, table, i, p, options);
  }
  for (let p = 0; p < n; p++) addProblem(t, state, table, p, problems.service[p]!, options.jurisdiction);
  countRequests(t, table, filter, options, problemOf);
}

/** Folds matching row i into the state of its problem p. */
function foldRow(s: ProblemState, table: RequestTable, i: number, p: number, options: FollowUpOptions): void {
  const { now } = options;
  const open = isOpenAt(table, i, now);
  if (!isMunicipalAt(table, i, options.jurisdiction, now)) {
    const first = s.externalRow[p]!;
    if (first === NONE || before(table, i, first)) s.externalRow[p] = i;
    if (open) s.externalOpen[p] = 1;
    return;
  }
  const requested = table.requestedAt[i]!;
  const stage = table.stage[i]!;
  if (requested < s.municipalFirstAt[p]!) s.municipalFirstAt[p] = requested;
  if (open) {
    if (requested < s.openSince[p]!) s.openSince[p] = requested;
    if (stage < FIRST_CLOSED_STAGE && stage + 1 > s.openStage[p]!) s.openStage[p] = stage + 1;
  } else {
    if (table.closedAt[i]! > s.lastClosedAt[p]!) s.lastClosedAt[p] = table.closedAt[i]!;
    if (isResolvedStage(stage)) s.resolved[p] = 1;
  }
}

/** True when row a comes before row b in the canonical (requestedAt, id) order. */
function before(table: RequestTable, a: number, b: number): boolean {
  return compareRows(table, a, b) < 0;
}

function addProblem(
  t: Tally,
  s: ProblemState,
  table: RequestTable,
  p: number,
  service: number,
  jurisdiction: Uint8Array,
): void {
  if (s.municipalFirstAt[p] !== NONE) {
    // openStage 0 (no member still open) gives UNKNOWN_STAGE.
    const stage = s.openStage[p]! - 1;
    // A problem's target is its category's: its requests' own due times differ from one to the next.
    const allowed = (t.slaHours[service] ?? Infinity) * HOUR;
    if (s.openSince[p] !== NONE) addOpen(t, allowed, s.openSince[p]!, stage);
    else addClosed(t, allowed, s.resolved[p] ? RESOLVED : NONE, s.municipalFirstAt[p]!, s.lastClosedAt[p]!);
  } else if (s.externalRow[p] !== NONE) {
    addExternal(t, jurisdictionOf(jurisdiction, service), table.agency[s.externalRow[p]!]!, s.externalOpen[p] === 1);
  }
}

/** The previous equal period of a filter, cut at the same point: its bounds and the instant to read it at. */
export interface PreviousPeriod {
  from: number;
  to: number;
  now: number;
}

/**
 * The period [from − L, from) with L = to − from, read as of now − L: the same point in that period as
 * `now` is in this one. Its end is cut to now − L too (requests made after it did not exist yet), so a
 * month read on its 10th compares with the previous month's first 10 days; once the current period is
 * over, the previous one is whole.
 */
export function previousPeriod(filter: RequestFilter, now: number): PreviousPeriod {
  const length = filter.to - filter.from;
  const from = filter.from - length;
  const readAt = now - length;
  return { from, to: Math.max(from, Math.min(filter.from, readAt + 1)), now: readAt };
}

/** Current − previous for the headline figures; NaN when either side is NaN. */
export interface FollowUpChange {
  total: number;
  requests: number;
  open: number;
  overdue: number;
  external: number;
  onTimeRate: number;
  medianResolveHours: number;
  p90ResolveHours: number;
}

export interface FollowUpComparison {
  current: FollowUpFigures;
  previous: FollowUpFigures;
  previousPeriod: PreviousPeriod;
  change: FollowUpChange;
}

/**
 * The follow-up figures of the filter and of its previous equal period (see `previousPeriod`), with the
 * change. The filter's status applies to the current stage of each request in both periods.
 */
export function compareWithPreviousPeriod(
  table: RequestTable,
  filter: RequestFilter,
  options: FollowUpOptions,
): FollowUpComparison {
  const period = previousPeriod(filter, options.now);
  const current = followUp(table, filter, options);
  const previous = followUp(table, { ...filter, from: period.from, to: period.to }, { ...options, now: period.now });
  return { current, previous, previousPeriod: period, change: changeOf(current, previous) };
}

function changeOf(current: FollowUpFigures, previous: FollowUpFigures): FollowUpChange {
  const a = current.municipal;
  const b = previous.municipal;
  return {
    total: current.total - previous.total,
    requests: a.requests - b.requests,
    open: a.open - b.open,
    overdue: a.overdue - b.overdue,
    external: current.external.total - previous.external.total,
    onTimeRate: a.onTimeRate - b.onTimeRate,
    medianResolveHours: a.medianResolveHours - b.medianResolveHours,
    p90ResolveHours: a.p90ResolveHours - b.p90ResolveHours,
  };
}
