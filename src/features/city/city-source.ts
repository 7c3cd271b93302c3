/**
 * Where a city's data comes from — a Shahrnama API, an Open311 endpoint, files dropped on the page — as one
 * interface, so the dashboard is the same whatever the source. A source loads the city's reference data
 * once, and its requests into the request worker (again at every refresh).
 */
import { ApiRequestError } from '../../api/client';
import { unlistedService } from '../../api/open311/open311-services';
import type { CityInfo, CityNote } from '../../api/city-info';
import type { EServiceData } from '../../api/eservices';
import type { ServiceRequest } from '../../api/request-schema';
import type {
  BasemapRoads,
  BasemapWater,
  DistrictCollection,
  FiberSegmentCollection,
  NeighbourhoodCollection,
  Service,
} from '../../api/schemas';
import { problemOptionsFor, type ProblemRuleSettings } from '../../domain/problem-options';
import type { RequestLoader } from '../../workers/request-worker-client';
import type { BeginLoad, Loaded } from '../../workers/request-protocol';

export interface CityData {
  city: CityInfo;
  districts: DistrictCollection;
  /** Empty when the city has none. */
  neighbourhoods: NeighbourhoodCollection;
  services: Service[];
  /** The embedded basemap's roads and water; null when the city has none (the districts are still drawn). */
  roads: BasemapRoads | null;
  water: BasemapWater | null;
  /** What was missing or repaired, for the data note. */
  notes: CityNote[];
}

export interface LoadProgress {
  /** Records read so far. */
  read: number;
  /** Records the source announced, when it does. */
  total: number | null;
}

export interface LoadOptions {
  signal?: AbortSignal;
  onProgress?: (progress: LoadProgress) => void;
}

export interface CitySource {
  /** What the UI names as the data shown (an API's address, a file's name). */
  readonly label: string;
  loadCity(signal?: AbortSignal): Promise<CityData>;
  loadRequests(worker: RequestLoader, city: CityData, options: LoadOptions): Promise<Loaded>;
  /** The fiber network, or null when the city publishes none. */
  fiberSegments(signal?: AbortSignal): Promise<FiberSegmentCollection | null>;
  /** The municipal e-services and the self-service rollout, or null when the city publishes none. */
  eservices(signal?: AbortSignal): Promise<EServiceData | null>;
  /** One request with its text, or null when the source has no such request or no text. */
  requestDetails(id: string, signal?: AbortSignal): Promise<ServiceRequest | null>;
}

/**
 * The city with the categories its requests named beyond its catalogue (an Open311 endpoint's retired
 * ones): every view that names a category sees them. The same object when there are none.
 */
export function withAddedServices(city: CityData, added: readonly { code: string; name: string }[]): CityData {
  if (added.length === 0) return city;
  return { ...city, services: [...city.services, ...added.map(({ code, name }) => unlistedService(code, name))] };
}

/** What the worker reads requests against, from the city's reference data and its problem rule. */
export function loadInputs(
  city: CityData,
  problemRule: ProblemRuleSettings = {},
): Omit<BeginLoad, 'id' | 'type' | 'session'> {
  const districtIndex = new Map(city.districts.features.map((d, i) => [d.properties.id, i]));
  return {
    services: city.services.map((s) => ({
      code: s.service_code,
      group: s.group,
      slaHours: s.sla_hours ?? Infinity,
      jurisdiction: s.jurisdiction,
    })),
    timeZone: city.city.timezone,
    districts: city.districts.features.map((f) => f.geometry),
    neighbourhoods: city.neighbourhoods.features.map((f) => f.geometry),
    cityCentre: city.city.center,
    neighbourhoodDistrict: city.neighbourhoods.features.map((f) => districtIndex.get(f.properties.district_id) ?? -1),
    problemOptions: problemOptionsFor(problemRule, city.services),
  };
}

/**
 * Hands a body to the worker's session; a body the worker cannot read becomes an `invalid` failure of the
 * endpoint it came from, so the notice names the endpoint.
 */
export async function appendBody(
  worker: RequestLoader,
  session: number,
  endpoint: string,
  body: Parameters<RequestLoader['append']>[1],
) {
  try {
    return await worker.append(session, body);
  } catch (error) {
    throw new ApiRequestError('invalid', endpoint, error instanceof Error ? error.message : String(error));
  }
}
