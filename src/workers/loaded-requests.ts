/**
 * The requests once loaded, in the worker: the table with its areas assigned, its distinct problems and
 * hexbin grid, and the figures of every filter query. Plain TypeScript over typed arrays, so the tests run
 * it in-process as well.
 */
import { assignAreas, assignAreasOf, buildAreaIndex, outsideCity, type AreaIndex } from '../domain/area-index';
import { aggregateRequests } from '../domain/aggregate';
import { backlogByUnit, serviceCounts } from '../domain/briefing-counts';
import { aggregateProblems } from '../domain/problem-aggregate';
import type { RequestFilter } from '../domain/request-filter';
import type { RequestTable } from '../domain/request-table';
import type { DecodedRequests } from '../domain/request-table-builder';
import { buildHexGrid, countHexBins, type HexGrid } from '../domain/hexbin';
import { clusterRequests } from '../domain/problem-clustering';
import type { ProblemSet } from '../domain/problem-set';
import { problemsCsv, requestsCsv } from '../domain/csv-export';
import { latestChange, newestFirst, newestRows } from '../domain/newest-requests';
import { mergeRequestTables } from '../domain/request-table-merge';
import { ledgerAfterChange, mergeSetAside, tallyOf, type SetAsideLedger } from '../domain/set-aside';
import { stringAt } from '../domain/string-column';
import { JURISDICTIONS } from '../domain/vocabulary';
import { followUpView } from './follow-up-view';
import { buildDrawableRequests, serviceRanks } from './drawable-requests';
import type { LoadSession } from './load-session';
import type {
  BeginLoad,
  BriefingCounts,
  Exported,
  FollowUpResult,
  ExportRequest,
  FilterSpec,
  Loaded,
  NewestRequest,
  QueryRequest,
  QueryResult,
  ScopeFigures,
} from './request-protocol';

export interface LoadedRequests {
  table: RequestTable;
  problems: ProblemSet;
  slaHours: Float64Array;
  jurisdiction: Uint8Array;
  districtCount: number;
  neighbourhoodCount: number;
  hexGrid: HexGrid;
  /** Rows inside the city, newest received first: the live feed reads its head. */
  newestFirst: Uint32Array;
  /** What a change of the requests is read and merged against: the full load's inputs and area indexes. */
  inputs: BeginLoad;
  districtIndex: AreaIndex;
  neighbourhoodIndex: AreaIndex;
  /** Records set aside while reading (the full load's and every change's since), outside_city apart. */
  readLedger: SetAsideLedger;
  addedServices: { code: string; name: string }[];
}
/** Hexbin size: a few city blocks. */
const HEX_RADIUS_M = 150;
/** Requests in the live feed of newest requests. */
export const NEWEST_COUNT = 8;

type Held = Pick<LoadedRequests, 'inputs' | 'districtIndex' | 'neighbourhoodIndex' | 'readLedger' | 'addedServices'>;

/** Assigns areas, finds the problems and builds what the map draws; the message tells the page. */
export function settleLoad(
  inputs: BeginLoad,
  decoded: DecodedRequests,
  id: number,
  addedServices: { code: string; name: string }[],
): { loaded: LoadedRequests; message: Loaded } {
  const held: Held = {
    inputs,
    districtIndex: buildAreaIndex(inputs.districts),
    neighbourhoodIndex: buildAreaIndex(inputs.neighbourhoods),
    readLedger: decoded.setAsideLedger,
    addedServices,
  };
  assignAreas(decoded.table, held.districtIndex, held.neighbourhoodIndex, inputs.neighbourhoodDistrict);
  return derive(decoded.table, held, id);
}

/**
 * Merges a change of the requests (the records updated since a moment) into those loaded, by id: only the
 * rows it wrote are assigned to areas; the problems, the hexbin grid and what the map draws are derived
 * again from the whole table, so the figures are those of a full load of the same requests.
 */
export function settleChange(
  loaded: LoadedRequests,
  decoded: DecodedRequests,
  id: number,
): { loaded: LoadedRequests; message: Loaded } {
  const { table, fromChange, changeIds } = mergeRequestTables(loaded.table, decoded.table);
  const { inputs, districtIndex, neighbourhoodIndex } = loaded;
  assignAreasOf(table, fromChange, districtIndex, neighbourhoodIndex, inputs.neighbourhoodDistrict);
  // A record sent again (the change overlaps the last) is set aside once; one now readable is no longer.
  const readLedger = ledgerAfterChange(loaded.readLedger, decoded.setAsideLedger, changeIds);
  const { addedServices } = loaded;
  return derive(table, { inputs, districtIndex, neighbourhoodIndex, readLedger, addedServices }, id);
}

/** A finished session settled: a change merged into the requests loaded, anything else loaded afresh. */
export function settleSession(
  session: LoadSession,
  loaded: LoadedRequests | null,
  id: number,
): { loaded: LoadedRequests; message: Loaded } {
  if (!session.inputs.change) return settleLoad(session.inputs, session.finish(), id, session.added);
  if (!loaded) throw new Error('no requests loaded to merge a change into');
  return settleChange(loaded, session.finish(), id);
}

