/**
 * Urmia's outline, its five municipal districts and forty neighbourhoods, built from one set of sampled
 * vertices so that nesting is exact: the outline is a star-shaped polygon r(θ) around the centre, District 1
 * (the old centre) is the inner ring, Districts 2–5 are angular sectors of the outer annulus, and every
 * neighbourhood is a ring × sector cell of its district. The geography is fixed (it does not depend on the
 * seed): a city keeps its shape whatever its requests are.
 */
import type { DistrictCollection, LocalizedName, NeighbourhoodCollection } from '../../src/api/schemas';
import { toLonLat } from './frame';

/** Angular samples of every ring (one every 3°). */
export const SAMPLES = 120;
const STEP = (2 * Math.PI) / SAMPLES;
/** First wedge of Districts 2, 3, 4, 5 (District 5 wraps past wedge 0). */
const SECTOR_STARTS = [5, 36, 66, 97] as const;
/** Where the band boundary of the outer districts lies between the inner ring (0) and the outline (1). */
const BAND = 0.45;
/** District 1's central neighbourhood reaches this fraction of the inner ring. */
const CORE = 0.5;
const INNER_SECTORS = 7;
const OUTER_SECTORS = 4;

export const CITY_POPULATION = 1_000_000;
const DISTRICT_POPULATIONS = [178_000, 214_000, 206_000, 197_000, 205_000] as const;

export const DISTRICT_IDS = ['1', '2', '3', '4', '5'] as const;
const FA_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
/** Latin digits to Persian digits. */
export const faDigits = (s: string | number) => String(s).replace(/\d/g, (d) => FA_DIGITS[Number(d)]!);

/** Neighbourhood names, in cell order: District 1 core then ring; then per outer district inner band, outer band. */
export const NEIGHBOURHOOD_NAMES: readonly (readonly [string, string])[] = [
  ['بازار', 'Bazaar'],
  ['خیام', 'Khayyam'],
  ['عسگرخان', 'Asgarkhan'],
  ['بهداری', 'Behdari'],
  ['امامزاده', 'Emamzadeh'],
  ['مدنی', 'Madani'],
  ['دانشسرا', 'Daneshsara'],
  ['باغ ملی', 'Bagh-e Melli'],
  ['ایستگاه', 'Istgah'],
  ['شیخ‌تپه', 'Sheikh Tappeh'],
  ['کشتارگاه', 'Koshtargah'],
  ['دانشکده', 'Daneshkadeh'],
  ['نازلو', 'Nazlu'],
  ['کوی نصر', 'Kuy-e Nasr'],
  ['الماسی', 'Almasi'],
  ['منبع', 'Manba'],
  ['ارتش', 'Artesh'],
  ['کوی اساتید', 'Kuy-e Asatid'],
  ['زینبیه', 'Zeynabiyeh'],
  ['اسلام‌آباد', 'Eslamabad'],
  ['شهرک امام', 'Shahrak-e Emam'],
  ['کوی ولیعصر', 'Kuy-e Valiasr'],
  ['فلسطین', 'Felestin'],
  ['آزادگان', 'Azadegan'],
  ['طالقانی', 'Taleghani'],
  ['شهرک فرهنگیان', 'Shahrak-e Farhangian'],
  ['دریا', 'Darya'],
  ['هفت‌آسیاب', 'Haft Asiab'],
  ['بند', 'Band'],
  ['خطیبی', 'Khatibi'],
  ['مولوی', 'Mowlavi'],
  ['کوی رسالت', 'Kuy-e Resalat'],
  ['شهرک غفاری', 'Shahrak-e Ghaffari'],
  ['دیزج', 'Dizaj'],
  ['بهار', 'Bahar'],
  ['جاده سلماس', 'Jadeh-ye Salmas'],
  ['کوی مهدی', 'Kuy-e Mahdi'],
  ['شهرک صنعتی', 'Shahrak-e Sanati'],
  ['ابوذر', 'Abuzar'],
  ['کوی جهاد', 'Kuy-e Jahad'],
];

const theta = (i: number) => ((i % SAMPLES) * 2 * Math.PI) / SAMPLES;

/** The outline's radius in km: an ellipse stretched north–south with a few irregular harmonics. */
function outerRadius(t: number): number {
  const ellipse = 1 / Math.hypot(Math.cos(t) / 0.86, Math.sin(t) / 1.12);
  const wobble = 0.09 * Math.sin(2 * t + 0.7) + 0.07 * Math.sin(3 * t + 1.9) + 0.05 * Math.sin(5 * t + 0.3);
  return 5.9 * ellipse * (1 + wobble + 0.03 * Math.sin(9 * t + 2.2));
}

const innerRadius = (t: number) => outerRadius(t) * 0.37 * (1 + 0.09 * Math.sin(3 * t + 0.4));

/** Radii (km) per sample of each ring the areas are built from. */
const RINGS = (() => {
  const outer = new Float64Array(SAMPLES);
  const inner = new Float64Array(SAMPLES);
  for (let i = 0; i < SAMPLES; i++) {
    outer[i] = outerRadius(theta(i));
    inner[i] = innerRadius(theta(i));
  }
  const band = outer.map((r, i) => inner[i]! + BAND * (r - inner[i]!));
  const core = inner.map((r) => CORE * r);
  return { outer, inner, band, core };
})();
type RingName = keyof typeof RINGS;

