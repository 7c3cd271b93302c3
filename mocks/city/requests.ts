/**
 * A year of 137 requests for the demo city, written straight into typed columns (no per-request objects):
 * dense centre and hotspots, weekly and seasonal rhythm, bursts of duplicates, about a tenth for outside
 * agencies, a lifecycle with SLA-shaped times to resolve and an overdue tail, and a small documented share
 * of bad records for the data-quality note.
 */
import { CHANNELS, FIRST_CLOSED_STAGE, REPORTERS, STAGES, type Stage } from '../../src/domain/vocabulary';
import { NO_AREA, allocateRequestTable, setIds, type RequestTable } from '../../src/domain/request-table';
import { decimalColumn } from '../../src/domain/string-column';
import { createRandom, cumulative, hash32, pickIndex, type Random } from '../random';
import { DISTRICT_IDS, MAX_OUTLINE_RADIUS, locate, outlineRadiusBound, type Location } from './areas';
import { DAY, HOURS, demoCalendar, type DemoCalendar } from './calendar';
import { lonOf, latOf } from './frame';
import { AGENCIES, CATEGORIES } from './services';

/**
 * The deliberate bad records, so the app's data-quality note has something honest to show: one row in a
 * thousand has no coordinates (NaN in the columns, null in JSON), and a few dozen lie just outside the
 * city outline (the API gives them no district). Valid rows also lose their district in the API for about
 * one in a hundred (the app assigns districts itself).
 */
export const DATA_QUALITY = {
  noCoordinatesPerRow: 0.001,
  outsideCityMax: 40,
  districtOmittedShare: 0.01,
} as const;

/** How many bad records of each kind a table of `count` rows holds. */
export function badRecordCounts(count: number): { noCoordinates: number; outsideCity: number } {
  return {
    noCoordinates: Math.round(count * DATA_QUALITY.noCoordinatesPerRow),
    outsideCity: Math.min(DATA_QUALITY.outsideCityMax, Math.floor(count / 100)),
  };
}

/** Share of rows that belong to bursts of duplicates. */
const BURST_SHARE = 0.04;
/** Requests are kept at least this far (km) from district boundaries, so float rounding never moves one. */
const MIN_MARGIN_KM = 0.002;
/** The first row's id; row i is numbered FIRST_ID + i. */
export const FIRST_ID = 1_000_001;
/** The sort packs a row number in 21 bits. */
export const MAX_COUNT = 2_097_152;

export interface GeneratedRequests {
  table: RequestTable;
  /** District index per row as the API gives it (into `districtIds`), or NO_AREA. */
  district: Uint16Array;
  /** Neighbourhood index per row (for addresses), or NO_AREA for the bad records. */
  neighbourhood: Uint16Array;
  /** Alley number per row (for addresses); a burst of duplicates shares one alley. */
  alley: Uint16Array;
  districtIds: string[];
  /** Seconds since the epoch: the period is [start, now). */
  start: number;
  now: number;
}

export interface GenerateRequestsOptions {
  seed: number;
  now: Date;
  count: number;
}

const STAGE = Object.fromEntries(STAGES.map((s, i) => [s, i])) as Record<Stage, number>;

interface Hotspot {
  x: number;
  y: number;
  sigma: number;
}

/** The generator's state for one run: the random source, the calendar and the scratch location. */
interface Context {
  rng: Random;
  cal: DemoCalendar;
  hotspots: Hotspot[];
  hotspotWeights: Float64Array;
  at: Location;
  /** The last sampled point, km. */
  x: number;
  y: number;
}

/** Samples a point (into ctx.x, ctx.y, ctx.at) inside the city, at least `margin` km from boundaries. */
function samplePoint(ctx: Context, margin: number): void {
  const { rng } = ctx;
  for (let attempt = 0; attempt < 50; attempt++) {
    const u = rng.next();
    if (u < 0.36) {
      ctx.x = 0.2 + 1.6 * rng.normal();
      ctx.y = 0.3 + 1.9 * rng.normal();
    } else if (u < 0.54 && ctx.hotspots.length > 0) {
      const h = ctx.hotspots[pickIndex(ctx.hotspotWeights, rng.next())]!;
      ctx.x = h.x + h.sigma * rng.normal();
      ctx.y = h.y + h.sigma * rng.normal();
    } else {
      ctx.x = rng.uniform(-MAX_OUTLINE_RADIUS, MAX_OUTLINE_RADIUS);
      ctx.y = rng.uniform(-MAX_OUTLINE_RADIUS, MAX_OUTLINE_RADIUS);
    }
    locate(ctx.x, ctx.y, ctx.at);
    if (ctx.at.district >= 0 && ctx.at.margin >= margin) return;
  }
  ctx.x = 0.3;
  ctx.y = 0.3;
  locate(ctx.x, ctx.y, ctx.at);
}

