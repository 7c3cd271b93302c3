/**
 * The typed API client: fetch → validate against the contract → typed value, or an ApiRequestError that
 * says which endpoint failed and how. Endpoints a city may not have (fiber, e-services, the basemap,
 * neighbourhoods, the columnar requests) answer null on 404 instead of failing. Request bodies are fetched
 * here and read in the request worker (see src/workers/load-session.ts).
 */
import type { z } from 'zod';
import { ARROW_MEDIA_TYPE } from './arrow/arrow-requests';
import { readAreas } from './areas';
import { RequestDetailsBody, type ServiceRequest } from './request-schema';
import {
  ApiError,
  BasemapRoads,
  BasemapWater,
  City,
  DistrictFeature,
  EServices,
  FiberSegmentCollection,
  NeighbourhoodFeature,
  ServiceList,
} from './schemas';

export type ApiFailureKind = 'network' | 'timeout' | 'http' | 'invalid';

/**
 * How long one call may take, headers and body: a hung server must not hold the data (and every later
 * refresh) for good. A million requests as Arrow are about 70 MB, a minute at 10 Mbit/s.
 */
export const REQUEST_TIMEOUT_MS = 120_000;

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

export interface CallOptions {
  signal?: AbortSignal;
  /** REQUEST_TIMEOUT_MS when not given. */
  timeoutMs?: number;
}

/** The query of one page of `GET /requests`. */
export interface PageQuery {
  cursor?: string;
  limit?: number;
  /** Only the requests changed strictly after this ISO 8601 date-time. */
  updatedAfter?: string;
}

/** Records asked for per page: the contract's largest page. */
export const PAGE_LIMIT = 5000;

/** `?key=value&…` of the defined values, or '' when there are none. */
export function queryString(query: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) q.set(key, String(value));
  const text = q.toString();
  return text ? `?${text}` : '';
}

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';
const isTimeout = (error: unknown) => error instanceof DOMException && error.name === 'TimeoutError';

/** The failure of a call that threw `error`: an abort by the caller passes through as it is. */
function failure(error: unknown, endpoint: string, timeoutMs: number): unknown {
  if (isAbort(error)) return error;
  if (isTimeout(error)) {
    return new ApiRequestError('timeout', endpoint, `no complete answer within ${String(timeoutMs / 1000)} s`);
  }
  return new ApiRequestError('network', endpoint, error instanceof Error ? error.message : String(error));
}

/** fetch with the endpoint named in every failure; `optional` endpoints answer null on 404. */
export async function fetchEndpoint(
  url: string,
  endpoint: string,
  accept: string,
  options: CallOptions & { optional?: boolean } = {},
): Promise<Response | null> {
  let response: Response;
  const timeoutMs = options.timeoutMs ?? REQUEST_TIMEOUT_MS;
  // The same signal ends the reading of the body: a server that stops half-way times out too.
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  try {
    response = await fetch(url, { signal, headers: { Accept: accept } });
  } catch (error) {
    throw failure(error, endpoint, timeoutMs);
  }
  if (response.status === 404 && options.optional) return null;
  if (!response.ok) {
    const text = await response.text().catch(() => '');
    let message = `HTTP ${String(response.status)}`;
    try {
      const parsed = ApiError.safeParse(JSON.parse(text));
      if (parsed.success) message = parsed.data.message;
    } catch {
      if (text.trimStart().startsWith('<')) message += ' (an HTML page)';
    }
    throw new ApiRequestError('http', endpoint, message, response.status);
  }
  return response;
}

/** A body's text, or a network failure or time-out naming the endpoint. */
export async function bodyText(response: Response, endpoint: string, timeoutMs = REQUEST_TIMEOUT_MS): Promise<string> {
  try {
    return await response.text();
  } catch (error) {
    throw failure(error, endpoint, timeoutMs);
  }
}

/** JSON parsed and validated, or an `invalid` failure naming the endpoint and the field. */
export async function validJson<T>(response: Response, endpoint: string, schema: z.ZodType<T>): Promise<T> {
  const text = await bodyText(response, endpoint);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    const what = text.trimStart().startsWith('<') ? 'an HTML page' : 'not JSON';
    throw new ApiRequestError('invalid', endpoint, `the answer is ${what}`);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ApiRequestError('invalid', endpoint, `${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`);
  }
  return parsed.data;
}