/** Km position of sample i of a ring. */
function vertexKm(ring: RingName, i: number): [number, number] {
  const r = RINGS[ring][i % SAMPLES]!;
  return [r * Math.cos(theta(i)), r * Math.sin(theta(i))];
}

const vertex = (ring: RingName, i: number) => toLonLat(...vertexKm(ring, i));

/** Samples from..to of a ring (indexes may run past SAMPLES), walking forwards or backwards. */
function arc(ring: RingName, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  const dir = to >= from ? 1 : -1;
  for (let i = from; i !== to + dir; i += dir) out.push(vertex(ring, i));
  return out;
}

const closed = (ring: [number, number][]) => [...ring, ring[0]!];
const fullRing = (ring: RingName) => closed(arc(ring, 0, SAMPLES - 1));
/** The cell between two rings over wedges from..to, counter-clockwise. */
const cell = (outer: RingName, inner: RingName, from: number, to: number) =>
  closed([...arc(outer, from, to), ...arc(inner, to, from)]);

/** Splits wedges start..end into n contiguous ranges [from, to] (sample indexes, `to` exclusive of the wedge). */
function split(start: number, end: number, n: number): [number, number][] {
  const bounds = Array.from({ length: n + 1 }, (_, k) => start + Math.round((k * (end - start)) / n));
  return bounds.slice(0, n).map((b, k) => [b, bounds[k + 1]!]);
}

function sectorRange(d: number): [number, number] {
  const start = SECTOR_STARTS[d]!;
  const next = SECTOR_STARTS[(d + 1) % 4]!;
  return [start, next > start ? next : next + SAMPLES];
}

const INNER_SPLIT = split(3, 3 + SAMPLES, INNER_SECTORS);
const OUTER_SPLIT = [0, 1, 2, 3].map((d) => split(...sectorRange(d), OUTER_SECTORS));

interface Area {
  name: LocalizedName;
  ring: [number, number][];
  weight: number;
}

function districtAreas(): Area[] {
  const one: Area = {
    name: { fa: 'منطقه ۱', en: 'District 1' },
    ring: fullRing('inner'),
    weight: 1,
  };
  return [
    one,
    ...[0, 1, 2, 3].map((d) => ({
      name: { fa: `منطقه ${faDigits(d + 2)}`, en: `District ${d + 2}` },
      ring: cell('outer', 'inner', ...sectorRange(d)),
      weight: 1,
    })),
  ];
}

/** Neighbourhoods in index order, each with its district index. */
function neighbourhoodAreas(): (Area & { district: number })[] {
  const cells: { ring: [number, number][]; district: number; weight: number }[] = [
    { ring: fullRing('core'), district: 0, weight: 0.8 },
    ...INNER_SPLIT.map(([a, b]) => ({ ring: cell('inner', 'core', a, b), district: 0, weight: 1.15 })),
  ];
  OUTER_SPLIT.forEach((subs, d) => {
    for (const [a, b] of subs) cells.push({ ring: cell('band', 'inner', a, b), district: d + 1, weight: 1.3 });
    for (const [a, b] of subs) cells.push({ ring: cell('outer', 'band', a, b), district: d + 1, weight: 0.75 });
  });
  return cells.map((c, i) => {
    const [fa, en] = NEIGHBOURHOOD_NAMES[i]!;
    return { ...c, name: { fa, en }, weight: c.weight * ringArea(c.ring) };
  });
}

/** Planar area of a lon/lat ring in square degrees (shoelace; positive when counter-clockwise). */
export function ringArea(ring: readonly (readonly number[])[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += ring[j]![0]! * ring[i]![1]! - ring[i]![0]! * ring[j]![1]!;
  }
  return sum / 2;
}

/** Splits an integer total in proportion to weights, by largest remainder, so the parts sum exactly. */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (total * w) / sum);
  const parts = raw.map(Math.floor);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0]);
  let left = total - parts.reduce((a, b) => a + b, 0);
  for (const [, i] of order) if (left-- > 0) parts[i]! += 1;
  return parts;
}

export function buildDistricts(): DistrictCollection {
  return {
    type: 'FeatureCollection',
    features: districtAreas().map((a, d) => ({
      type: 'Feature',
      id: DISTRICT_IDS[d]!,
      properties: { id: DISTRICT_IDS[d]!, name: a.name, population: DISTRICT_POPULATIONS[d]! },
      geometry: { type: 'Polygon', coordinates: [a.ring] },
    })),
  };
}

export function neighbourhoodId(n: number): string {
  return `n${String(n + 1).padStart(2, '0')}`;
}

