/**
 * Files dropped on the page as the city's source: the requests' table (read by the file-import worker and
 * kept in IndexedDB), the categories the rows name, and the dropped polygons as the districts. Without
 * polygons the city is one area, the data's extent, named so — an honest frame for the figures rather than
 * invented districts.
 */
import { cityInfo, type CityNote } from '../../api/city-info';
import type { StoredDataset } from '../../api/files/stored-dataset';
import type { DistrictCollection } from '../../api/schemas';
import type { BBox } from '../../domain/geometry';
import type { ProblemRuleSettings } from '../../domain/problem-options';
import type { DecodedRequests } from '../../domain/request-table-builder';
import { translate } from '../../i18n/translate';
import { isolatedName } from '../files/file-name';
import { loadInputs, type CityData, type CitySource } from './city-source';

/** The id of the one district of a data set without polygons. */
export const EXTENT_ID = 'extent';
/** The extent grows by this share of its size on each side (at least ~100 m), so no request lies on its edge. */
const EXTENT_MARGIN = 0.02;
const MIN_MARGIN_DEGREES = 0.001;

function extentDistrict(bbox: BBox | null): DistrictCollection {
  const [west, south, east, north] = bbox ?? [-0.01, -0.01, 0.01, 0.01];
  const dx = Math.max((east - west) * EXTENT_MARGIN, MIN_MARGIN_DEGREES);
  const dy = Math.max((north - south) * EXTENT_MARGIN, MIN_MARGIN_DEGREES);
  const [w, s, e, n] = [west - dx, south - dy, east + dx, north + dy];
  const ring = [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
    [w, s],
  ] as [number, number][];
  return {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: {
          id: EXTENT_ID,
          name: { fa: translate('fa', 'files.extentName'), en: translate('en', 'files.extentName') },
        },
        geometry: { type: 'Polygon', coordinates: [ring] },
      },
    ],
  };
}

/**
 * `readTable` hands over the stored request table (read off the main thread); its buffers go on to the
 * request worker.
 */
export function fileSource(
  dataset: StoredDataset,
  readTable: (key: string) => Promise<DecodedRequests | null>,
  problemRule: ProblemRuleSettings = {},
): CitySource {
  const name = isolatedName(dataset.fileNames[0] ?? '');
  return {
    // The query caches key on the label: two drops of one file are two data sets.
    label: `${dataset.fileNames.join(', ')} @${dataset.importedAt}`,

    async loadCity() {
      const districts = dataset.areas?.districts ?? extentDistrict(dataset.bbox);
      const neighbourhoods = dataset.areas?.neighbourhoods ?? { type: 'FeatureCollection', features: [] };
      const { info, notes } = cityInfo(
        { id: 'file', name: { fa: name, en: name }, timezone: dataset.timeZone, calendar: dataset.calendar },
        districts,
      );
      const setAside = dataset.areas?.setAside ?? [];
      const areaNotes: CityNote[] = [];
      if (setAside.length > 0) {
        const first = setAside[0]!;
        areaNotes.push({
          kind: 'areas_set_aside',
          layer: 'districts',
          count: setAside.length,
          first: `${first.id ?? `#${String(first.index + 1)}`}: ${first.reason}`,
        });
      }
      if (neighbourhoods.features.length === 0) areaNotes.push({ kind: 'no_neighbourhoods' });
      const data: CityData = {
        city: info,
        districts,
        neighbourhoods,
        services: dataset.services,
        roads: null,
        water: null,
        notes: [...notes, ...areaNotes],
      };
      return data;
    },

    async loadRequests(worker, city) {
      // Marks for scripts/files-1m.ts: reading the stored table, and the request worker's work on it.
      performance.mark('shahrnama:file-table-asked');
      const decoded = await readTable(dataset.tableKey);
      if (!decoded) throw new Error(translate('en', 'files.error.missingTable'));
      performance.mark('shahrnama:file-table-read');
      const session = await worker.begin(loadInputs(city, problemRule));
      await worker.append(session, { format: 'table', decoded });
      const loaded = await worker.finish(session);
      performance.mark('shahrnama:file-requests-loaded');
      return loaded;
    },

    fiberSegments: () => Promise.resolve(null),
    eservices: () => Promise.resolve(null),
    // A file's text columns are not kept: the table holds what the map and the figures need.
    requestDetails: () => Promise.resolve(null),
  };
}
