/**
 * Messages between the main thread and the request worker. Typed arrays travel as transferred buffers,
 * so a million requests cross threads without a copy.
 */
import type { RequestAggregate } from '../domain/aggregate';
import type { FollowUpComparison } from '../domain/follow-up';
import type { ServiceCounts, UnitBacklog } from '../domain/briefing-counts';
import type { ProblemOptions } from '../domain/problem-options';
import type { ReporterCounts } from '../domain/problem-reporters';
import type { Scoreboard } from '../domain/scoreboard';
import type { AreaShape } from '../domain/geometry';
import type { DecodedRequests } from '../domain/request-table-builder';
import type { SetAside } from '../domain/set-aside';
import type { StringColumn } from '../domain/string-column';
import type { TimeBins } from '../domain/time-bins';
import type { Jurisdiction } from '../domain/vocabulary';

export type CountBy = 'requests' | 'problems';

/** A category as the worker needs it. */
export interface ServiceInfo {
  code: string;
  group: string;
  /** Target hours to close; Infinity when the category has none. */
  slaHours: number;
  jurisdiction: Jurisdiction;
}

/** Starts a load: what the requests are read against. Every later load message names its session. */
export interface BeginLoad {
  type: 'begin';
  id: number;
  session: number;
  /** Category catalogue of the API, in its own order. */
  services: ServiceInfo[];
  /** The city's time zone: a time without an offset is read in it. */
  timeZone: string;
  districts: AreaShape[];
  neighbourhoods: AreaShape[];
  /** District index of every neighbourhood. */
  neighbourhoodDistrict: number[];
  /** The city's centre from the API (lon, lat): the origin of the hexbin grid. */
  cityCentre: [number, number];
  /** The distinct-problem rule, with the city's settings per category applied. */
  problemOptions: ProblemOptions;
  /**
   * The bodies hold a change of the requests (the records updated since a moment), to merge by id into
   * those loaded, not all of them. It is read and merged against the inputs of the load it changes.
   */
  change?: boolean;
}

/**
 * A body of requests for the session: an Arrow IPC stream, a JSON page (its text), or a table already read
 * (a dropped file, read by the file-import worker; its buffers are transferred).
 */
export interface AppendBody {
  type: 'append';
  id: number;
  session: number;
  body:
    | { format: 'arrow'; bytes: ArrayBuffer }
    | { format: PageFormat; text: string }
    | { format: 'table'; decoded: DecodedRequests };
}

/** A JSON page of the Shahrnama API (`{data, next_cursor}`), or an Open311 `requests.json` list. */
export type PageFormat = 'shahrnama' | 'open311';

/** Ends the session's reading: assign areas, find problems, hand the map its requests. */
export interface FinishLoad {
  type: 'finish';
  id: number;
  session: number;
}

/** What a body held, for the loader to decide on the next one. */
export interface Appended {
  type: 'appended';
  id: number;
  /** Records in the body, kept or set aside. */
  records: number;
  /** Rows kept so far in the session. */
  kept: number;
  /** The page's cursor to the next one (Shahrnama pages), or null. */
  nextCursor: string | null;
  /** The total the server announced, when it does. */
  total: number | null;
  /** Ids of the body's first and last record, to see a server repeat a page. */
  firstId: string | null;
  lastId: string | null;
  /** Epoch seconds of the earliest and latest `requested_datetime` read, NaN when none. */
  earliest: number;
  latest: number;
}

/** A filter as the UI states it; the worker turns codes into per-row masks. */
export interface FilterSpec {
  from: number;
  to: number;
  /** Allowed service codes, or null for all. */
  serviceCodes: string[] | null;
  status: 'all' | 'open' | 'closed';
  district: number | null;
  neighbourhood: number | null;
  /** Every figure counts raw requests or distinct problems. */
  countBy: CountBy;
  /** The time bins of the charts: the period's local days or weeks. */
  bins: TimeBins;
}

export interface QueryRequest {
  type: 'query';
  id: number;
  /** The filter of the map and the KPI strip (whole city). */
  city: FilterSpec;
  /** The filter of the side panel (the selected area), or null when nothing is selected. */
  area: FilterSpec | null;
  now: number;
  /** Count the hexbins too (only while the hexbin layer is on). */
  hexBins: boolean;
  /** Count the briefing's figures too (only the council briefing shows them). */
  briefing?: boolean;
}

/** The CSV of a filter's requests or of the distinct problems behind them. */
export interface ExportRequest {
  type: 'export';
  id: number;
  what: 'requests' | 'problems';
  filter: FilterSpec;
  /** District and neighbourhood ids in the order of the worker's area indexes. */
  districtIds: string[];
  neighbourhoodIds: string[];
}

export interface Exported {
  type: 'exported';
  id: number;
  /** The file's text, byte-order mark included. */
  text: string;
}

export type ToWorker = BeginLoad | AppendBody | FinishLoad | QueryRequest | ExportRequest;

