/**
 * The city-wide fiber-optic network: a few hundred km of segments laid along the roads, each with a planned
 * start and end and, once begun, its start and completion dates. The rollout runs from the centre outwards;
 * the contractors keep their dates unevenly (one mostly on time, one mostly late), so progress and the
 * contractors' scores can be read against the plan.
 */
import type { FiberSegmentCollection, LocalizedName } from '../../src/api/schemas';
import type { SegmentStatus } from '../../src/domain/vocabulary';
import { createRandom, type Random } from '../random';
import { DISTRICT_IDS, locate, type Location } from './areas';
import { roadSkeleton } from './basemap';
import { DAY } from './calendar';
import { lineLengthMeters, localIsoDate, toLonLat } from './frame';

type Km = [number, number];

/** The network the programme aims at, km of road. */
const TARGET_KM = 320;
/** Piece length for splitting roads into segments, km. */
const PIECE_KM = 1.2;

/** Cuts a km polyline into consecutive pieces of about `piece` km. */
export function splitLine(line: readonly Km[], piece: number): Km[][] {
  const pieces: Km[][] = [];
  let current: Km[] = [line[0]!];
  let run = 0;
  for (let i = 1; i < line.length; i++) {
    let [ax, ay] = current[current.length - 1]!;
    const [bx, by] = line[i]!;
    let len = Math.hypot(bx - ax, by - ay);
    while (run + len > piece) {
      const f = (piece - run) / len;
      const cut: Km = [ax + f * (bx - ax), ay + f * (by - ay)];
      current.push(cut);
      pieces.push(current);
      current = [cut];
      [ax, ay] = cut;
      len = Math.hypot(bx - ax, by - ay);
      run = 0;
    }
    current.push([bx, by]);
    run += len;
  }
  if (current.length > 1 && run > 0.05) pieces.push(current);
  return pieces;
}

/** Roads the network follows: every primary and secondary road, then grid streets until the target. */
function fiberRoutes(rng: Random): Km[][] {
  const routes: Km[][] = [];
  let km = 0;
  const roads = roadSkeleton().filter((r) => r.cls !== 'motorway');
  const length = (line: Km[]) =>
    line.reduce((s, p, i) => (i ? s + Math.hypot(p[0] - line[i - 1]![0], p[1] - line[i - 1]![1]) : 0), 0);
  for (const road of roads.filter((r) => r.cls !== 'street')) {
    routes.push(road.km);
    km += length(road.km);
  }
  for (const road of roads.filter((r) => r.cls === 'street')) {
    if (km >= TARGET_KM) break;
    if (rng.chance(0.55)) {
      routes.push(road.km);
      km += length(road.km);
    }
  }
  return routes;
}

interface Contractor {
  name: LocalizedName;
  /** Chance that work begins weeks after its planned start. */
  lateStart: number;
  /** Median of the actual duration over the planned one. */
  pace: number;
  /** Share of the segments awarded to it. */
  share: number;
}

/** The firms the demo's segments are awarded to, from the punctual to the habitually late. */
const CONTRACTORS: readonly Contractor[] = [
  { name: { fa: 'مخابرات آذربایجان غربی', en: 'West Azarbaijan Telecom' }, lateStart: 0.1, pace: 0.9, share: 0.3 },
  { name: { fa: 'فیبر نوین ارومیه', en: 'Novin Fiber Urmia' }, lateStart: 0.25, pace: 1.05, share: 0.25 },
  { name: { fa: 'شبکه‌گستر شمال‌غرب', en: 'Shabakeh-Gostar Northwest' }, lateStart: 0.4, pace: 1.2, share: 0.25 },
  { name: { fa: 'کابل آراز', en: 'Araz Cable' }, lateStart: 0.6, pace: 1.45, share: 0.2 },
];
/** A segment planned to begin further ahead than this is not yet awarded: it has no contractor. */
const AWARDED_AHEAD = 120 * DAY;