export function buildNeighbourhoods(): NeighbourhoodCollection {
  const areas = neighbourhoodAreas();
  const populations = new Array<number>(areas.length);
  DISTRICT_POPULATIONS.forEach((total, d) => {
    const members = areas.map((a, i) => [a, i] as const).filter(([a]) => a.district === d);
    const parts = apportion(
      total,
      members.map(([a]) => a.weight),
    );
    members.forEach(([, i], k) => (populations[i] = parts[k]!));
  });
  return {
    type: 'FeatureCollection',
    features: areas.map((a, i) => ({
      type: 'Feature',
      id: neighbourhoodId(i),
      properties: {
        id: neighbourhoodId(i),
        name: a.name,
        population: populations[i]!,
        district_id: DISTRICT_IDS[a.district]!,
      },
      geometry: { type: 'Polygon', coordinates: [a.ring] },
    })),
  };
}

// --- Fast location of a km point, for the generator (O(1) per point, no polygon walk) ---

/** Per wedge and ring: a point A of the chord and the chord's unit left normal (inside is positive). */
function chords(ring: RingName): Float64Array {
  const out = new Float64Array(SAMPLES * 4);
  for (let w = 0; w < SAMPLES; w++) {
    const [ax, ay] = vertexKm(ring, w);
    const [bx, by] = vertexKm(ring, w + 1);
    const len = Math.hypot(bx - ax, by - ay);
    out.set([ax, ay, -(by - ay) / len, (bx - ax) / len], w * 4);
  }
  return out;
}
const CHORDS = { outer: chords('outer'), inner: chords('inner'), band: chords('band'), core: chords('core') };

/** Signed distance (km) from p to the chord of wedge w: positive towards the centre. */
function side(ring: RingName, w: number, x: number, y: number): number {
  const c = CHORDS[ring];
  const k = w * 4;
  return (x - c[k]!) * c[k + 2]! + (y - c[k + 1]!) * c[k + 3]!;
}

/** District (0–4, or -1 outside) and neighbourhood of each wedge's cells, precomputed. */
const WEDGE_SECTOR = new Int8Array(SAMPLES);
const WEDGE_INNER_SUB = new Int8Array(SAMPLES);
const WEDGE_OUTER_SUB = new Int8Array(SAMPLES);
/** 1 where the wedge starts a district sector, 2 where it ends one (3 for both). */
const WEDGE_EDGE = new Int8Array(SAMPLES);
INNER_SPLIT.forEach(([a, b], k) => {
  for (let i = a; i < b; i++) WEDGE_INNER_SUB[i % SAMPLES] = k;
});
OUTER_SPLIT.forEach((subs, d) =>
  subs.forEach(([a, b], s) => {
    for (let i = a; i < b; i++) {
      WEDGE_SECTOR[i % SAMPLES] = d;
      WEDGE_OUTER_SUB[i % SAMPLES] = s;
    }
  }),
);
for (let d = 0; d < 4; d++) {
  const [a, b] = sectorRange(d);
  WEDGE_EDGE[a % SAMPLES]! |= 1;
  WEDGE_EDGE[(b - 1) % SAMPLES]! |= 2;
}

/** Where a point falls; reused between calls so the hot loop allocates nothing. */
export interface Location {
  /** District index 0–4, or -1 outside the city. */
  district: number;
  neighbourhood: number;
  /** Distance in km to the nearest district boundary or the outline. */
  margin: number;
}

/** Locates a km point (x east, y north of the centre) among the districts and neighbourhoods. */
export function locate(x: number, y: number, out: Location): Location {
  let t = Math.atan2(y, x);
  if (t < 0) t += 2 * Math.PI;
  const w = Math.min(SAMPLES - 1, Math.floor(t / STEP));
  const toOutline = side('outer', w, x, y);
  const toInner = side('inner', w, x, y);
  if (toOutline <= 0) {
    out.district = -1;
    out.neighbourhood = -1;
    out.margin = -toOutline;
    return out;
  }
  if (toInner > 0) {
    out.district = 0;
    out.neighbourhood = side('core', w, x, y) > 0 ? 0 : 1 + WEDGE_INNER_SUB[w]!;
    out.margin = toInner;
    return out;
  }
  const d = WEDGE_SECTOR[w]!;
  let margin = Math.min(toOutline, -toInner);
  const edge = WEDGE_EDGE[w]!;
  if (edge & 1) margin = Math.min(margin, Math.abs(x * Math.sin(theta(w)) - y * Math.cos(theta(w))));
  if (edge & 2) margin = Math.min(margin, Math.abs(x * Math.sin(theta(w + 1)) - y * Math.cos(theta(w + 1))));
  out.district = d + 1;
  out.neighbourhood = 8 + d * 8 + (side('band', w, x, y) > 0 ? 0 : OUTER_SECTORS) + WEDGE_OUTER_SUB[w]!;
  out.margin = margin;
  return out;
}

/** The largest outline radius (km) near angle t: a point farther out along t is outside the city. */
export function outlineRadiusBound(t: number): number {
  const a = Math.floor((((t % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI)) / STEP);
  return Math.max(RINGS.outer[a % SAMPLES]!, RINGS.outer[(a + 1) % SAMPLES]!);
}

/** The largest outline radius (km), for sizing what is drawn around the city. */
export const MAX_OUTLINE_RADIUS = Math.max(...RINGS.outer);
