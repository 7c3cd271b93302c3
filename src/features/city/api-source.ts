/**
 * A Shahrnama API as the city's source: reference data from its JSON endpoints, requests from
 * `/requests.arrow` — or, when the server has none (404) or config.json asks for JSON, page by page from
 * `/requests`, which reaches the same figures.
 */
import { ApiRequestError, type ApiClient } from '../../api/client';
import { readEServices } from '../../api/eservices';
import { areasSetAsideNote, cityInfo, type CityNote } from '../../api/city-info';
import type { AppConfig } from '../../api/schemas';
import { appendBody, loadInputs, type CityData, type CitySource } from './city-source';

export function apiSource(client: ApiClient, config: AppConfig): CitySource {
  return {
    label: config.apiBaseUrl,

    async loadCity(signal) {
      const o = { signal };
      const basemap = config.basemapStyleUrl === undefined;
      const [city, districts, neighbourhoods, services, roads, water] = await Promise.all([
        client.city(o),
        client.districts(o),
        client.neighbourhoods(o),
        client.services(o),
        basemap ? client.basemapRoads(o) : null,
        basemap ? client.basemapWater(o) : null,
      ]);
      const { info, notes } = cityInfo(city, districts.collection);
      const areaNotes: CityNote[] = [
        ...areasSetAsideNote('districts', districts),
        ...(neighbourhoods ? areasSetAsideNote('neighbourhoods', neighbourhoods) : []),
      ];
      if (!neighbourhoods) areaNotes.push({ kind: 'no_neighbourhoods' });
      if (basemap && !roads && !water) areaNotes.push({ kind: 'no_basemap' });
      const data: CityData = {
        city: info,
        districts: districts.collection,
        neighbourhoods: neighbourhoods?.collection ?? { type: 'FeatureCollection', features: [] },
        services,
        roads,
        water,
        notes: [...notes, ...areaNotes],
      };
      return data;
    },

    async loadRequests(worker, city, { signal, onProgress }) {
      const session = await worker.begin(loadInputs(city, config.problems));
      if (config.requestsFormat === 'arrow') {
        const bytes = await client.requestsArrow({ signal });
        if (bytes) {
          await appendBody(worker, session, 'requests.arrow', { format: 'arrow', bytes });
          return worker.finish(session);
        }
      }
      const seen = new Set<string>();
      let cursor: string | undefined;
      let read = 0;
      do {
        const { endpoint, text } = await client.requestsPage({ cursor }, { signal });
        const page = await appendBody(worker, session, endpoint, { format: 'shahrnama', text });
        read += page.records;
        onProgress?.({ read, total: page.total });
        cursor = page.nextCursor ?? undefined;
        // A server that hands out a cursor twice would page forever.
        if (cursor && seen.has(cursor))
          throw new ApiRequestError('invalid', endpoint, 'the cursor repeats an earlier page');
        if (cursor) seen.add(cursor);
      } while (cursor);
      return worker.finish(session);
    },

    fiberSegments: (signal) => client.fiberSegments({ signal }),
    eservices: async (signal) => {
      const body = await client.eservices({ signal });
      return body ? readEServices(body) : null;
    },
    requestDetails: (id, signal) => client.requestDetails(id, { signal }),
  };
}