function derive(table: RequestTable, held: Held, id: number): { loaded: LoadedRequests; message: Loaded } {
  const { inputs } = held;
  const slaByCode = new Map(inputs.services.map((s) => [s.code, s.slaHours]));
  const slaHours = Float64Array.from(table.serviceCodes, (code) => slaByCode.get(code) ?? Infinity);
  const jurisdictionByCode = new Map(inputs.services.map((s) => [s.code, JURISDICTIONS.indexOf(s.jurisdiction)]));
  const other = JURISDICTIONS.indexOf('other');
  const jurisdiction = Uint8Array.from(table.serviceCodes, (code) => jurisdictionByCode.get(code) ?? other);
  const loaded: LoadedRequests = {
    ...held,
    table,
    // Distinct problems are found once per load: they do not depend on the filters.
    problems: clusterRequests(table, inputs.problemOptions),
    slaHours,
    jurisdiction,
    districtCount: inputs.districts.length,
    neighbourhoodCount: inputs.neighbourhoods.length,
    hexGrid: buildHexGrid(table, HEX_RADIUS_M, inputs.cityCentre),
    newestFirst: newestFirst(table),
  };
  const groupOf = new Map(inputs.services.map((s) => [s.code, s.group]));
  const drawable = buildDrawableRequests(table, serviceRanks(table.serviceCodes, groupOf));
  return {
    loaded,
    message: {
      type: 'loaded',
      id,
      count: table.count,
      range: drawable.range,
      setAside: mergeSetAside(tallyOf(held.readLedger), outsideCity(table)),
      serviceCodes: table.serviceCodes,
      addedServices: held.addedServices,
      agencies: table.agencies,
      drawable: drawable.requests,
      changedUpTo: latestChange(table),
    },
  };
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

function figures(state: LoadedRequests, filter: RequestFilter, spec: FilterSpec, now: number): ScopeFigures {
  const options = {
    now,
    slaHours: state.slaHours,
    districtCount: state.districtCount,
    neighbourhoodCount: state.neighbourhoodCount,
    binBounds: spec.bins.bounds,
  };
  const aggregate =
    spec.countBy === 'problems'
      ? aggregateProblems(state.table, state.problems, filter, options)
      : aggregateRequests(state.table, filter, options);
  return { ...aggregate, bins: spec.bins, countBy: spec.countBy };
}

function figureBuffers(f: ScopeFigures | null): ArrayBuffer[] {
  if (!f) return [];
  return [f.byDistrict, f.byNeighbourhood, f.byService, f.byStage, f.byBin].map((a) => a.buffer as ArrayBuffer);
}

/** The figures of a query; `transfer` lists the buffers that can move to the page without a copy. */
export function answerQuery(
  loaded: LoadedRequests,
  message: QueryRequest,
): { result: QueryResult; transfer: ArrayBuffer[] } {
  // Each filter is turned into row masks once and used by every figure of its scope.
  const cityFilter = toFilter(message.city, loaded.table);
  const areaFilter = message.area ? toFilter(message.area, loaded.table) : null;
  const countBy = message.city.countBy;
  const city = figures(loaded, cityFilter, message.city, message.now);
  const area = areaFilter && message.area ? figures(loaded, areaFilter, message.area, message.now) : null;
  const followUp = followUpView(loaded, areaFilter ?? cityFilter, cityFilter, countBy, message.now);
  const problems = countBy === 'problems' ? loaded.problems : null;
  const hexBins = message.hexBins
    ? { radius: HEX_RADIUS_M, ...countHexBins(loaded.table, loaded.hexGrid, cityFilter, problems) }
    : null;
  const briefing = message.briefing ? briefingCounts(loaded, areaFilter ?? cityFilter, followUp, message.now) : null;
  const transfer = [
    ...(hexBins ? [hexBins.positions.buffer as ArrayBuffer, hexBins.counts.buffer as ArrayBuffer] : []),
    ...figureBuffers(city),
    ...figureBuffers(area),
    ...followUp.topProblems.map((p) => p.positions.buffer as ArrayBuffer),
  ];
  const newest = newestRows(loaded.table, loaded.newestFirst, cityFilter, NEWEST_COUNT).map((row) =>
    newestRequest(loaded.table, row),
  );
  return { result: { type: 'result', id: message.id, city, area, followUp, hexBins, briefing, newest }, transfer };
}

function newestRequest(table: RequestTable, row: number): NewestRequest {
  return {
    id: stringAt(table.ids, row),
    serviceCode: table.serviceCodes[table.service[row]!]!,
    district: table.district[row]!,
    requestedAt: table.requestedAt[row]!,
    stage: table.stage[row]!,
  };
}

/** The briefing's counts of the scope's filter, the previous period's being the follow-up's own. */
function briefingCounts(
  loaded: LoadedRequests,
  filter: RequestFilter,
  followUp: FollowUpResult,
  now: number,
): BriefingCounts {
  const { from, to } = followUp.comparison.previousPeriod;
  return {
    services: serviceCounts(loaded.table, loaded.problems, filter),
    previousServices: serviceCounts(loaded.table, loaded.problems, { ...filter, from, to }),
    backlog: backlogByUnit(loaded.table, filter, { now, slaHours: loaded.slaHours, jurisdiction: loaded.jurisdiction }),
  };
}

/** The CSV of a filter's requests or problems (see csv-export.ts). */
export function answerExport(loaded: LoadedRequests, message: ExportRequest): Exported {
  const filter = toFilter(message.filter, loaded.table);
  const names = { districtIds: message.districtIds, neighbourhoodIds: message.neighbourhoodIds };
  const write = message.what === 'requests' ? requestsCsv : problemsCsv;
  return { type: 'exported', id: message.id, text: write(loaded.table, loaded.problems, filter, names) };
}
