/**
 * The fiber rollout's figures at 1,000 and 10,000 segments of a synthetic network (seeded, 20 districts,
 * a programme of three years seen halfway): a playback frame (every segment's state at an instant and the
 * km built then) against a naive frame over the segment objects (each segment's ISO dates compared with the
 * instant's day, states as strings, the built km by filter and sum), both run in turn on the same instants;
 * the forecast of the city and its districts against a naive forecast that filters the segment objects by
 * district and month; and the one-off reading of the network that both of ours stand on.
 */
import type { FiberSegmentCollection } from '../../src/api/schemas';
import { fiberSegmentInputs } from '../../src/api/fiber-segments';
import { buildAreaIndex } from '../../src/domain/area-index';
import { isoDayOf } from '../../src/domain/calendar';
import { fiberCurves } from '../../src/domain/fiber/burn-up';
import { fiberForecasts, type ForecastOptions } from '../../src/domain/fiber/forecast';
import { monthStart } from '../../src/domain/fiber/months';
import { buildFiberNetwork } from '../../src/domain/fiber/network';
import { COMPLETED, PHASE_MASK, playbackFrame } from '../../src/domain/fiber/playback';
import type { AreaShape } from '../../src/domain/geometry';
import { quantile } from '../../src/domain/statistics';
import type { SegmentStatus } from '../../src/domain/vocabulary';
import {
  round,
  roundRatio,
  timeInterleaved,
  timeMedian,
  timed,
  withBaseline,
  type BenchEntry,
  type BenchGroup,
} from '../harness';
import { seededRandom } from '../synthetic';

const SIZES = [1_000, 10_000];
const FRAME_RUNS = 301;
const FORECAST_RUNS = 21;
const TIME_ZONE = 'Asia/Tehran';
const DAY = 86_400;
const PROGRAMME_START = 1_704_067_200; // 2024-01-01T00:00:00Z
const NOW = PROGRAMME_START + 540 * DAY;
const FORECAST: ForecastOptions = { calendar: 'persian', timeZone: TIME_ZONE };
const COLUMNS = 5;
const ROWS = 4;
const CELL = 0.02;

const districtShapes: AreaShape[] = Array.from({ length: COLUMNS * ROWS }, (_, d) => {
  const [x, y] = [45 + (d % COLUMNS) * CELL, 37.5 + Math.floor(d / COLUMNS) * CELL];
  return {
    type: 'Polygon',
    coordinates: [
      [
        [x, y],
        [x + CELL, y],
        [x + CELL, y + CELL],
        [x, y + CELL],
        [x, y],
      ],
    ],
  };
});
const districtIds = districtShapes.map((_, d) => String(d + 1));

export const fiberGroup: BenchGroup = {
  name: 'fiber',
  run: () => SIZES.flatMap((n) => [buildCase(n), frameCase(n), forecastCase(n)]),
};

const isoDay = (t: number) => new Date(t * 1000).toISOString().slice(0, 10);

/** A network of `n` segments of 0.3–1.5 km, each in its district, planned over three years. */
function syntheticFiber(n: number): FiberSegmentCollection {
  const random = seededRandom(1_400 + n);
  const features = Array.from({ length: n }, (_, i): FiberSegmentCollection['features'][number] => {
    const d = Math.floor(random() * districtShapes.length);
    const [x, y] = [45 + (d % COLUMNS) * CELL + random() * CELL, 37.5 + Math.floor(d / COLUMNS) * CELL];
    const plannedStart = PROGRAMME_START + Math.floor(random() * 1_000) * DAY;
    const plannedEnd = plannedStart + (20 + Math.floor(random() * 60)) * DAY;
    const startedAt = plannedStart + Math.floor(random() * 30 - 5) * DAY;
    const completedAt = startedAt + (plannedEnd - plannedStart) * (0.8 + random());
    const status: SegmentStatus =
      completedAt <= NOW ? 'completed' : startedAt <= NOW ? 'under_construction' : 'planned';
    const id = `s${String(i)}`;
    return {
      type: 'Feature',
      properties: {
        id,
        status,
        planned_start: isoDay(plannedStart),
        planned_end: isoDay(plannedEnd),
        completed_at: status === 'completed' ? isoDay(completedAt) : null,
        started_at: status === 'planned' ? null : isoDay(startedAt),
        district_id: districtIds[d]!,
        length_m: 300 + Math.floor(random() * 1_200),
      },
      geometry: {
        type: 'LineString',
        coordinates: [
          [x, y + CELL / 2],
          [x + 0.001, y + CELL / 2],
        ],
      },
    };
  });
  return { type: 'FeatureCollection', features };
}

const index = buildAreaIndex(districtShapes);

function readNetwork(fiber: FiberSegmentCollection) {
  const { segments, contractors } = fiberSegmentInputs(fiber, districtIds);
  const network = buildFiberNetwork(segments, index, {
    districtCount: districtIds.length,
    contractorCount: contractors.length,
    timeZone: TIME_ZONE,
    asOf: NOW,
  });
  return { network, curves: fiberCurves(network) };
}

const cache = new Map<number, { fiber: FiberSegmentCollection } & ReturnType<typeof readNetwork>>();
function inputsOf(n: number) {
  let inputs = cache.get(n);
  if (!inputs) {
    const fiber = syntheticFiber(n);
    cache.set(n, (inputs = { fiber, ...readNetwork(fiber) }));
  }
  return inputs;
}

