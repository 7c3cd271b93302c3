/**
 * The requests once loaded, in the worker: the table with its areas assigned, its distinct problems and
 * hexbin grid, and the figures of every filter query. Plain TypeScript over typed arrays, so the tests run
 * it in-process as well.
 */
import { assignAreas, buildAreaIndex } from '../domain/area-index';
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
import { mergeSetAside } from '../domain/set-aside';
import { JURISDICTIONS } from '../domain/vocabulary';
import { followUpView } from './follow-up-view';
import { buildDrawableRequests, serviceRanks } from './drawable-requests';
import type {
  BeginLoad,
  BriefingCounts,
  Exported,
  FollowUpResult,
  ExportRequest,
  FilterSpec,
  Loaded,
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
}
/** Hexbin size: a few city blocks. */
const HEX_RADIUS_M = 150;

/** Assigns areas, finds the problems and builds what the map draws; the message tells the page. */
export function settleLoad(
  inputs: BeginLoad,
  decoded: DecodedRequests,
  id: number,
  addedServices: { code: string; name: string }[],
): { loaded: LoadedRequests; message: Loaded } {
  const { table } = decoded;
  const outside = assignAreas(
    table,
    buildAreaIndex(inputs.districts),
    buildAreaIndex(inputs.neighbourhoods),
    inputs.neighbourhoodDistrict,
  );
  const slaByCode = new Map(inputs.services.map((s) => [s.code, s.slaHours]));
  const slaHours = Float64Array.from(table.serviceCodes, (code) => slaByCode.get(code) ?? Infinity);
  const jurisdictionByCode = new Map(inputs.services.map((s) => [s.code, JURISDICTIONS.indexOf(s.jurisdiction)]));
  const other = JURISDICTIONS.indexOf('other');
  const jurisdiction = Uint8Array.from(table.serviceCodes, (code) => jurisdictionByCode.get(code) ?? other);
  const loaded: LoadedRequests = {
    table,
    // Distinct problems are found once per load: they do not depend on the filters.
    problems: clusterRequests(table, inputs.problemOptions),
    slaHours,
    jurisdiction,
    districtCount: inputs.districts.length,
    neighbourhoodCount: inputs.neighbourhoods.length,
    hexGrid: buildHexGrid(table, HEX_RADIUS_M, inputs.cityCentre),
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
      setAside: mergeSetAside(decoded.setAside, outside),
      serviceCodes: table.serviceCodes,
      addedServices,
      agencies: table.agencies,
      drawable: drawable.requests,
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
  return { result: { type: 'result', id: message.id, city, area, followUp, hexBins, briefing }, transfer };
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
