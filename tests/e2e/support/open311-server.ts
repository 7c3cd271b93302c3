/**
 * A small Open311 GeoReport v2 endpoint on localhost for the end-to-end tests, served beside the built
 * app by the same node:http server (static-server.ts): `services.json`, `requests.json` by date window
 * (`start_date` / `end_date`, both included) and page (`page` / `page_size`), newest first,
 * `requests/{id}.json` (a list of one), and the city's districts as a GeoJSON file. The records are served
 * as given, so a test writes them with the quirks it wants (string ids and coordinates, dates without
 * seconds); `repeatLastPage` answers a page past the end with the last page again, as some servers do.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { startStaticServer, type StaticServer } from './static-server';

/** Where the endpoint and the districts file are served. */
export const OPEN311_PATH = '/open311/v2';
export const DISTRICTS_PATH = '/geo/districts.geojson';

export type WireRecord = Record<string, unknown>;

export interface Open311City {
  services: Record<string, unknown>[];
  requests: WireRecord[];
  districts: unknown;
  /** Required of every request when set, as an endpoint serving several jurisdictions does. */
  jurisdictionId?: string;
}

export interface Open311ServerOptions {
  /** The app's config.json. */
  config: unknown;
  repeatLastPage?: boolean;
  /** Records per page when the query does not say (the spec's 1000). */
  defaultPageSize?: number;
}

export interface Open311Server extends StaticServer {
  /** Every query of requests.json, in order. */
  requestQueries: URLSearchParams[];
}

function json(response: ServerResponse, status: number, body: unknown, type = 'application/json; charset=utf-8') {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(text) });
  response.end(text);
}

const timeOf = (record: WireRecord) => Date.parse(String(record.requested_datetime));

/** The records of a window's page, newest first. */
function requestsPage(records: WireRecord[], query: URLSearchParams, options: Open311ServerOptions) {
  const start = query.has('start_date') ? Date.parse(query.get('start_date')!) : -Infinity;
  const end = query.has('end_date') ? Date.parse(query.get('end_date')!) : Infinity;
  const size = Number(query.get('page_size') ?? options.defaultPageSize ?? 1000);
  const matching = records.filter((r) => timeOf(r) >= start && timeOf(r) <= end).sort((a, b) => timeOf(b) - timeOf(a));
  const pages = Math.max(1, Math.ceil(matching.length / size));
  let page = Number(query.get('page') ?? 1);
  if (page > pages && options.repeatLastPage) page = pages;
  return matching.slice((page - 1) * size, page * size);
}

export async function startOpen311Server(city: Open311City, options: Open311ServerOptions): Promise<Open311Server> {
  const requestQueries: URLSearchParams[] = [];
  const intercept = (request: IncomingMessage, response: ServerResponse, pathname: string): boolean => {
    const query = new URL(request.url ?? '/', 'http://127.0.0.1').searchParams;
    if (pathname === DISTRICTS_PATH) {
      json(response, 200, city.districts, 'application/geo+json; charset=utf-8');
      return true;
    }
    if (!pathname.startsWith(`${OPEN311_PATH}/`)) return false;
    if (city.jurisdictionId && query.get('jurisdiction_id') !== city.jurisdictionId) {
      json(response, 400, [{ code: 400, description: 'jurisdiction_id is required' }]);
      return true;
    }
    const resource = pathname.slice(OPEN311_PATH.length + 1);
    const details = /^requests\/(.+)\.json$/.exec(resource);
    if (resource === 'services.json') json(response, 200, city.services);
    else if (resource === 'requests.json') {
      requestQueries.push(query);
      json(response, 200, requestsPage(city.requests, query, options));
    } else if (details) {
      const found = city.requests.find((r) => String(r.service_request_id) === details[1]);
      if (found) json(response, 200, [found]);
      else json(response, 404, [{ code: 404, description: 'no such request' }]);
    } else json(response, 404, [{ code: 404, description: 'no such resource' }]);
    return true;
  };
  const server = await startStaticServer({ config: options.config, intercept });
  return Object.assign(server, { requestQueries });
}
