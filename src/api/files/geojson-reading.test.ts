import { describe, expect, it } from 'vitest';
import { readAreaFiles } from './areas-reading';
import { matchColumns } from './column-match';
import { readGeoJson } from './geojson-reading';

const square = (w: number, s: number, size: number) => ({
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
const area = (properties: Record<string, unknown>, geometry: unknown) => ({ type: 'Feature', properties, geometry });

describe('readGeoJson', () => {
  it('reads points as a table: the geometry as long and lat, the properties as columns', () => {
    const content = readGeoJson({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [45.07, 37.55] },
          properties: { شماره: 1, موضوع: 'چاله', closed: null },
        },
        { type: 'Feature', geometry: null, properties: { شماره: 2, موضوع: 'زباله', extra: { a: 1 } } },
      ],
    });
    expect(content).toEqual({
      kind: 'table',
      headers: ['long', 'lat', 'شماره', 'موضوع', 'closed', 'extra'],
      rows: [
        ['45.07', '37.55', '1', 'چاله', '', ''],
        ['', '', '2', 'زباله', '', '{"a":1}'],
      ],
    });
    if (content.kind !== 'table') throw new Error('a table');
    const match = matchColumns(content.headers);
    expect([match.long.column, match.lat.column, match.service_request_id.column]).toEqual([0, 1, 2]);
  });

  it('reads polygons as areas, and refuses what is neither', () => {
    expect(readGeoJson({ type: 'Feature', properties: {}, geometry: square(0, 0, 1) }).kind).toBe('areas');
    expect(() => readGeoJson({ type: 'FeatureCollection', features: [] })).toThrow('neither points nor polygons');
    expect(() => readGeoJson([1, 2])).toThrow('not a GeoJSON FeatureCollection');
  });
});

describe('readAreaFiles', () => {
  it('reads districts with their names and populations, and replaces ids a link cannot hold', () => {
    const { districts, neighbourhoods, setAside } = readAreaFiles([
      [
        area({ id: 'North Side', name_fa: 'شمال', name_en: 'North', population: 1200 }, square(0, 1, 1)),
        area({ code: 7, نام: 'جنوب' }, square(0, 0, 1)),
        area(
          { name: 'a line' },
          {
            type: 'LineString',
            coordinates: [
              [0, 0],
              [1, 1],
            ],
          },
        ),
      ],
    ]);
    expect(districts.features.map((f) => f.properties)).toEqual([
      { id: 'd1', name: { fa: 'شمال', en: 'North' }, population: 1200 },
      { id: '7', name: { fa: 'جنوب', en: 'جنوب' } },
    ]);
    expect(neighbourhoods.features).toEqual([]);
    expect(setAside).toEqual([{ index: 2, id: null, reason: 'not a polygon' }]);
  });

  it('nests the polygons of a file that lie inside another file’s, whatever the order of the files', () => {
    const big = [area({ id: 'A', name: 'A' }, square(0, 0, 2)), area({ id: 'B', name: 'B' }, square(2, 0, 2))];
    const small = [
      area({ id: 'a1', name: 'a1' }, square(0.5, 0.5, 0.5)),
      area({ id: 'b1', name: 'b1' }, square(2.5, 0.5, 0.5)),
      area({ id: 'b2', name: 'b2' }, square(3, 1, 0.5)),
    ];
    for (const files of [
      [big, small],
      [small, big],
    ]) {
      const { districts, neighbourhoods } = readAreaFiles(files);
      expect(districts.features.map((f) => f.properties.id)).toEqual(['A', 'B']);
      expect(neighbourhoods.features.map((f) => [f.properties.id, f.properties.district_id])).toEqual([
        ['a1', 'A'],
        ['b1', 'B'],
        ['b2', 'B'],
      ]);
    }
  });

  it('nests by a property naming the parent, in one file', () => {
    const { districts, neighbourhoods } = readAreaFiles([
      [
        area({ id: 'n1', name: 'Bazaar', district_id: '1' }, square(0, 0, 0.5)),
        area({ id: '1', name: 'District 1' }, square(0, 0, 1)),
        area({ id: '2', name: 'District 2', منطقه: '2' }, square(1, 0, 1)),
      ],
    ]);
    expect(districts.features.map((f) => f.properties.id)).toEqual(['1', '2']);
    expect(neighbourhoods.features.map((f) => [f.properties.id, f.properties.district_id])).toEqual([['n1', '1']]);
  });

  it('leaves two side-by-side files as districts, and sets a broken ring aside with the contract’s reason', () => {
    const { districts, setAside } = readAreaFiles([
      [area({ id: 'A' }, square(0, 0, 1))],
      [
        area({ id: 'B' }, square(5, 5, 1)),
        area(
          { id: 'C' },
          {
            type: 'Polygon',
            coordinates: [
              [
                [0, 0],
                [1, 1],
              ],
            ],
          },
        ),
      ],
    ]);
    expect(districts.features.map((f) => [f.properties.id, f.properties.name.en])).toEqual([
      ['A', 'A'],
      ['B', 'B'],
    ]);
    expect(setAside).toHaveLength(1);
    expect(setAside[0]!.id).toBe('C');
  });
});