/** A time in seconds on a day picked by the calendar's weights, at a typical hour. */
function sampleTime(ctx: Context): number {
  const { rng, cal } = ctx;
  const d = pickIndex(cal.days, rng.next());
  const dayStart = cal.dayStart[d]!;
  const lo = Math.max(dayStart, cal.start);
  const hi = Math.min(dayStart + DAY, cal.now);
  let t = dayStart + pickIndex(HOURS, rng.next()) * 3600 + rng.next() * 3600;
  if (t < lo || t >= hi) t = lo + rng.next() * (hi - lo);
  return Math.min(Math.floor(t), cal.now - 1);
}

function monthOf(cal: DemoCalendar, t: number): number {
  const d = Math.min(cal.month.length - 1, Math.max(0, Math.floor((t - cal.dayStart[0]!) / DAY)));
  return cal.month[d]!;
}

/** Channel index: the app's share grows over the year, phone and counter shrink. */
function sampleChannel(rng: Random, progress: number): number {
  const u = rng.next();
  const phone = 0.46 - 0.12 * progress;
  const app = 0.22 + 0.14 * progress;
  if (u < phone) return 0;
  if (u < phone + app) return 1;
  if (u < phone + app + 0.14) return 2;
  return 3;
}

/** Hours until a request of category c closes, and in which stage (Infinity: neglected, never closed). */
function closing(rng: Random, c: number): [hours: number, stage: number] {
  const { service } = CATEGORIES[c]!;
  const u = rng.next();
  if (service.jurisdiction !== 'municipal') {
    if (u < 0.86) return [rng.lognormal(6, 1.0), STAGE.referred];
    if (u < 0.93) return [rng.lognormal(24, 0.8), STAGE.rejected];
    return [rng.lognormal(0.45 * service.sla_hours, 0.8), STAGE.resolved];
  }
  if (u < 0.07) return [rng.lognormal(20, 0.8), STAGE.rejected];
  if (u < 0.1) return [Infinity, STAGE.resolved];
  return [rng.lognormal(0.45 * service.sla_hours, 0.8), STAGE.resolved];
}

/** Writes the lifecycle of row i, requested at t and closing at closeAt (seconds; may be in the future). */
function settle(ctx: Context, table: RequestTable, i: number, t: number, closeAt: number, stage: number): void {
  const { rng, cal } = ctx;
  table.requestedAt[i] = t;
  if (closeAt < cal.now) {
    const closedAt = Math.max(t + 60, Math.floor(closeAt));
    table.closedAt[i] = Math.min(closedAt, cal.now - 1);
    table.updatedAt[i] = table.closedAt[i]!;
    table.stage[i] = stage;
    return;
  }
  const age = cal.now - t;
  const u = rng.next();
  const open = age < 3600 || u < 0.15 ? STAGE.received : u < 0.55 ? STAGE.assigned : STAGE.in_progress;
  table.stage[i] = open;
  table.closedAt[i] = 0;
  const progress = open === STAGE.received ? 0 : open === STAGE.assigned ? 0.4 * rng.next() : 0.4 + 0.6 * rng.next();
  table.updatedAt[i] = t + Math.floor(progress * (age - 1));
}

function writePlace(ctx: Context, r: GeneratedRequests, i: number, alley: number): void {
  r.table.lon[i] = lonOf(ctx.x);
  r.table.lat[i] = latOf(ctx.y);
  r.neighbourhood[i] = ctx.at.neighbourhood;
  r.district[i] = ctx.rng.chance(DATA_QUALITY.districtOmittedShare) ? NO_AREA : ctx.at.district;
  r.alley[i] = alley;
}

const CATEGORY_AGENCY = CATEGORIES.map((c) => AGENCIES.indexOf(c.agency));

/**
 * Share of requests the municipality's own crews file (through their work app, channel `other`): a crew
 * reports what it finds on its rounds, so these are counted apart from citizens' duplicates.
 */
export const STAFF_SHARE = 0.03;
const STAFF = REPORTERS.indexOf('staff');
const CREW_APP = CHANNELS.indexOf('other');

function writeCommon(ctx: Context, r: GeneratedRequests, i: number, c: number, t: number): void {
  r.table.service[i] = c;
  r.table.agency[i] = CATEGORY_AGENCY[c]!;
  const staff = MUNICIPAL[c]! && ctx.rng.chance(STAFF_SHARE);
  r.table.reporter[i] = staff ? STAFF : 0;
  r.table.channel[i] = staff ? CREW_APP : sampleChannel(ctx.rng, (t - ctx.cal.start) / (ctx.cal.now - ctx.cal.start));
}

const MUNICIPAL = CATEGORIES.map((c) => c.service.jurisdiction === 'municipal');

