/**
 * The HTTP side of an Open311 GeoReport v2 endpoint: `services.json`, pages of `requests.json`,
 * `requests/{id}.json`, and the city's GeoJSON area files. Every failure is an ApiRequestError naming
 * the endpoint; `jurisdiction_id` and `api_key` go as query parameters, as the spec says, and the key is
 * never part of an endpoint's name (names reach the screen).
 */
import { z } from 'zod';
import { bodyText, fetchEndpoint, queryString, REQUEST_TIMEOUT_MS, validJson, type CallOptions } from '../client';
import { RequestDetailsBody, type ServiceRequest } from '../request-schema';
import type { Open311Source } from '../schemas';
import { Open311ServiceList, readOpen311Services } from './open311-services';
import type { DateWindow } from './open311-walk';

/** W3C date-time in UTC, to the second, as GeoReport v2's `start_date` and `end_date` take it. */
export function w3cDate(epochSeconds: number): string {
  return new Date(epochSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function createOpen311Client(source: Open311Source, pageUrl: string, timeoutMs = REQUEST_TIMEOUT_MS) {
  const timed = (options: CallOptions): CallOptions => ({ timeoutMs, ...options });
  const base = new URL(`${source.baseUrl.replace(/\/$/, '')}/`, pageUrl);
  /** The endpoint's URL, and its name in failures: the same URL without the key (names reach the screen). */
  const endpointOf = (path: string, params: Record<string, string | number | undefined> = {}) => {
    const shown = new URL(`${path}${queryString({ jurisdiction_id: source.jurisdictionId, ...params })}`, base).href;
    const url = new URL(
      `${path}${queryString({ jurisdiction_id: source.jurisdictionId, ...params, api_key: source.apiKey })}`,
      base,
    );
    return { endpoint: shown, url: url.href };
  };

  async function getJson<T>(path: string, schema: z.ZodType<T>, options: CallOptions) {
    const { endpoint, url } = endpointOf(path);
    const response = (await fetchEndpoint(url, endpoint, 'application/json', timed(options)))!;
    return validJson(response, endpoint, schema);
  }

  return {
    /** The catalogue; entries that cannot be read are counted, not fatal. */
    async services(options: CallOptions = {}) {
      return readOpen311Services(await getJson('services.json', Open311ServiceList, options));
    },

    /** One page of one window of `requests.json` as text (the request worker reads it). */
    async requestsPage(window: DateWindow, page: number, options: CallOptions = {}) {
      const { endpoint, url } = endpointOf('requests.json', {
        start_date: w3cDate(window.start),
        end_date: w3cDate(window.end),
        page,
        page_size: source.pageSize,
      });
      const response = (await fetchEndpoint(url, endpoint, 'application/json', timed(options)))!;
      return { endpoint, text: await bodyText(response, endpoint) };
    },

    /** `requests/{id}.json`: Open311 answers a list of one; null when the endpoint has no such request. */
    async requestDetails(id: string, options: CallOptions = {}): Promise<ServiceRequest | null> {
      const { endpoint, url } = endpointOf(`requests/${encodeURIComponent(id)}.json`);
      const response = await fetchEndpoint(url, endpoint, 'application/json', { ...timed(options), optional: true });
      if (!response) return null;
      const body = await validJson(response, endpoint, RequestDetailsBody);
      return Array.isArray(body) ? body[0]! : body;
    },

    /** A GeoJSON file of the city (relative to the page, not to the endpoint), parsed; null when optional and absent. */
    async geojson(path: string, options: CallOptions & { optional?: boolean } = {}): Promise<unknown> {
      const url = new URL(path, pageUrl).href;
      const response = await fetchEndpoint(url, url, 'application/geo+json, application/json', timed(options));
      if (!response) return null;
      return validJson(response, url, z.unknown());
    },
  };
}

export type Open311Client = ReturnType<typeof createOpen311Client>;
