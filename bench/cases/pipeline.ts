/**
 * The request worker's pipeline, step by step, at 100k, 1M and 5M rows: decode the Arrow response,
 * assign districts and neighbourhoods, aggregate the KPIs. Baselines run in the same process on the same
 * data: the v1 home-made columnar form and apache-arrow's decode of the same bytes (interleaved with ours),
 * JSON.parse of the same requests as Open311 JSON (100k only: a million records of JSON is a string near
 * V8's length limit), and a loop of turf.booleanPointInPolygon over the demo city's polygons.
 */
import { booleanPointInPolygon, point } from '@turf/turf';
import { buildDistricts, buildNeighbourhoods } from '../../mocks/city/areas';
import { encodeArrowRequests } from '../../src/api/arrow/arrow-encode';
import { decodeArrowRequests } from '../../src/api/arrow/arrow-requests';
import { stringAt } from '../../src/domain/string-column';
import { timeBins } from '../../src/domain/time-bins';
import { decodeWithApacheArrow } from '../arrow-apache';
import { decodeColumnar, encodeColumnar } from '../columnar-v1';
import { aggregateRequests, type AggregateOptions } from '../../src/domain/aggregate';
import { assignAreas, buildAreaIndex } from '../../src/domain/area-index';
import type { RequestFilter } from '../../src/domain/request-filter';
import { NO_AREA, type RequestTable } from '../../src/domain/request-table';
import { FIRST_CLOSED_STAGE, STAGES } from '../../src/domain/vocabulary';
import {
  round,
  roundRatio,
  timeInterleaved,
  timeMedian,
  timed,
  withBaseline,
  type BenchEntry,
  type BenchGroup,
  type Timing,
} from '../harness';
import { syntheticAtSizes, withBrokenRows } from '../synthetic';

const SIZES = [
  { n: 100_000, runs: 9 },
  { n: 1_000_000, runs: 7 },
  { n: 5_000_000, runs: 3 },
];
/** Decodes are quick and noisy on a shared machine: more runs, interleaved with their baselines. */
const DECODE_RUNS: Record<number, number> = { 100_000: 31, 1_000_000: 15, 5_000_000: 7 };
/** Real exports have a few rows set aside (about 0.1 %); the synthetic city has none. */
const BROKEN_EVERY = 1_000;
/** The turf loop takes minutes at 5M; it runs at 100k and 1M, once each. */
const TURF_SIZES = new Set([100_000, 1_000_000]);

/** The demo city's areas, which the synthetic requests lie in (also the refresh case's). */
export const districts = buildDistricts();
export const neighbourhoods = buildNeighbourhoods();
export const neighbourhoodDistrict = neighbourhoods.features.map((n) =>
  districts.features.findIndex((d) => d.properties.id === n.properties.district_id),
);

export const pipelineGroup: BenchGroup = {
  name: 'pipeline',
  run: () => {
    const entries: BenchEntry[] = [];
    for (const [{ n, runs }, table] of syntheticAtSizes(SIZES)) {
      const decoded = decodeCases(table, DECODE_RUNS[n]!);
      entries.push(...decoded);
      if (n === 100_000) entries.push(jsonCase(table, { ...decoded[0]!, name: 'decode-arrow-vs-json' }));
      if (n === 1_000_000) entries.push(brokenRowsCase(table, DECODE_RUNS[n]!));
      entries.push(assignCase(table, runs), aggregateCase(table, runs));
    }
    return entries;
  },
};

const note = (runs: number) => (runs < 5 ? `${runs} runs only` : undefined);

const districtIds = districts.features.map((f) => f.properties.id);

/** The same requests as an Arrow stream and in the v1 form, and the catalogue they are checked against. */
function bodies(table: RequestTable, known: ReadonlySet<string>) {
  const source = { table, district: table.district, districtIds };
  const arrow = encodeArrowRequests(source);
  return {
    arrow,
    v1: encodeColumnar(source),
    ours: () => decodeArrowRequests(arrow, (code) => known.has(code)),
    mb: (arrow.byteLength / 1e6).toFixed(1),
  };
}

/**
 * decode-arrow against the v1 form's decode (the issue's target: at most 1.5 times its time) and against
 * apache-arrow's decode of the same bytes, the three interleaved.
 */
function decodeCases(table: RequestTable, runs: number): BenchEntry[] {
  const known = new Set(table.serviceCodes);
  const { arrow, v1, ours, mb } = bodies(table, known);
  const [flechette, columnar, apache] = timeInterleaved(
    [ours, () => decodeColumnar(v1, known), () => decodeWithApacheArrow(arrow, (code) => known.has(code))],
    runs,
  );
  const entry = (name: string, extra: string): BenchEntry => ({
    name,
    n: table.count,
    ...timed(flechette!),
    note: `${mb} MB; ${extra}${note(runs) ? `; ${note(runs)}` : ''}`,
  });
  return [
    withBaseline(
      entry('decode-arrow', `arrow ÷ v1 = ${ratios(flechette!, columnar!)} (target ≤ 1.5×)`),
      'the v1 home-made columnar form (requests.bin) of the same requests',
      columnar!,
    ),
    withBaseline(
      entry('decode-arrow-vs-apache-arrow', `apache-arrow ÷ flechette = ${ratios(apache!, flechette!)}`),
      'apache-arrow 21 reading the same bytes, then the same readers and rules',
      apache!,
    ),
  ];
}

/** a ÷ b three ways: the medians' ratio, the median of the rounds' own ratios, and in CPU time. */
const ratios = (a: Timing, b: Timing) =>
  `${(a.ms / b.ms).toFixed(2)}× (rounds' own ratios: ${roundRatio(a, b).toFixed(2)}×; CPU time: ${(a.cpuMs! / b.cpuMs!).toFixed(2)}×)`;

