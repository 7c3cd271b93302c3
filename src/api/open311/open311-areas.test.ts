import { describe, expect, it } from 'vitest';
import { Open311Source } from '../schemas';
import { readOpen311Districts, readOpen311Neighbourhoods, type AreaPropertyNames } from './open311-areas';

const square = (w: number, s: number, size = 1) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [w, s],
      [w + size, s],
      [w + size, s + size],
      [w, s + size],
      [w, s],
    ],
  ],
});
const feature = (properties: Record<string, unknown>, geometry = square(0, 0)) => ({
  type: 'Feature',
  properties,
  geometry,
});
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

/** The defaults of config.json. */
const DEFAULTS: AreaPropertyNames = Open311Source.parse({
  type: 'open311',
  baseUrl: '/open311',
  city: { name: 'x', timezone: 'UTC' },
  districtsUrl: 'd.geojson',
});

describe('readOpen311Districts', () => {
  it('reads id, name and population under the default names', () => {
    const { collection: read, setAside } = readOpen311Districts(
      collection(feature({ id: 'd1', name: 'Downtown', population: 40_000, colour: 'red' })),
      DEFAULTS,
    );
    expect(setAside).toEqual([]);
    expect(read.features[0]!.properties).toEqual({
      id: 'd1',
      name: { fa: 'Downtown', en: 'Downtown' },
      population: 40_000,
    });
  });

  it('reads the properties a city names in config.json', () => {
    const names = { ...DEFAULTS, idProperty: 'OBJECTID', nameProperty: 'DIST_NAME', populationProperty: 'POP' };
    const { collection: read, setAside } = readOpen311Districts(
      collection(
        feature({ OBJECTID: 1, DIST_NAME: 'Downtown', POP: '40000' }),
        feature({ OBJECTID: 2, DIST_NAME: 3 }, square(1, 0)),
        feature({ OBJECTID: 4, DIST_NAME: 'East', POP: null }, square(2, 0)),
      ),
      names,
    );
    expect(setAside).toEqual([]);
    expect(read.features.map((f) => f.properties)).toEqual([
      { id: '1', name: { fa: 'Downtown', en: 'Downtown' }, population: 40_000 },
      { id: '2', name: { fa: '3', en: '3' } },
      { id: '4', name: { fa: 'East', en: 'East' } },
    ]);
  });

  it('reads a name in each language from two properties, either alone', () => {
    const names = { ...DEFAULTS, nameProperty: { fa: 'name_fa', en: 'name_en' } };
    const { collection: read } = readOpen311Districts(
      collection(
        feature({ id: 'a', name_fa: 'مرکز', name_en: 'Centre' }),
        feature({ id: 'b', name_en: 'North' }, square(0, 1)),
      ),
      names,
    );
    expect(read.features.map((f) => f.properties.name)).toEqual([
      { fa: 'مرکز', en: 'Centre' },
      { fa: 'North', en: 'North' },
    ]);
  });

  it('sets a broken feature aside with the reason under the city’s own property name', () => {
    const names = { ...DEFAULTS, idProperty: 'OBJECTID' };
    const { collection: read, setAside } = readOpen311Districts(
      collection(
        feature({ OBJECTID: 'ok', name: 'Fine' }),
        feature({ name: 'No id' }, square(1, 0)),
        feature({ OBJECTID: 'p', name: 'Bad population', population: -5 }, square(2, 0)),
        feature({ OBJECTID: 'n' }, square(3, 0)),
      ),
      names,
    );
    expect(read.features.map((f) => f.properties.id)).toEqual(['ok']);
    expect(setAside.map((s) => [s.index, s.reason.split(':')[0]])).toEqual([
      [1, 'properties.OBJECTID'],
      [2, 'properties.population'],
      [3, 'properties.name'],
    ]);
  });
});

describe('readOpen311Neighbourhoods', () => {
  const districts = readOpen311Districts(
    collection(
      feature({ id: 'west', name: 'West' }, square(0, 0, 2)),
      feature({ id: 'east', name: 'East' }, square(2, 0, 2)),
    ),
    DEFAULTS,
  ).collection.features;

  it('takes the district from its property, or else from where the neighbourhood lies', () => {
    const { collection: read, setAside } = readOpen311Neighbourhoods(
      collection(
        feature({ id: 'n1', name: 'One', district_id: 'west' }, square(0, 0)),
        feature({ id: 'n2', name: 'Two' }, square(2.5, 0.5)),
        feature({ id: 'n3', name: 'Three' }, square(9, 9)),
      ),
      DEFAULTS,
      districts,
    );
    expect(read.features.map((f) => [f.properties.id, f.properties.district_id])).toEqual([
      ['n1', 'west'],
      ['n2', 'east'],
    ]);
    expect(setAside).toEqual([
      { index: 2, id: 'n3', reason: 'properties.district_id: none given, and it lies in no district' },
    ]);
  });
});
