/// <reference lib="webworker" />
/**
 * The request worker: reads the requests the page fetched (an Arrow stream or JSON pages), assigns every
 * request to its district and neighbourhood, finds the distinct problems, hands the map every drawable
 * request once, and answers filter queries with aggregates and follow-up figures — all on typed arrays,
 * off the main thread.
 */
import { assignAreas, buildAreaIndex } from '../domain/area-index';
import { aggregateRequests } from '../domain/aggregate';
import { aggregateProblems } from '../domain/problem-aggregate';
import type { RequestFilter } from '../domain/request-filter';
import type { RequestTable } from '../domain/request-table';
import { buildHexGrid, countHexBins, type HexGrid } from '../domain/hexbin';
import { clusterRequests } from '../domain/problem-clustering';
import type { ProblemSet } from '../domain/problem-set';
import { mergeSetAside } from '../domain/set-aside';
import { JURISDICTIONS } from '../domain/vocabulary';
import { followUpView } from './follow-up-view';
import { buildDrawableRequests, drawableBuffers, serviceRanks } from './drawable-requests';
import { LoadSession } from './load-session';
import type { CountBy, FilterSpec, FromWorker, QueryRequest, ScopeFigures, ToWorker } from './request-protocol';

declare const self: DedicatedWorkerGlobalScope;

interface Loaded {
  table: RequestTable;
  problems: ProblemSet;
  slaHours: Float64Array;
  jurisdiction: Uint8Array;
  districtCount: number;
  neighbourhoodCount: number;
  hexGrid: HexGrid;
}
/** Hexbin size: a few city blocks. */
const HEX_RADIUS_M = 150;
let loaded: Loaded | null = null;
let session: LoadSession | null = null;

function post(message: FromWorker, transfer: Transferable[] = []) {
  self.postMessage(message, transfer);
}

/** The session a message names; a message of an older session (a load since replaced) is refused. */
function sessionFor(id: number): LoadSession {
  if (!session || session.inputs.session !== id) throw new Error('this load was replaced by a newer one');
  return session;
}

function finish(id: number, sessionId: number) {
  const current = sessionFor(sessionId);
  session = null;
  const message = current.inputs;
  const decoded = current.finish();
  const { table } = decoded;
  const outside = assignAreas(
    table,
    buildAreaIndex(message.districts),
    buildAreaIndex(message.neighbourhoods),
    message.neighbourhoodDistrict,
  );
  const slaByCode = new Map(message.services.map((s) => [s.code, s.slaHours]));
  const slaHours = Float64Array.from(table.serviceCodes, (code) => slaByCode.get(code) ?? Infinity);
  const jurisdictionByCode = new Map(message.services.map((s) => [s.code, JURISDICTIONS.indexOf(s.jurisdiction)]));
  const other = JURISDICTIONS.indexOf('other');
  const jurisdiction = Uint8Array.from(table.serviceCodes, (code) => jurisdictionByCode.get(code) ?? other);
  loaded = {
    table,
    // Distinct problems are found once per load: they do not depend on the filters.
    problems: clusterRequests(table),
    slaHours,
    jurisdiction,
    districtCount: message.districts.length,
    neighbourhoodCount: message.neighbourhoods.length,
    hexGrid: buildHexGrid(table, HEX_RADIUS_M, message.cityCentre),
  };
  const groupOf = new Map(message.services.map((s) => [s.code, s.group]));
  const drawable = buildDrawableRequests(table, serviceRanks(table.serviceCodes, groupOf));
  post(
    {
      type: 'loaded',
      id,
      count: table.count,
      range: drawable.range,
      setAside: mergeSetAside(decoded.setAside, outside),
      serviceCodes: table.serviceCodes,
      agencies: table.agencies,
      drawable: drawable.requests,
    },
    drawableBuffers(drawable.requests),
  );
}

function toFilter(spec: FilterSpec, table: RequestTable): RequestFilter {
  let serviceMask: Uint8Array | null = null;
  if (spec.serviceCodes) {
    const allowed = new Set(spec.serviceCodes);
    serviceMask = Uint8Array.from(table.serviceCodes, (code) => (allowed.has(code) ? 1 : 0));
  }
  return {
    from: spec.from,
    to: spec.to,
    serviceMask,
    status: spec.status,
    district: spec.district,
    neighbourhood: spec.neighbourhood,
  };
}

const DAY = 86_400;

/** Week buckets of the charts start at the period's first day. */
function weekStartFor(from: number): number {
  return Math.floor(from / DAY) * DAY;
}

function figures(state: Loaded, filter: RequestFilter, now: number, countBy: CountBy): ScopeFigures {
  const weekStart = weekStartFor(filter.from);
  const options = {
    now,
    slaHours: state.slaHours,
    districtCount: state.districtCount,
    neighbourhoodCount: state.neighbourhoodCount,
    weekStart,
  };
  const aggregate =
    countBy === 'problems'
      ? aggregateProblems(state.table, state.problems, filter, options)
      : aggregateRequests(state.table, filter, options);
  return { ...aggregate, weekStart, countBy };
}

function figureBuffers(f: ScopeFigures | null): ArrayBuffer[] {
  if (!f) return [];
  return [f.byDistrict, f.byNeighbourhood, f.byService, f.byStage, f.byWeek].map((a) => a.buffer as ArrayBuffer);
}

function query(message: QueryRequest) {
  if (!loaded) throw new Error('no requests loaded');
  // Each filter is turned into row masks once and used by every figure of its scope.
  const cityFilter = toFilter(message.city, loaded.table);
  const areaFilter = message.area ? toFilter(message.area, loaded.table) : null;
  const countBy = message.city.countBy;
  const city = figures(loaded, cityFilter, message.now, countBy);
  const area = areaFilter ? figures(loaded, areaFilter, message.now, countBy) : null;
  const followUp = followUpView(loaded, areaFilter ?? cityFilter, cityFilter, countBy, message.now);
  const problems = countBy === 'problems' ? loaded.problems : null;
  const hexBins = message.hexBins
    ? { radius: HEX_RADIUS_M, ...countHexBins(loaded.table, loaded.hexGrid, cityFilter, problems) }
    : null;
  const transfer = [
    ...(hexBins ? [hexBins.positions.buffer as ArrayBuffer, hexBins.counts.buffer as ArrayBuffer] : []),
    ...figureBuffers(city),
    ...figureBuffers(area),
    ...followUp.topProblems.map((p) => p.positions.buffer as ArrayBuffer),
  ];
  post({ type: 'result', id: message.id, city, area, followUp, hexBins }, transfer);
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  try {
    switch (message.type) {
      case 'begin':
        session = new LoadSession(message);
        post({ type: 'ack', id: message.id });
        break;
      case 'append':
        post(sessionFor(message.session).append(message.body, message.id));
        break;
      case 'finish':
        finish(message.id, message.session);
        break;
      case 'query':
        query(message);
        break;
    }
  } catch (error) {
    post({ type: 'error', id: message.id, message: error instanceof Error ? error.message : String(error) });
  }
};