export function createApiClient(baseUrl: string, { timeoutMs = REQUEST_TIMEOUT_MS }: { timeoutMs?: number } = {}) {
  /** Every call times out (config.json `requestTimeoutSeconds`) unless the caller says otherwise. */
  const timed = (options: CallOptions): CallOptions => ({ timeoutMs, ...options });
  const base = baseUrl.replace(/\/$/, '');
  const url = (endpoint: string) => `${base}/${endpoint}`;

  async function getJson<T>(endpoint: string, schema: z.ZodType<T>, options: CallOptions = {}): Promise<T> {
    const response = (await fetchEndpoint(url(endpoint), endpoint, 'application/json', timed(options)))!;
    return validJson(response, endpoint, schema);
  }

  async function getOptional<T>(endpoint: string, schema: z.ZodType<T>, options: CallOptions = {}) {
    const response = await fetchEndpoint(url(endpoint), endpoint, 'application/json', {
      ...timed(options),
      optional: true,
    });
    return response ? validJson(response, endpoint, schema) : null;
  }

  /** An area collection, read feature by feature; null when the endpoint is optional and absent. */
  async function getAreas<F extends { properties: { id: string }; geometry: DistrictFeature['geometry'] }>(
    endpoint: string,
    feature: z.ZodType<F>,
    options: CallOptions & { optional?: boolean },
  ) {
    const response = await fetchEndpoint(url(endpoint), endpoint, 'application/geo+json, application/json', {
      ...timed(options),
      optional: options.optional,
    });
    if (!response) return null;
    const text = await bodyText(response, endpoint);
    try {
      return readAreas(JSON.parse(text), feature);
    } catch (error) {
      throw new ApiRequestError(
        'invalid',
        endpoint,
        error instanceof SyntaxError ? 'the answer is not JSON' : String((error as Error).message),
      );
    }
  }

  return {
    city: (o?: CallOptions) => getJson('city', City, o),
    districts: async (o?: CallOptions) => (await getAreas('districts', DistrictFeature, { ...o }))!,
    neighbourhoods: (o?: CallOptions) => getAreas('neighbourhoods', NeighbourhoodFeature, { ...o, optional: true }),
    services: (o?: CallOptions) => getJson('services', ServiceList, o),
    fiberSegments: (o?: CallOptions) => getOptional('fiber/segments', FiberSegmentCollection, o),
    eservices: (o?: CallOptions) => getOptional('eservices', EServices, o),
    basemapRoads: (o?: CallOptions) => getOptional('basemap/roads', BasemapRoads, o),
    basemapWater: (o?: CallOptions) => getOptional('basemap/water', BasemapWater, o),

    /**
     * Every request as one Arrow IPC stream, undecoded — or those changed after `updatedAfter`; null when
     * the server has no columnar endpoint.
     */
    async requestsArrow(options: CallOptions = {}, updatedAfter?: string): Promise<ArrayBuffer | null> {
      // Failures name the endpoint, not the change's moment: the page's message stays readable.
      const endpoint = 'requests.arrow';
      const address = url(`${endpoint}${queryString({ updated_after: updatedAfter })}`);
      const response = await fetchEndpoint(address, endpoint, ARROW_MEDIA_TYPE, {
        ...timed(options),
        optional: true,
      });
      if (!response) return null;
      try {
        return await response.arrayBuffer();
      } catch (error) {
        throw failure(error, endpoint, options.timeoutMs ?? timeoutMs);
      }
    },

    /** One page of `GET /requests` as text (the worker reads it); `endpoint` names it in failures. */
    async requestsPage(query: PageQuery, options: CallOptions = {}): Promise<{ endpoint: string; text: string }> {
      const endpoint = `requests${queryString({
        limit: query.limit ?? PAGE_LIMIT,
        updated_after: query.updatedAfter,
        cursor: query.cursor,
      })}`;
      const response = (await fetchEndpoint(url(endpoint), endpoint, 'application/json', timed(options)))!;
      return { endpoint, text: await bodyText(response, endpoint, options.timeoutMs ?? timeoutMs) };
    },

    /** `GET /requests/{id}`: the citizen's own words and the latest notes; null when the API has no such request. */
    async requestDetails(id: string, options: CallOptions = {}): Promise<ServiceRequest | null> {
      const endpoint = `requests/${encodeURIComponent(id)}`;
      const response = await fetchEndpoint(url(endpoint), endpoint, 'application/json', {
        ...timed(options),
        optional: true,
      });
      if (!response) return null;
      const body = await validJson(response, endpoint, RequestDetailsBody);
      return Array.isArray(body) ? body[0]! : body;
    },
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
