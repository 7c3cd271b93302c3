/**
 * An Open311 GeoReport v2 endpoint as the city's source: the catalogue from `services.json`, the requests
 * from `requests.json` walked window by window and page by page (open311-walk.ts), the districts and
 * neighbourhoods from the city's own GeoJSON files. Open311 has no basemap, fiber network or e-services:
 * the districts are the map, and the other layers are absent. docs/open311.md says how fields map.
 */
import { areasSetAsideNote, cityInfo } from '../../api/city-info';
import { createOpen311Client } from '../../api/open311/open311-client';
import { readOpen311Districts, readOpen311Neighbourhoods } from '../../api/open311/open311-areas';
import { dateWindows, walkWindows, type DateWindow, type PageFacts } from '../../api/open311/open311-walk';
import type { AppConfig, Open311Source } from '../../api/schemas';
import { appendBody, loadInputs, type CityData, type CitySource } from './city-source';

export interface Open311SourceOptions {
  /** The page the relative URLs of config.json are relative to. */
  pageUrl: string;
  /** The clock, epoch seconds: the newest window ends at it. */
  now?: () => number;
}

export function open311Source(config: AppConfig, source: Open311Source, options: Open311SourceOptions): CitySource {
  const client = createOpen311Client(source, options.pageUrl, config.requestTimeoutSeconds * 1000);
  const now = options.now ?? (() => Date.now() / 1000);

  return {
    label: source.baseUrl,

    async loadCity(signal) {
      const o = { signal };
      const [services, districtsBody, neighbourhoodsBody] = await Promise.all([
        client.services(o),
        client.geojson(source.districtsUrl, o),
        source.neighbourhoodsUrl ? client.geojson(source.neighbourhoodsUrl, o) : null,
      ]);
      const districts = readOpen311Districts(districtsBody, source);
      const neighbourhoods =
        neighbourhoodsBody === null
          ? null
          : readOpen311Neighbourhoods(neighbourhoodsBody, source, districts.collection.features);
      const { info, notes } = cityInfo({ id: source.baseUrl, ...source.city }, districts.collection);
      return {
        city: info,
        districts: districts.collection,
        neighbourhoods: neighbourhoods?.collection ?? { type: 'FeatureCollection', features: [] },
        services: services.services,
        roads: null,
        water: null,
        notes: [
          ...notes,
          ...areasSetAsideNote('districts', districts),
          ...(neighbourhoods
            ? areasSetAsideNote('neighbourhoods', neighbourhoods)
            : [{ kind: 'no_neighbourhoods' as const }]),
          ...(config.basemapStyleUrl === undefined ? [{ kind: 'no_basemap' as const }] : []),
        ],
      } satisfies CityData;
    },

    async loadRequests(worker, city, { signal, onProgress }) {
      const session = await worker.begin(loadInputs(city, config.problems));
      let read = 0;
      const fetchPage = async (window: DateWindow, page: number): Promise<PageFacts> => {
        const { endpoint, text } = await client.requestsPage(window, page, { signal });
        const appended = await appendBody(worker, session, endpoint, { format: 'open311', text });
        read += appended.records;
        onProgress?.({ read, total: null });
        return appended;
      };
      const walk = await walkWindows(dateWindows(now(), source.days), fetchPage, source);
      const loaded = await worker.finish(session);
      return walk.capped.length > 0 ? { ...loaded, mayBeCapped: true } : loaded;
    },

    fiberSegments: () => Promise.resolve(null),
    eservices: () => Promise.resolve(null),
    requestDetails: (id, signal) => client.requestDetails(id, { signal }),
  };
}
