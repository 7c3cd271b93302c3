/**
 * The typed API client: fetch → validate against the contract → typed value, or an ApiRequestError that
 * says which endpoint failed and how. Lists of requests are validated record by record, so one bad record
 * is set aside with its reason instead of failing the page.
 */
import type { z } from 'zod';
import type { SetAside, SetAsideReason } from '../domain/set-aside';
import {
  ApiError,
  BasemapRoads,
  BasemapWater,
  City,
  DistrictCollection,
  EServices,
  FiberSegmentCollection,
  NeighbourhoodCollection,
  RequestPage,
  ServiceList,
  ServiceRequest,
} from './schemas';

export type ApiFailureKind = 'network' | 'http' | 'invalid';

export class ApiRequestError extends Error {
  constructor(
    readonly kind: ApiFailureKind,
    readonly endpoint: string,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }
}

/** Filters of `GET /requests` and `GET /requests.bin`, with the contract's parameter names. */
export interface RequestQuery {
  start_date?: string;
  end_date?: string;
  service_code?: string[];
  status?: 'open' | 'closed';
  district_id?: string;
}

interface CallOptions {
  signal?: AbortSignal;
}

export interface RequestList {
  requests: ServiceRequest[];
  setAside: SetAside;
}

function queryString(query: RequestQuery & { cursor?: string; limit?: number }): string {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(query) as [string, unknown][]) {
    if (value === undefined) continue;
    q.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const text = q.toString();
  return text ? `?${text}` : '';
}

/** The reason a record breaks the contract, named by its first failing field. */
function reasonOf(error: z.ZodError): SetAsideReason {
  const field = String(error.issues[0]?.path[0] ?? '');
  if (field === 'lat' || field === 'long') return 'bad_coordinates';
  if (field === 'stage') return 'bad_stage';
  if (field.endsWith('_datetime')) return 'bad_date';
  return 'invalid_record';
}

export function createApiClient(baseUrl: string) {
  const base = baseUrl.replace(/\/$/, '');

  async function fetchFrom(endpoint: string, options: CallOptions, accept: string): Promise<Response> {
    let response: Response;
    try {
      response = await fetch(`${base}/${endpoint}`, { signal: options.signal ?? null, headers: { Accept: accept } });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new ApiRequestError('network', endpoint, error instanceof Error ? error.message : String(error));
    }
    if (!response.ok) {
      const body: unknown = await response.json().catch(() => null);
      const parsed = ApiError.safeParse(body);
      const message = parsed.success ? parsed.data.message : `HTTP ${String(response.status)}`;
      throw new ApiRequestError('http', endpoint, message, response.status);
    }
    return response;
  }

  async function getJson<T>(endpoint: string, schema: z.ZodType<T>, options: CallOptions = {}): Promise<T> {
    const response = await fetchFrom(endpoint, options, 'application/json');
    const body: unknown = await response.json().catch(() => undefined);
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ApiRequestError('invalid', endpoint, `${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`);
    }
    return parsed.data;
  }

  return {
    city: (o?: CallOptions) => getJson('city', City, o),
    districts: (o?: CallOptions) => getJson('districts', DistrictCollection, o),
    neighbourhoods: (o?: CallOptions) => getJson('neighbourhoods', NeighbourhoodCollection, o),
    services: (o?: CallOptions) => getJson('services', ServiceList, o),
    fiberSegments: (o?: CallOptions) => getJson('fiber/segments', FiberSegmentCollection, o),
    eservices: (o?: CallOptions) => getJson('eservices', EServices, o),
    basemapRoads: (o?: CallOptions) => getJson('basemap/roads', BasemapRoads, o),
    basemapWater: (o?: CallOptions) => getJson('basemap/water', BasemapWater, o),

    /** Every request of the query, following cursors; invalid records are counted by reason. */
    async requests(query: RequestQuery = {}, options: CallOptions = {}): Promise<RequestList> {
      const requests: ServiceRequest[] = [];
      const byReason: Partial<Record<SetAsideReason, number>> = {};
      let cursor: string | undefined;
      do {
        const page = await getJson(`requests${queryString({ ...query, cursor })}`, RequestPage, options);
        for (const record of page.data) {
          const parsed = ServiceRequest.safeParse(record);
          if (parsed.success) requests.push(parsed.data);
          else byReason[reasonOf(parsed.error)] = (byReason[reasonOf(parsed.error)] ?? 0) + 1;
        }
        cursor = page.next_cursor ?? undefined;
      } while (cursor);
      const total = Object.values(byReason).reduce((a, b) => a + b, 0);
      return { requests, setAside: { total, byReason } };
    },

    /** The columnar form of the requests, undecoded: the request worker decodes and validates it. */
    async requestsColumnarBuffer(query: RequestQuery = {}, options: CallOptions = {}): Promise<ArrayBuffer> {
      const endpoint = `requests.bin${queryString(query)}`;
      const response = await fetchFrom(endpoint, options, 'application/octet-stream');
      try {
        return await response.arrayBuffer();
      } catch (error) {
        throw new ApiRequestError('network', endpoint, error instanceof Error ? error.message : String(error));
      }
    },
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