export interface Loaded {
  type: 'loaded';
  id: number;
  count: number;
  /** The earliest and latest `requestedAt` of the kept rows inside the city, epoch seconds (NaN when none). */
  range: { from: number; to: number };
  setAside: SetAside;
  /** The table's service dictionary, so the main thread can name a row's category. */
  serviceCodes: string[];
  /** Categories the requests named that the city's catalogue lacks (an Open311 endpoint's retired ones). */
  addedServices: { code: string; name: string }[];
  /** The table's agency dictionary (responsible units). */
  agencies: string[];
  /** Every drawable request, sent once: the map filters it on the GPU. */
  drawable: DrawableRequests;
  /** Set by a source whose answers may have been cut at its cap: some requests may be missing. */
  mayBeCapped?: boolean;
  /**
   * The latest `updated_datetime` (or `requested_datetime`, when a row has none) of the rows held, epoch
   * seconds, NaN when none: a refresh asks the source for what changed after it.
   */
  changedUpTo: number;
}

/** The figures of one scope (city or area), each computed in the same pass over the same rows. */
export interface ScopeFigures extends RequestAggregate {
  /** What every count of these figures counts: raw requests or distinct problems. */
  countBy: CountBy;
  /** The time bins of `byBin`. */
  bins: TimeBins;
}

/**
 * Every request inside the city (the rows every figure can count), as binary attributes for deck.gl. The
 * map filters them on the GPU (DataFilterExtension) with `filterValues`, so a filter change uploads nothing.
 */
export interface DrawableRequests {
  count: number;
  /** lon, lat interleaved. */
  positions: Float32Array;
  /**
   * Three filter values per request, all integers, exact in float32: minutes since `minuteBase` of its
   * `requestedAt`, its stage, and its category's rank (see `serviceRank`).
   */
  filterValues: Float32Array;
  /** A whole minute, epoch seconds, at or before the earliest request. */
  minuteBase: number;
  /**
   * Per table service index, its rank in the filter values. Ranks follow the catalogue's groups, so the
   * categories of one group are one range of ranks.
   */
  serviceRank: Uint16Array;
  /** What a request's tooltip shows. */
  ids: StringColumn;
  service: Uint16Array;
  stage: Uint8Array;
  requestedAt: Uint32Array;
}

/** One overdue municipal request, with what its row of the list and its details show. */
export interface OverdueItem {
  id: string;
  service: number;
  stage: number;
  channel: number;
  agency: number;
  district: number;
  neighbourhood: number;
  requestedAt: number;
  updatedAt: number;
  overdueHours: number;
  lon: number;
  lat: number;
  /** Ids of the other requests of its distinct problem (at most 50). */
  problemMates: string[];
}

/** One distinct problem of the follow-up's lists, with its requests' positions for the map's highlight. */
export interface ProblemItem {
  problem: number;
  service: number;
  members: number;
  open: number;
  /** Made of the city's own staff reports (they never share a problem with citizens' requests). */
  staff: boolean;
  firstAt: number;
  lastAt: number;
  lon: number;
  lat: number;
  district: number;
  neighbourhood: number;
  /** lon, lat of every member, interleaved. */
  positions: Float32Array;
}

/**
 * The follow-up's two lists of problems, as indexes into `FollowUpResult.topProblems`: the largest open
 * ones, and the largest of the period open or resolved (see problem-lists.ts).
 */
export interface ProblemLists {
  open: number[];
  all: number[];
}

/** The follow-up of the panel's scope: figures against the previous equal period, lists to act on. */
export interface FollowUpResult {
  comparison: FollowUpComparison;
  overdue: OverdueItem[];
  /** Every problem either list shows, once (its positions cross threads once), in no particular order. */
  topProblems: ProblemItem[];
  problemLists: ProblemLists;
  problemCount: number;
  /** The scope's requests and how many of them the city's staff filed (counted apart from citizens'). */
  reporters: ReporterCounts;
  /** Of the whole city under the map's filters, by district and by responsible unit. */
  scoreboard: Scoreboard;
}

/** Hexagonal bins of the requests that pass the city filter (only the bins holding any). */
export interface HexBins {
  /** Centre to corner, metres; flat-topped. */
  radius: number;
  /** Centres, lon and lat interleaved. */
  positions: Float32Array;
  counts: Uint32Array;
}

/** One of the newest requests of the city's scope, for a live feed. */
export interface NewestRequest {
  id: string;
  serviceCode: string;
  /** District index (the order of the city's districts). */
  district: number;
  /** Epoch seconds. */
  requestedAt: number;
  /** Index into STAGES: closed from FIRST_CLOSED_STAGE on. */
  stage: number;
}

export interface QueryResult {
  type: 'result';
  id: number;
  city: ScopeFigures;
  area: ScopeFigures | null;
  followUp: FollowUpResult;
  /** Null when the query did not ask for them. */
  hexBins: HexBins | null;
  /** The newest requests under the city filter, newest first (at most NEWEST_COUNT). */
  newest: NewestRequest[];
  /** Null when the query did not ask for them. */
  briefing: BriefingCounts | null;
}

/**
 * The council briefing's counts of the scope (the area, or the city): requests and distinct problems per
 * category in the period and in the previous equal period (the follow-up's `previousPeriod`), and the
 * backlog by responsible unit as of `now`. Counted by requests and by problems whatever the count mode.
 */
export interface BriefingCounts {
  services: ServiceCounts;
  previousServices: ServiceCounts;
  backlog: UnitBacklog;
}

export interface Acknowledged {
  type: 'ack';
  id: number;
}

export interface WorkerFailure {
  type: 'error';
  id: number;
  message: string;
}

export type FromWorker = Acknowledged | Appended | Loaded | QueryResult | Exported | WorkerFailure;