/** The real-data case: one row in a thousand set aside, taken out of the table in place. */
function brokenRowsCase(clean: RequestTable, runs: number): BenchEntry {
  const { table, broken } = withBrokenRows(clean, BROKEN_EVERY);
  const known = new Set(clean.serviceCodes);
  const { v1, ours, mb } = bodies(table, known);
  const setAside = ours().setAside.total;
  if (setAside !== broken) throw new Error(`decode set aside ${setAside} rows of ${broken} broken`);
  const [flechette, columnar] = timeInterleaved([ours, () => decodeColumnar(v1, known)], runs);
  return withBaseline(
    {
      name: 'decode-arrow-some-set-aside',
      n: table.count,
      ...timed(flechette!),
      note: `${mb} MB; ${setAside} rows set aside; arrow ÷ v1 = ${ratios(flechette!, columnar!)}`,
    },
    'the v1 form of the same requests (the same rows set aside)',
    columnar!,
  );
}

/** JSON.parse of the same requests as Open311 records (100k only). */
function jsonCase(table: RequestTable, entry: BenchEntry): BenchEntry {
  const json = JSON.stringify(open311Records(table));
  const parse = timeMedian(() => JSON.parse(json), 3);
  return withBaseline(
    { ...entry, note: `${entry.note}; JSON ${(json.length / 1e6).toFixed(1)} MB` },
    'JSON.parse of the same requests as Open311 records',
    parse,
  );
}

function assignCase(table: RequestTable, runs: number): BenchEntry {
  const districtIndex = buildAreaIndex(districts.features.map((f) => f.geometry));
  const neighbourhoodIndex = buildAreaIndex(neighbourhoods.features.map((f) => f.geometry));
  let outside = 0;
  const timing = timeMedian(
    () => (outside = assignAreas(table, districtIndex, neighbourhoodIndex, neighbourhoodDistrict).total),
    runs,
  );
  const entry: BenchEntry = {
    name: 'assign-areas',
    n: table.count,
    ms: round(timing.ms),
    runs: timing.runs,
    note: `${districts.features.length} districts, ${neighbourhoods.features.length} neighbourhoods; ${outside} outside${note(runs) ? `; ${note(runs)}` : ''}`,
  };
  if (!TURF_SIZES.has(table.count)) return entry;
  const expected = Uint16Array.from(table.neighbourhood);
  const turf = turfLoop(table);
  const disagreements = expected.reduce((k, v, i) => k + (v !== turf.neighbourhood[i] ? 1 : 0), 0);
  return withBaseline(
    { ...entry, note: `${entry.note}; ${disagreements} rows assigned differently by turf` },
    'loop of turf.booleanPointInPolygon over the neighbourhoods, then districts',
    turf.timing,
  );
}

/** The straightforward way: test each point against each polygon until one holds it. */
function turfLoop(table: RequestTable): { timing: Timing; neighbourhood: Uint16Array } {
  const neighbourhood = new Uint16Array(table.count);
  const timing = timeMedian(
    () => {
      for (let i = 0; i < table.count; i++) {
        const p = point([table.lon[i]!, table.lat[i]!]);
        let found = neighbourhoods.features.findIndex((f) => booleanPointInPolygon(p, f.geometry));
        if (found < 0) found = districts.features.some((f) => booleanPointInPolygon(p, f.geometry)) ? -2 : -1;
        neighbourhood[i] = found >= 0 ? found : NO_AREA;
      }
    },
    1,
    0,
  );
  return { timing, neighbourhood };
}

/** The KPIs' filter (whole year, every filter open) and options over a synthetic table. */
export function kpiInputs(table: RequestTable): { filter: RequestFilter; options: AggregateOptions } {
  const from = Math.min(...table.requestedAt.subarray(0, 1000));
  const filter: RequestFilter = {
    from: 0,
    to: 2 ** 32 - 1,
    serviceMask: null,
    status: 'all',
    district: null,
    neighbourhood: null,
  };
  const options: AggregateOptions = {
    now: from + 366 * 86_400,
    slaHours: new Float64Array(table.serviceCodes.length).fill(72),
    districtCount: districts.features.length,
    neighbourhoodCount: neighbourhoods.features.length,
    binBounds: timeBins(from, from + 366 * 86_400, 'UTC').bounds,
  };
  return { filter, options };
}

function aggregateCase(table: RequestTable, runs: number): BenchEntry {
  const { filter, options } = kpiInputs(table);
  const timing = timeMedian(() => aggregateRequests(table, filter, options), runs);
  return {
    name: 'aggregate-kpis',
    n: table.count,
    ms: round(timing.ms),
    runs: timing.runs,
    note: `whole year, all filters open${note(runs) ? `; ${note(runs)}` : ''}`,
  };
}

/** The same requests as the JSON form of the contract would carry them. */
function open311Records(table: RequestTable) {
  const iso = (s: number) => new Date(s * 1000).toISOString().replace('.000Z', '+00:00');
  return Array.from({ length: table.count }, (_, i) => ({
    service_request_id: stringAt(table.ids, i),
    service_code: table.serviceCodes[table.service[i]!],
    status: table.stage[i]! >= FIRST_CLOSED_STAGE ? 'closed' : 'open',
    stage: STAGES[table.stage[i]!],
    description: 'آسفالت کوچه خراب است',
    lat: table.lat[i],
    long: table.lon[i],
    address: 'ارومیه، خیابان امام، کوچه ۱۲',
    requested_datetime: iso(table.requestedAt[i]!),
    updated_datetime: iso(table.updatedAt[i]!),
    closed_datetime: table.closedAt[i] ? iso(table.closedAt[i]!) : null,
    agency_responsible: table.agencies[table.agency[i]!],
    channel: 'phone',
  }));
}