/** A contractor drawn by their shares. */
function pickContractor(rng: Random): Contractor {
  let u = rng.next();
  for (const contractor of CONTRACTORS) {
    if (u < contractor.share) return contractor;
    u -= contractor.share;
  }
  return CONTRACTORS[CONTRACTORS.length - 1]!;
}

interface Schedule {
  status: SegmentStatus;
  plannedStart: number;
  plannedEnd: number;
  startedAt: number | null;
  completedAt: number | null;
}

/**
 * Planned and actual dates: `rank` in [0, 1] orders the work from the centre outwards; the contractor sets
 * how often work begins late and how long it takes against the plan.
 */
function schedule(
  rng: Random,
  nowSec: number,
  rank: number,
  km: number,
  district: number,
  contractor: Contractor,
): Schedule {
  const programStart = nowSec - 900 * DAY;
  const programEnd = nowSec + 360 * DAY;
  // District 5, the smart-city pilot, was cabled first.
  const order = district === 4 ? rank * 0.5 : rank;
  const plannedStart = programStart + order * (programEnd - programStart - 150 * DAY);
  const plannedEnd = plannedStart + (20 + 25 * km) * DAY;
  const actualStart =
    plannedStart + (rng.chance(contractor.lateStart) ? rng.lognormal(25, 0.8) * DAY : rng.uniform(-5, 5) * DAY);
  const done = actualStart + (plannedEnd - plannedStart) * rng.lognormal(contractor.pace, 0.3);
  const status: SegmentStatus = done <= nowSec ? 'completed' : actualStart <= nowSec ? 'under_construction' : 'planned';
  return {
    status,
    plannedStart,
    plannedEnd,
    startedAt: status === 'planned' ? null : actualStart,
    completedAt: status === 'completed' ? done : null,
  };
}

export function buildFiber(seed: number, now: Date): FiberSegmentCollection {
  const rng = createRandom(seed ^ 0x0f1be7);
  // The awards have a stream of their own, so the network's roads do not change with the contractors.
  const awards = createRandom(seed ^ 0xa3a2d);
  const nowSec = Math.floor(now.getTime() / 1000);
  const at: Location = { district: -1, neighbourhood: -1, margin: 0 };
  const pieces = fiberRoutes(rng).flatMap((route) => splitLine(route, PIECE_KM * rng.uniform(0.7, 1.3)));
  const features: FiberSegmentCollection['features'] = [];
  for (const piece of pieces) {
    const mid = piece[Math.floor(piece.length / 2)]!;
    const [x, y] = piece.length === 2 ? [(piece[0]![0] + piece[1]![0]) / 2, (piece[0]![1] + piece[1]![1]) / 2] : mid;
    const district = locate(x, y, at).district;
    if (district < 0) continue;
    const coordinates = piece.map((p) => toLonLat(...p));
    const length = lineLengthMeters(coordinates);
    const rank = Math.min(1, Math.max(0, Math.hypot(x, y) / 7 + rng.uniform(-0.15, 0.15)));
    const contractor = pickContractor(awards);
    const s = schedule(rng, nowSec, rank, length / 1000, district, contractor);
    const awarded = s.plannedStart - nowSec <= AWARDED_AHEAD;
    const id = `f${String(features.length + 1).padStart(4, '0')}`;
    features.push({
      type: 'Feature',
      id,
      properties: {
        id,
        status: s.status,
        planned_start: localIsoDate(s.plannedStart),
        planned_end: localIsoDate(s.plannedEnd),
        completed_at: s.completedAt === null ? null : localIsoDate(s.completedAt),
        district_id: DISTRICT_IDS[district]!,
        length_m: Math.round(length * 10) / 10,
        ...(awarded ? { contractor: contractor.name } : {}),
        ...(s.startedAt === null ? {} : { started_at: localIsoDate(s.startedAt) }),
      },
      geometry: { type: 'LineString', coordinates },
    });
  }
  return { type: 'FeatureCollection', features };
}
