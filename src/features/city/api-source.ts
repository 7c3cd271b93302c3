/**
 * A Shahrnama API as the city's source: reference data from its JSON endpoints, requests from
 * `/requests.arrow` — or, when the server has none (404) or config.json asks for JSON, page by page from
 * `/requests`, which reaches the same figures. A refresh asks only for the requests changed since
 * (`updated_after`) and merges them in the worker; a full load comes back every `fullReloadMinutes`, and
 * always for a server that refuses the parameter.
 */
import { ApiRequestError, type ApiClient } from '../../api/client';
import { readEServices } from '../../api/eservices';
import { areasSetAsideNote, cityInfo, type CityNote } from '../../api/city-info';
import type { AppConfig } from '../../api/schemas';
import { changesAfter, isoSeconds, type HeldRequests } from '../../domain/refresh-plan';
import type { RequestLoader } from '../../workers/request-worker-client';
import { appendBody, loadInputs, type CityData, type CitySource, type LoadProgress } from './city-source';

export function apiSource(client: ApiClient, config: AppConfig): CitySource {
  const fullReloadMs = config.fullReloadMinutes * 60_000;
  /** The last full load (its worker, its form) and the latest change held since. */
  let held: (HeldRequests & { worker: RequestLoader; arrow: boolean }) | null = null;
  let changeRefused = false;

  /** The whole Arrow body into the session; false when the server has none (404). */
  async function readArrow(worker: RequestLoader, session: number, signal?: AbortSignal, updatedAfter?: string) {
    const bytes = await client.requestsArrow({ signal }, updatedAfter);
    if (!bytes) return false;
    await appendBody(worker, session, 'requests.arrow', { format: 'arrow', bytes });
    return true;
  }

  /** Every page of `/requests` for the query into the session, cursor after cursor. */
  async function readPages(
    worker: RequestLoader,
    session: number,
    query: { updatedAfter?: string },
    signal?: AbortSignal,
    onProgress?: (progress: LoadProgress) => void,
  ) {
    const seen = new Set<string>();
    let cursor: string | undefined;
    let read = 0;
    do {
      const { endpoint, text } = await client.requestsPage({ ...query, cursor }, { signal });
      const page = await appendBody(worker, session, endpoint, { format: 'shahrnama', text });
      read += page.records;
      onProgress?.({ read, total: page.total });
      cursor = page.nextCursor ?? undefined;
      // A server that hands out a cursor twice would page forever.
      if (cursor && seen.has(cursor))
        throw new ApiRequestError('invalid', endpoint, 'the cursor repeats an earlier page');
      if (cursor) seen.add(cursor);
    } while (cursor);
  }

  /**
   * The requests changed after `updatedAfter`, in the form the full load used, merged into those held.
   * A change is small: the page shows no progress for it.
   */
  async function loadChange(
    worker: RequestLoader,
    city: CityData,
    arrow: boolean,
    updatedAfter: string,
    signal?: AbortSignal,
  ) {
    const session = await worker.begin({ ...loadInputs(city, config.problems), change: true });
    if (!arrow || !(await readArrow(worker, session, signal, updatedAfter))) {
      await readPages(worker, session, { updatedAfter }, signal);
    }
    return worker.finish(session);
  }

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
      // A change merges into the requests this source loaded into this worker, and into no others.
      const after = held?.worker === worker && !changeRefused ? changesAfter(held, Date.now(), fullReloadMs) : null;
      if (held && after !== null) {
        try {
          const loaded = await loadChange(worker, city, held.arrow, isoSeconds(after), signal);
          held.changedUpTo = loaded.changedUpTo;
          return loaded;
        } catch (error) {
          // A server that does not know updated_after says so with a 400: it gets full loads from now on.
          if (!(error instanceof ApiRequestError && error.kind === 'http' && error.status === 400)) throw error;
          changeRefused = true;
        }
      }
      const fullAtMs = Date.now();
      const session = await worker.begin(loadInputs(city, config.problems));
      const arrow = config.requestsFormat === 'arrow' && (await readArrow(worker, session, signal));
      if (!arrow) await readPages(worker, session, {}, signal, onProgress);
      const loaded = await worker.finish(session);
      held = { worker, arrow, fullAtMs, changedUpTo: loaded.changedUpTo };
      return loaded;
    },

    fiberSegments: (signal) => client.fiberSegments({ signal }),
    eservices: async (signal) => {
      const body = await client.eservices({ signal });
      return body ? readEServices(body) : null;
    },
    requestDetails: (id, signal) => client.requestDetails(id, { signal }),
  };
}
