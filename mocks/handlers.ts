/**
 * The demo API as msw handlers: the same handlers serve the browser (service worker) and node tests.
 * `basePath` may be a path ('/api/v1') or an absolute URL ('http://localhost:4173/api/v1').
 */
import { http, HttpResponse, type HttpHandler, type JsonBodyType } from 'msw';
import type { DemoCity, DemoRequests } from './demo-city';
import { ARROW_MEDIA_TYPE } from '../src/api/arrow/arrow-requests';
import { BadRequestError, parseRequestQuery, requestPage, requestRecord } from './request-query';

const error = (status: 400 | 404, code: string, message: string) => HttpResponse.json({ code, message }, { status });

/** Runs a /requests handler over the requests as they are now, turning a bad query into a 400. */
function withQuery(
  city: DemoCity,
  request: Request,
  respond: (query: ReturnType<typeof parseRequestQuery>, view: DemoRequests) => Response,
) {
  const view = city.at();
  let query: ReturnType<typeof parseRequestQuery>;
  try {
    query = parseRequestQuery(new URL(request.url).searchParams, view.requests);
  } catch (e) {
    if (e instanceof BadRequestError) return error(400, 'bad_request', e.message);
    throw e;
  }
  return respond(query, view);
}

export function createHandlers(city: DemoCity, basePath = '/api/v1'): HttpHandler[] {
  const base = basePath.replace(/\/+$/, '');
  const json = (path: string, body: () => JsonBodyType) => http.get(`${base}${path}`, () => HttpResponse.json(body()));
  const page = ({ request }: { request: Request }) =>
    withQuery(city, request, (query, view) =>
      HttpResponse.json(requestPage(view.requests, view.rows(query.filter), query)),
    );
  return [
    json('/city', () => city.city),
    json('/districts', () => city.districts),
    json('/neighbourhoods', () => city.neighbourhoods),
    json('/services', () => city.services),
    json('/fiber/segments', () => city.fiber),
    json('/eservices', () => city.eservices),
    json('/basemap/roads', () => city.roads),
    json('/basemap/water', () => city.water),
    http.get(`${base}/requests`, page),
    // Open311 chooses the format by extension: requests.json is the same as requests.
    http.get(`${base}/requests.json`, page),
    http.get(`${base}/requests.arrow`, ({ request }) =>
      withQuery(city, request, (query, view) => {
        const body = view.arrow(query.filter);
        return HttpResponse.arrayBuffer(
          body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer,
          {
            headers: { 'Content-Type': ARROW_MEDIA_TYPE },
          },
        );
      }),
    ),
    // Open311's single-request call: the record with its text (`.json` is the same, as in Open311).
    http.get(`${base}/requests/:id`, ({ params }) => {
      const id = String(params.id).replace(/\.json$/, '');
      const view = city.at();
      const row = view.rowOf(id);
      return row < 0
        ? error(404, 'not_found', `no request ${id}`)
        : HttpResponse.json(requestRecord(view.requests, row));
    }),
    http.all(`${base}/*`, ({ request }) =>
      error(404, 'not_found', `no such resource: ${request.method} ${new URL(request.url).pathname}`),
    ),
  ];
}