const BURSTY = CATEGORIES.map((c, i) => [c, i] as const).filter(([c]) => c.bursty);
const BURST_CATEGORIES = cumulative(
  BURSTY.map(([c]) => c.weight * (c.service.service_code === 'ROAD_ASPHALT' ? 4 : 1)),
);

/** Rows [0, rows): bursts of duplicates — dozens of reports of one problem, within ~40 m and a few days. */
function writeBursts(ctx: Context, r: GeneratedRequests, rows: number): void {
  const { rng, cal } = ctx;
  let i = 0;
  while (i < rows) {
    let size = Math.min(150, 15 + Math.round(rng.lognormal(30, 0.6)));
    if (rows - i - size < 15) size = rows - i;
    const c = BURSTY[pickIndex(BURST_CATEGORIES, rng.next())]![1];
    const start = sampleTime(ctx);
    const span = Math.min(rng.uniform(1, 6) * DAY, cal.now - 1 - start);
    samplePoint(ctx, 0.06);
    const cx = ctx.x;
    const cy = ctx.y;
    const alley = 1 + rng.int(40);
    const [hours, stage] = closing(rng, c);
    const fixedAt = start + hours * 3600;
    const shared = CATEGORIES[c]!.service.jurisdiction === 'municipal';
    for (let k = 0; k < size; k++, i++) {
      const t = Math.floor(start + span * rng.next() ** 1.5);
      const radius = Math.min(0.035, 0.012 * Math.abs(rng.normal()));
      const angle = rng.uniform(0, 2 * Math.PI);
      ctx.x = cx + radius * Math.cos(angle);
      ctx.y = cy + radius * Math.sin(angle);
      locate(ctx.x, ctx.y, ctx.at);
      writePlace(ctx, r, i, alley);
      writeCommon(ctx, r, i, c, t);
      // One fix closes every report of a municipal problem; an outside agency's are referred one by one.
      if (shared) settle(ctx, r.table, i, t, Math.max(fixedAt, t + 600), stage);
      else settle(ctx, r.table, i, t, t + closing(rng, c)[0] * 3600, STAGE.referred);
    }
  }
}

/** Rows [from, count): independent requests. */
function writeSingles(ctx: Context, r: GeneratedRequests, from: number): void {
  const { rng, cal } = ctx;
  for (let i = from; i < r.table.count; i++) {
    const t = sampleTime(ctx);
    const c = pickIndex(cal.categoriesByMonth[monthOf(cal, t)]!, rng.next());
    samplePoint(ctx, MIN_MARGIN_KM);
    writePlace(ctx, r, i, 1 + rng.int(60));
    writeCommon(ctx, r, i, c, t);
    const [hours, stage] = closing(rng, c);
    settle(ctx, r.table, i, t, t + hours * 3600, stage);
  }
}

/** Reorders every column by requested time (stable by row), and numbers the rows. */
function sortByTime(r: GeneratedRequests): GeneratedRequests {
  const n = r.table.count;
  // Time (< 2^32) and row (< 2^21) packed in one exactly representable double: one native numeric sort.
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = r.table.requestedAt[i]! * 2_097_152 + i;
  keys.sort();
  const order = new Uint32Array(n);
  for (let k = 0; k < n; k++) order[k] = keys[k]! % 2_097_152;
  const permute = <T extends Float64Array | Uint32Array | Uint16Array | Uint8Array>(col: T): T => {
    const out = new (col.constructor as new (n: number) => T)(n);
    for (let k = 0; k < n; k++) out[k] = col[order[k]!]!;
    return out;
  };
  const t = r.table;
  const table: RequestTable = {
    ...t,
    lon: permute(t.lon),
    lat: permute(t.lat),
    requestedAt: permute(t.requestedAt),
    updatedAt: permute(t.updatedAt),
    closedAt: permute(t.closedAt),
    service: permute(t.service),
    stage: permute(t.stage),
    channel: permute(t.channel),
    reporter: permute(t.reporter),
    agency: permute(t.agency),
  };
  const ids = new Uint32Array(n);
  for (let k = 0; k < n; k++) ids[k] = FIRST_ID + k;
  setIds(table, decimalColumn(ids));
  return {
    ...r,
    table,
    district: permute(r.district),
    neighbourhood: permute(r.neighbourhood),
    alley: permute(r.alley),
  };
}

/** Spreads k marks evenly over n rows, skipping rows already marked. */
function spread(k: number, n: number, marked: Uint8Array): number[] {
  const rows: number[] = [];
  for (let j = 0; j < k; j++) {
    let i = Math.floor(((j + 0.5) * n) / k);
    while (marked[i]) i = (i + 1) % n;
    marked[i] = 1;
    rows.push(i);
  }
  return rows;
}

