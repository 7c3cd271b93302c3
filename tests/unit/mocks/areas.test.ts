import { describe, expect, it } from 'vitest';
import { City, DistrictCollection, NeighbourhoodCollection } from '../../../src/api/schemas';
import { areaBBox, pointInArea } from '../../../src/domain/geometry';
import { createDemoCity } from '../../../mocks/demo-city';
import { createRandom } from '../../../mocks/random';
import { NOW, areaOf, distanceToBoundary } from './helpers';

const city = createDemoCity({ now: NOW, requestCount: 0 });
const districts = DistrictCollection.parse(city.districts).features;
const neighbourhoods = NeighbourhoodCollection.parse(city.neighbourhoods).features;
const parsed = City.parse(city.city);
// The demo gives its centre and extent (a city may leave them out).
const info = { ...parsed, center: parsed.center!, bbox: parsed.bbox!, population: parsed.population! };

describe('demo city areas', () => {
  it('is Urmia, centred near 37.55 N 45.07 E, inside its bbox', () => {
    expect(info.id).toBe('urmia');
    expect(info.center[0]).toBeCloseTo(45.07, 1);
    expect(info.center[1]).toBeCloseTo(37.55, 1);
    const [w, s, e, n] = info.bbox;
    expect(w < info.center[0] && info.center[0] < e && s < info.center[1] && info.center[1] < n).toBe(true);
    // A city of some 10–15 km across, not a dot and not a province.
    expect((e - w) * 88).toBeGreaterThan(8);
    expect((e - w) * 88).toBeLessThan(20);
    expect((n - s) * 111).toBeGreaterThan(8);
    expect((n - s) * 111).toBeLessThan(20);
  });

  it('has five districts whose populations sum to the city population', () => {
    expect(districts.map((d) => d.properties.id)).toEqual(['1', '2', '3', '4', '5']);
    expect(districts.reduce((s, d) => s + d.properties.population!, 0)).toBe(info.population);
    expect(info.population).toBeGreaterThan(700_000);
    expect(info.population).toBeLessThan(1_300_000);
  });

  it('has a non-rectangular outline: it fills clearly less than its bounding box', () => {
    const outline = districts.reduce((s, d) => s + areaOf(d.geometry), 0);
    const [w, s, e, n] = info.bbox;
    expect(outline / ((e - w) * (n - s))).toBeLessThan(0.9);
    expect(outline / ((e - w) * (n - s))).toBeGreaterThan(0.5);
    for (const d of districts) {
      const [dw, ds, de, dn] = areaBBox(d.geometry);
      expect(dw >= w && ds >= s && de <= e && dn <= n).toBe(true);
    }
  });

  it('has about forty neighbourhoods with unique names in both languages', () => {
    expect(neighbourhoods.length).toBeGreaterThanOrEqual(35);
    expect(neighbourhoods.length).toBeLessThanOrEqual(45);
    expect(new Set(neighbourhoods.map((n) => n.properties.id)).size).toBe(neighbourhoods.length);
    expect(new Set(neighbourhoods.map((n) => n.properties.name.fa)).size).toBe(neighbourhoods.length);
    expect(new Set(neighbourhoods.map((n) => n.properties.name.en)).size).toBe(neighbourhoods.length);
    for (const n of neighbourhoods) expect(n.properties.name.fa).toMatch(/[\u0600-\u06FF]/);
  });

  it('nests every neighbourhood in its district: vertices inside or on the boundary', () => {
    for (const n of neighbourhoods) {
      const district = districts.find((d) => d.properties.id === n.properties.district_id);
      expect(district, n.properties.id).toBeDefined();
      const ring = n.geometry.type === 'Polygon' ? n.geometry.coordinates[0]! : n.geometry.coordinates[0]![0]!;
      for (const [x, y] of ring) {
        const inside = pointInArea(x!, y!, district!.geometry) || distanceToBoundary(x!, y!, district!.geometry) < 1e-9;
        expect(inside, `${n.properties.id} vertex ${x},${y}`).toBe(true);
      }
    }
  });

  it('tiles every district with its neighbourhoods: areas and populations sum to the district', () => {
    for (const d of districts) {
      const members = neighbourhoods.filter((n) => n.properties.district_id === d.properties.id);
      expect(members.length).toBeGreaterThanOrEqual(4);
      const sum = members.reduce((s, n) => s + areaOf(n.geometry), 0);
      expect(Math.abs(sum - areaOf(d.geometry)) / areaOf(d.geometry)).toBeLessThan(1e-9);
      expect(members.reduce((s, n) => s + n.properties.population!, 0)).toBe(d.properties.population);
    }
  });

  it('has no overlaps: a random point lies in at most one district and one neighbourhood, in its district', () => {
    const rng = createRandom(7);
    const [w, s, e, n] = info.bbox;
    let inCity = 0;
    for (let k = 0; k < 3000; k++) {
      const x = rng.uniform(w, e);
      const y = rng.uniform(s, n);
      const ds = districts.filter((d) => pointInArea(x, y, d.geometry));
      const ns = neighbourhoods.filter((nb) => pointInArea(x, y, nb.geometry));
      expect(ds.length).toBeLessThanOrEqual(1);
      expect(ns.length).toBe(ds.length);
      if (ds.length) {
        inCity++;
        expect(ns[0]!.properties.district_id).toBe(ds[0]!.properties.id);
      }
    }
    expect(inCity).toBeGreaterThan(1500);
  });
});
