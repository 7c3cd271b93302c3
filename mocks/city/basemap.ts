/**
 * The offline basemap of the demo city: a ring road, radial arterials named after Urmia's streets, the
 * Kalantari motorway east towards the lake, a street grid clipped to the outline, and the Shahr Chay river
 * crossing the south of the city below its dam reservoir. Built in the km frame, sent as lon/lat.
 */
import type { BasemapRoads, BasemapWater } from '../../src/api/schemas';
import { SAMPLES, locate, outlineRadiusBound, type Location } from './areas';
import { toLonLat } from './frame';

type Km = [number, number];
export type RoadClass = 'motorway' | 'primary' | 'secondary' | 'street';

export interface Road {
  cls: RoadClass;
  name?: { fa: string; en: string };
  km: Km[];
}

/** Arterials: angle (degrees, counter-clockwise from east), class, names. */
const ARTERIALS: readonly [number, RoadClass, string, string][] = [
  [92, 'primary', 'خیابان امام', 'Imam St'],
  [268, 'primary', 'خیابان امام', 'Imam St'],
  [178, 'primary', 'خیابان کاشانی', 'Kashani St'],
  [38, 'secondary', 'خیابان عطایی', 'Ataei St'],
  [300, 'primary', 'بلوار جمهوری', 'Jomhouri Blvd'],
  [228, 'primary', 'بلوار ارتش', 'Artesh Blvd'],
  [132, 'secondary', 'خیابان بهشتی', 'Beheshti St'],
  [335, 'secondary', 'خیابان خیام', 'Khayyam St'],
];
const GRID_ANGLE = (18 * Math.PI) / 180;
const GRID_SPACING_KM = 0.45;
const RING_ROAD_SHARE = 0.84;

const at: Location = { district: -1, neighbourhood: -1, margin: 0 };
const inside = (p: Km) => locate(p[0], p[1], at).district >= 0;

function ringRoad(share: number): Km[] {
  const points: Km[] = [];
  for (let i = 0; i <= SAMPLES; i += 2) {
    const t = (i * 2 * Math.PI) / SAMPLES;
    // The bound is the larger of two neighbouring radii, so scaling it keeps the road well inside.
    const r = share * outlineRadiusBound(t) * (1 + 0.015 * Math.sin(7 * t));
    points.push([r * Math.cos(t), r * Math.sin(t)]);
  }
  return points;
}

/** A gently bending road from near the centre out to (just inside) the outline. */
function arterial(deg: number): Km[] {
  const base = (deg * Math.PI) / 180;
  const points: Km[] = [];
  for (let k = 1; k <= 24; k++) {
    const r = k * 0.3;
    const t = base + 0.06 * Math.sin(r * 0.9 + deg);
    const p: Km = [r * Math.cos(t), r * Math.sin(t)];
    if (!inside(p)) break;
    points.push(p);
  }
  return points;
}

/** Kalantari motorway: leaves the ring road eastwards and runs on towards Lake Urmia's causeway. */
function motorway(): Km[] {
  const points: Km[] = [];
  const startX = RING_ROAD_SHARE * outlineRadiusBound(-0.05) * Math.cos(-0.05);
  for (let x = startX; x <= 20; x += 1) points.push([x, -0.3 - 0.02 * (x - startX) ** 1.3]);
  return points;
}

const rotate = ([x, y]: Km, a: number): Km => [x * Math.cos(a) - y * Math.sin(a), x * Math.sin(a) + y * Math.cos(a)];

/** Grid streets (in the rotated frame, lines v = c) clipped to the outline polygon. */
function grid(): Road[] {
  const outline: Km[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const t = (i * 2 * Math.PI) / SAMPLES;
    const r = outlineRadiusBound(t - 1e-9) * 0.985;
    outline.push(rotate([r * Math.cos(t), r * Math.sin(t)], -GRID_ANGLE));
  }
  const roads: Road[] = [];
  for (const axis of [0, 1] as const) {
    for (let line = -16; line <= 16; line++) {
      const c = line * GRID_SPACING_KM + 0.11;
      const hits: number[] = [];
      outline.forEach((p, i) => {
        const q = outline[(i + 1) % outline.length]!;
        const [pv, qv, pu, qu] = axis === 0 ? [p[1], q[1], p[0], q[0]] : [p[0], q[0], p[1], q[1]];
        if (pv > c !== qv > c) hits.push(pu + ((c - pv) / (qv - pv)) * (qu - pu));
      });
      hits.sort((a, b) => a - b);
      for (let h = 0; h + 1 < hits.length; h += 2) {
        const ends = [hits[h]!, hits[h + 1]!].map((u) => rotate(axis === 0 ? [u, c] : [c, u], GRID_ANGLE));
        roads.push({ cls: line % 4 === 0 ? 'secondary' : 'street', km: ends });
      }
    }
  }
  return roads;
}

/** Every road of the skeleton, in km. */
export function roadSkeleton(): Road[] {
  return [
    { cls: 'primary', name: { fa: 'کمربندی ارومیه', en: 'Urmia Ring Road' }, km: ringRoad(RING_ROAD_SHARE) },
    { cls: 'secondary', km: ringRoad(0.33) },
    ...ARTERIALS.map(([deg, cls, fa, en]) => ({ cls, name: { fa, en }, km: arterial(deg) })),
    { cls: 'motorway', name: { fa: 'بزرگراه شهید کلانتری', en: 'Shahid Kalantari Hwy' }, km: motorway() },
    ...grid(),
  ];
}

export function buildRoads(): BasemapRoads {
  return {
    type: 'FeatureCollection',
    features: roadSkeleton().map((road, i) => ({
      type: 'Feature',
      id: `road-${i + 1}`,
      properties: { class: road.cls, ...(road.name ? { name_fa: road.name.fa, name_en: road.name.en } : {}) },
      geometry: { type: 'LineString', coordinates: road.km.map((p) => toLonLat(...p)) },
    })),
  };
}

const RESERVOIR: Km = [-13.2, -6.4];

function river(): Km[] {
  const points: Km[] = [];
  for (let x = -12; x <= 17; x += 0.5) {
    const y =
      -3.6 + 0.55 * Math.sin(x / 2.1) + 0.2 * Math.sin(x / 0.8 + 1) - 0.04 * x - 1.6 * Math.exp(-((x + 12) ** 2) / 8);
    points.push([x, y]);
  }
  points.unshift([RESERVOIR[0] + 1.1, RESERVOIR[1] + 0.3]);
  return points;
}

function reservoir(): Km[] {
  const ring: Km[] = [];
  for (let k = 0; k < 24; k++) {
    const t = (k * 2 * Math.PI) / 24;
    const r = 1 + 0.15 * Math.sin(3 * t + 0.5);
    ring.push([RESERVOIR[0] + 1.2 * r * Math.cos(t), RESERVOIR[1] + 0.6 * r * Math.sin(t)]);
  }
  return [...ring, ring[0]!];
}

export function buildWater(): BasemapWater {
  return {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        id: 'shahr-chay',
        properties: { kind: 'river', name_fa: 'شهرچای', name_en: 'Shahr Chay' },
        geometry: { type: 'LineString', coordinates: river().map((p) => toLonLat(...p)) },
      },
      {
        type: 'Feature',
        id: 'shahr-chay-dam',
        properties: { kind: 'lake', name_fa: 'دریاچه سد شهرچای', name_en: 'Shahr Chay Dam reservoir' },
        geometry: { type: 'Polygon', coordinates: [reservoir().map((p) => toLonLat(...p))] },
      },
    ],
  };
}