function injectBadRecords(ctx: Context, r: GeneratedRequests): void {
  const n = r.table.count;
  const counts = badRecordCounts(n);
  const marked = new Uint8Array(n);
  for (const i of spread(counts.noCoordinates, n, marked)) {
    r.table.lon[i] = NaN;
    r.table.lat[i] = NaN;
    r.district[i] = NO_AREA;
    r.neighbourhood[i] = NO_AREA;
  }
  for (const i of spread(counts.outsideCity, n, marked)) {
    const angle = ctx.rng.uniform(0, 2 * Math.PI);
    const radius = outlineRadiusBound(angle) + ctx.rng.uniform(0.15, 0.8);
    r.table.lon[i] = lonOf(radius * Math.cos(angle));
    r.table.lat[i] = latOf(radius * Math.sin(angle));
    r.district[i] = NO_AREA;
    r.neighbourhood[i] = NO_AREA;
  }
}

function createHotspots(ctx: Context): void {
  for (let h = 0; h < 24; h++) {
    samplePoint(ctx, 0.05);
    ctx.hotspots.push({ x: ctx.x, y: ctx.y, sigma: ctx.rng.uniform(0.08, 0.3) });
  }
  ctx.hotspotWeights = cumulative(ctx.hotspots.map(() => ctx.rng.lognormal(1, 0.6)));
}

/** The generator's state for a seed and `now`, with the city's hotspots drawn. */
function createContext(seed: number, nowSec: number): Context {
  const ctx: Context = {
    rng: createRandom(seed),
    cal: demoCalendar(nowSec),
    hotspots: [],
    hotspotWeights: new Float64Array(0),
    at: { district: -1, neighbourhood: -1, margin: 0 },
    x: 0,
    y: 0,
  };
  createHotspots(ctx);
  return ctx;
}

/** Generates `count` requests over the year before `now`; the same seed and `now` give the same rows. */
export function generateRequests({ seed, now, count }: GenerateRequestsOptions): GeneratedRequests {
  if (!Number.isInteger(count) || count < 0 || count > MAX_COUNT) throw new RangeError(`count must be 0–${MAX_COUNT}`);
  const nowSec = Math.floor(now.getTime() / 1000);
  const ctx = createContext(seed, nowSec);
  const r: GeneratedRequests = {
    table: allocateRequestTable(
      count,
      CATEGORIES.map((c) => c.service.service_code),
      [...AGENCIES],
    ),
    district: new Uint16Array(count),
    neighbourhood: new Uint16Array(count),
    alley: new Uint16Array(count),
    districtIds: [...DISTRICT_IDS],
    start: ctx.cal.start,
    now: nowSec,
  };
  const burstRows = Math.round(count * BURST_SHARE);
  writeBursts(ctx, r, burstRows);
  writeSingles(ctx, r, burstRows);
  const sorted = sortByTime(r);
  injectBadRecords(ctx, sorted);
  return sorted;
}

/** True when row i is closed (its stage and closedAt agree by construction). */
export const isClosed = (table: RequestTable, i: number) => table.stage[i]! >= FIRST_CLOSED_STAGE;

/** Writes the requests that keep arriving after `now` (see live.ts), drawn like the year's singles. */
export interface ArrivalWriter {
  /** Row i: a new request, received at t (after `now`). */
  arrive(r: GeneratedRequests, i: number, t: number): void;
  /** An integer in [0, n), from the same seeded sequence. */
  int(n: number): number;
}

/**
 * The writer of the requests arriving after the year: the year's hotspots and calendar, its own random
 * sequence (the year's rows stay what they are), so the same seed gives the same arrivals.
 */
export function arrivalWriter(seed: number, nowSec: number): ArrivalWriter {
  const ctx = createContext(seed, nowSec);
  ctx.rng = createRandom(hash32(seed ^ 0x11fe));
  return {
    arrive(r, i, t) {
      const c = pickIndex(ctx.cal.categoriesByMonth[monthOf(ctx.cal, t)]!, ctx.rng.next());
      samplePoint(ctx, MIN_MARGIN_KM);
      writePlace(ctx, r, i, 1 + ctx.rng.int(60));
      writeCommon(ctx, r, i, c, t);
      r.table.requestedAt[i] = t;
      r.table.updatedAt[i] = t;
      r.table.closedAt[i] = 0;
      r.table.stage[i] = STAGE.received;
    },
    int: (n) => ctx.rng.int(n),
  };
}

/** Closes open row i at t: resolved by the municipality, referred by an outside agency. */
export function closeRow(table: RequestTable, i: number, t: number): void {
  table.stage[i] = MUNICIPAL[table.service[i]!] ? STAGE.resolved : STAGE.referred;
  table.closedAt[i] = t;
  table.updatedAt[i] = t;
}
