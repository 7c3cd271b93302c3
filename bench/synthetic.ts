/**
 * A seeded synthetic city for benchmarks: requests around 45.07 E, 37.55 N within about 7 km, most of
 * them in hotspots (an alley with a pothole, a street of broken lamps), 30 services, a year of times.
 * Self-contained on purpose: the demo city of mocks/ is another engineer's and may change.
 */
import { allocateRequestTable, NO_AREA, setIds, type RequestTable } from '../src/domain/request-table';
import { decimalColumn, gatherStrings } from '../src/domain/string-column';
import { FIRST_CLOSED_STAGE, STAGES } from '../src/domain/vocabulary';

/** The stages a 137 system records (the generic `open` and `closed` are for sources without stages). */
const BENCH_STAGES = (['received', 'assigned', 'in_progress', 'resolved', 'rejected', 'referred'] as const).map((s) =>
  STAGES.indexOf(s),
);

const CENTRE_LON = 45.07;
const CENTRE_LAT = 37.55;
const RADIUS_M = 7_000;
const SERVICES = 30;
const HOTSPOTS = 4_000;
const YEAR_START = 1_704_067_200; // 2024-01-01T00:00:00Z
const YEAR_S = 366 * 86_400;
const M_PER_DEG_LAT = 110_540;
const M_PER_DEG_LON = 111_320 * Math.cos((CENTRE_LAT * Math.PI) / 180);

/** Mulberry32: small, fast, seeded. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Hotspot {
  east: number;
  north: number;
  spread: number;
  service: number;
}

/** A table of `count` requests; the same seed gives the same table. */
export function syntheticRequests(count: number, seed = 137): RequestTable {
  const random = seededRandom(seed);
  const codes = Array.from({ length: SERVICES }, (_, s) => `S${String(s).padStart(2, '0')}`);
  const table = allocateRequestTable(count, codes, ['municipality', 'water', 'power']);
  // A city has a fixed number of trouble spots; more requests mean more reports per spot, not more spots.
  const hotspots = makeHotspots(random, HOTSPOTS);
  for (let i = 0; i < count; i++) {
    let east: number;
    let north: number;
    let service: number;
    if (random() < 0.7) {
      const h = hotspots[Math.floor(random() * hotspots.length)]!;
      east = h.east + gaussian(random) * h.spread;
      north = h.north + gaussian(random) * h.spread;
      service = random() < 0.8 ? h.service : Math.floor(random() * SERVICES);
    } else {
      [east, north] = inDisc(random, RADIUS_M);
      service = Math.floor(random() * SERVICES);
    }
    const requestedAt = YEAR_START + Math.floor(random() * YEAR_S);
    const stage = BENCH_STAGES[Math.floor(random() * BENCH_STAGES.length)]!;
    table.lon[i] = CENTRE_LON + east / M_PER_DEG_LON;
    table.lat[i] = CENTRE_LAT + north / M_PER_DEG_LAT;
    table.requestedAt[i] = requestedAt;
    table.updatedAt[i] = requestedAt;
    table.closedAt[i] = stage >= FIRST_CLOSED_STAGE ? requestedAt + Math.floor(random() * 30 * 86_400) : 0;
    table.service[i] = service;
    table.stage[i] = stage;
    table.agency[i] = service % 3;
    // About 1% set aside outside the city, as district assignment would leave them.
    table.district[i] = random() < 0.01 ? NO_AREA : 1 + Math.floor(random() * 12);
    table.neighbourhood[i] = table.district[i] === NO_AREA ? NO_AREA : Math.floor(random() * 200);
  }
  const ids = new Uint32Array(count);
  for (let i = 0; i < count; i++) ids[i] = 1_000_000 + i;
  setIds(table, decimalColumn(ids));
  return table;
}

function makeHotspots(random: () => number, count: number): Hotspot[] {
  return Array.from({ length: count }, () => {
    const [east, north] = inDisc(random, RADIUS_M * 0.9);
    return { east, north, spread: 10 + random() * 120, service: Math.floor(random() * SERVICES) };
  });
}

function inDisc(random: () => number, radius: number): [number, number] {
  const r = radius * Math.sqrt(random());
  const a = 2 * Math.PI * random();
  return [r * Math.cos(a), r * Math.sin(a)];
}

/** Box–Muller, one of the pair. */
function gaussian(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** The synthetic city at each size, the smaller ones the first rows of the largest (generated once). */
export function* syntheticAtSizes<S extends { n: number }>(sizes: readonly S[]): Generator<[S, RequestTable]> {
  const largest = syntheticRequests(Math.max(...sizes.map((s) => s.n)));
  for (const size of sizes) yield [size, size.n === largest.count ? largest : headOf(largest, size.n)];
}

/** The first `count` rows of a table, as a table of its own. */
export function headOf(table: RequestTable, count: number): RequestTable {
  const head = allocateRequestTable(count, table.serviceCodes, table.agencies);
  const columns = [
    'idKey',
    'lon',
    'lat',
    'requestedAt',
    'updatedAt',
    'closedAt',
    'dueAt',
    'service',
    'stage',
    'channel',
    'reporter',
    'agency',
    'district',
    'neighbourhood',
  ] as const;
  for (const c of columns) (head[c] as Uint32Array).set((table[c] as Uint32Array).subarray(0, count));
  head.ids = gatherStrings(
    table.ids,
    Uint32Array.from({ length: count }, (_, i) => i),
  );
  return head;
}

/**
 * A copy of `table` in which one row in `every` breaks a rule, as real exports have a few: in turn no
 * coordinates, a service outside the catalogue (`unknownService`, added to the copy's codes), closed
 * before it was requested. Rows are picked at random (seeded), so the rows kept come in runs of varied length.
 */
export function withBrokenRows(
  table: RequestTable,
  every: number,
  seed = 311,
): { table: RequestTable; broken: number } {
  const copy = headOf(table, table.count);
  copy.serviceCodes = [...table.serviceCodes, UNKNOWN_SERVICE];
  const random = seededRandom(seed);
  let broken = 0;
  for (let i = 0; i < copy.count; i++) {
    if (random() * every >= 1) continue;
    const kind = broken++ % 3;
    if (kind === 0) copy.lon[i] = NaN;
    else if (kind === 1) copy.service[i] = copy.serviceCodes.length - 1;
    else {
      copy.stage[i] = STAGES.indexOf('resolved');
      copy.closedAt[i] = copy.requestedAt[i]! - 3_600;
    }
  }
  return { table: copy, broken };
}

/** The service code `withBrokenRows` gives rows of a service outside the catalogue. */
export const UNKNOWN_SERVICE = 'X99';