function buildCase(n: number): BenchEntry {
  const { fiber } = inputsOf(n);
  const timing = timeMedian(() => readNetwork(fiber), 9);
  return {
    name: 'fiber-read-network',
    n,
    ...timed(timing),
    note: 'once per data load: segments to indexes, dates to instants, district shares, km curves',
  };
}

/** The straightforward frame: every segment's dates compared, as strings, with the instant's city day. */
function naiveFrame(fiber: FiberSegmentCollection, t: number) {
  const today = isoDayOf(t, TIME_ZONE);
  const states = fiber.features.map(({ properties: p }) => {
    if (p.completed_at !== null && p.completed_at <= today) return 'completed';
    const began = p.started_at ?? (p.status === 'planned' ? null : p.planned_start);
    const phase = began !== null && began <= today ? 'under_construction' : 'planned';
    return p.planned_end < today ? `${phase}_late` : phase;
  });
  const builtKm =
    fiber.features
      .filter(({ properties: p }) => p.completed_at !== null && p.completed_at <= today)
      .reduce((sum, f) => sum + f.properties.length_m, 0) / 1000;
  return { states, builtKm };
}

function frameCase(n: number): BenchEntry {
  const { fiber, network, curves } = inputsOf(n);
  const states = new Uint8Array(n);
  // A slider dragged over the programme: a different day each frame, at noon in the city.
  const instants = Array.from({ length: 64 }, (_, k) => PROGRAMME_START + (k * 17 + 0.5) * DAY - 3.5 * 3600);
  for (const t of instants) {
    const km = playbackFrame(network, curves.city, t, states);
    const naive = naiveFrame(fiber, t);
    const completed = states.reduce((c, s) => c + ((s & PHASE_MASK) === COMPLETED ? 1 : 0), 0);
    const naiveCompleted = naive.states.filter((s) => s === 'completed').length;
    if (completed !== naiveCompleted || Math.abs(km - naive.builtKm) > 1e-6) {
      throw new Error(
        `the frames disagree at ${isoDay(t)}: ${completed} / ${naiveCompleted} built, ${km} / ${naive.builtKm} km`,
      );
    }
  }
  let k = 0;
  let j = 0;
  const [ours, baseline] = timeInterleaved(
    [
      () => playbackFrame(network, curves.city, instants[k++ % instants.length]!, states),
      () => naiveFrame(fiber, instants[j++ % instants.length]!),
    ],
    FRAME_RUNS,
    5,
  );
  return withBaseline(
    {
      name: 'fiber-playback-frame',
      n,
      ...timed(ours!),
      note: `state of every segment + built km: ${(ours!.ms * 1000).toFixed(1)} µs (naive ${(baseline!.ms * 1000).toFixed(0)} µs); rounds' own ratio ${roundRatio(baseline!, ours!).toFixed(1)}×`,
    },
    'naive frame over the segment objects (ISO dates compared as strings, states as strings, filter + sum)',
    baseline!,
  );
}

/** The straightforward forecast: per area and month, the segment objects filtered and summed. */
function naiveForecast(fiber: FiberSegmentCollection) {
  const months: string[] = [];
  let next = monthStart(NOW, 'persian', TIME_ZONE);
  for (let m = 0; m <= 6; m++) {
    months.unshift(isoDayOf(next, TIME_ZONE));
    next = monthStart(next - 1, 'persian', TIME_ZONE);
  }
  const today = isoDayOf(NOW, TIME_ZONE);
  return [null, ...districtIds].map((district) => {
    const mine = fiber.features.filter((f) => district === null || f.properties.district_id === district);
    const km = (from: string, to: string) =>
      mine
        .filter(
          (f) =>
            f.properties.completed_at !== null && f.properties.completed_at >= from && f.properties.completed_at < to,
        )
        .reduce((sum, f) => sum + f.properties.length_m / 1000, 0);
    const rates = Float64Array.from(months.slice(0, -1), (from, m) => {
      const days = Math.round((Date.parse(months[m + 1]!) - Date.parse(from)) / 86_400_000);
      return km(from, months[m + 1]!) / days;
    });
    const builtKm = mine
      .filter((f) => f.properties.completed_at !== null && f.properties.completed_at <= today)
      .reduce((sum, f) => sum + f.properties.length_m / 1000, 0);
    const remaining = mine.reduce((sum, f) => sum + f.properties.length_m / 1000, 0) - builtKm;
    const median = quantile(rates, rates.length, 0.5);
    return { median, likely: NOW + (remaining / median) * DAY };
  });
}

function forecastCase(n: number): BenchEntry {
  const { fiber, curves } = inputsOf(n);
  const city = fiberForecasts(curves, NOW, FORECAST).city;
  const naiveCity = naiveForecast(fiber)[0]!;
  if (city.kind !== 'forecast' || Math.abs(city.pace.median - naiveCity.median) > 1e-9) {
    throw new Error(`the forecasts disagree: ${JSON.stringify(city)} / ${JSON.stringify(naiveCity)}`);
  }
  const [ours, baseline] = timeInterleaved(
    [() => fiberForecasts(curves, NOW, FORECAST), () => naiveForecast(fiber)],
    FORECAST_RUNS,
    3,
  );
  return withBaseline(
    {
      name: 'fiber-forecast',
      n,
      ...timed(ours!),
      note: `city + ${String(districtIds.length)} districts, 6-month window; city median pace ${round(city.pace.median * 30, 1)} km a month`,
    },
    'naive forecast filtering the segment objects by district and month',
    baseline!,
  );
}
