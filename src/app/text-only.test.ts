/**
 * The city's text is shown as text, never as markup: a city whose every name, description, address, note,
 * agency and request id is one of fifty injections is run through the real path — schemas, the request
 * worker's load (in-process), the figures — into the dashboard's panel, follow-up, request details,
 * breadcrumbs, filter bar and data note, rendered to HTML. The markup's structure (its elements and
 * attributes) is the same as for a city named with plain letters: no text became an element or attribute.
 * (The map's tooltip is set with innerText by deck.gl, and its labels are drawn on a canvas; the end-to-end
 * test tests/e2e/hostile-city.test.ts checks the tooltip in Chromium.)
 */
import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { readAreas } from '../api/areas';
import { cityInfo } from '../api/city-info';
import { ServiceRequest } from '../api/request-schema';
import { City, DistrictFeature, NeighbourhoodFeature, ServiceList } from '../api/schemas';
import { loadInputs, type CityData } from '../features/city/city-source';
import { AreaPanel } from '../features/districts/area-panel';
import { areaChildren } from '../features/districts/area-children';
import { areaCrumbs } from '../features/districts/area-crumbs';
import { selectionOf } from '../features/districts/selection';
import { followUpNames } from '../features/follow-up/follow-up-names';
import { FollowUpSection } from '../features/follow-up/follow-up-section';
import { DataQualityNote } from '../features/requests/data-quality-note';
import { FilterBar } from '../features/requests/filter-bar';
import type { Language } from '../i18n/translate';
import { Breadcrumbs } from '../ui/breadcrumbs';
import { makeFormat } from '../ui/format';
import { I18nContext, makeI18n } from '../ui/i18n-context';
import { InProcessLoader } from '../workers/in-process-loader';
import type { FilterSpec } from '../workers/request-protocol';
import { XSS_PAYLOADS } from '../../tests/fixtures/xss-payloads';
import { parseViewState } from './url-state';

// The interface's scale is read from the browser's computed style; a desktop's is 1.
vi.mock('../ui/use-ui-scale', () => ({ useUiScale: () => 1 }));

const NOW = Date.parse('2026-06-01T08:00:00Z') / 1000;
const square = (x: number, y: number) => [
  [
    [x, y],
    [x + 0.1, y],
    [x + 0.1, y + 0.1],
    [x, y + 0.1],
    [x, y],
  ],
];

/** The whole path for a city whose every text is `text`: its data, the worker's figures, a request's text. */
async function cityNamed(text: string) {
  const districts = readAreas(
    {
      type: 'FeatureCollection',
      features: ['d1', 'd2'].map((id, i) => ({
        type: 'Feature',
        properties: { id, name: text, population: 1000 },
        geometry: { type: 'Polygon', coordinates: square(45 + i / 10, 37.5) },
      })),
    },
    DistrictFeature,
  );
  const neighbourhoods = readAreas(
    {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { id: 'n1', district_id: 'd1', name: { fa: text, en: text } },
          geometry: { type: 'Polygon', coordinates: square(45, 37.5) },
        },
      ],
    },
    NeighbourhoodFeature,
  );
  const services = ServiceList.parse([
    { service_code: 's1', service_name: text, group: 'g1', group_name: text, sla_hours: 1 },
    { service_code: 's2', service_name: { fa: text }, jurisdiction: 'water', sla_hours: 48 },
  ]);
  const { info } = cityInfo(
    City.parse({ version: 2, id: 'c', name: text, timezone: 'Asia/Tehran', calendar: 'persian', request_line: text }),
    districts.collection,
  );
  const city: CityData = {
    city: info,
    districts: districts.collection,
    neighbourhoods: neighbourhoods.collection,
    services,
    roads: null,
    water: null,
    notes: [
      { kind: 'unknown_time_zone', value: text },
      { kind: 'areas_set_aside', layer: 'districts', count: 1, first: text },
      { kind: 'basemap_style_failed', url: text, reason: text },
    ],
  };
  const records = Array.from({ length: 40 }, (_, i) => ({
    service_request_id: `${text}#${i}`,
    service_code: i % 4 === 3 ? 's2' : 's1',
    status: i % 3 === 0 ? 'closed' : 'open',
    stage: i % 3 === 0 ? 'resolved' : 'received',
    lat: 37.55,
    long: 45.05 + (i % 2) / 10,
    requested_datetime: `2026-05-${String(1 + (i % 28)).padStart(2, '0')}T09:00:00+03:30`,
    closed_datetime: i % 3 === 0 ? '2026-05-30T10:00:00+03:30' : null,
    agency_responsible: text,
    description: text,
    address: text,
    status_notes: text,
    media_url: text,
  }));
  const loader = new InProcessLoader();
  const session = await loader.begin(loadInputs(city));
  await loader.append(session, { format: 'shahrnama', text: JSON.stringify({ data: records, next_cursor: null }) });
  const loaded = await loader.finish(session);
  const scope = (district: number | null): FilterSpec => ({
    from: 0,
    to: 2 ** 32 - 1,
    serviceCodes: null,
    status: 'all',
    district,
    neighbourhood: null,
    countBy: 'requests',
    bins: { unit: 'week', bounds: [] },
  });
  const result = loader.query({ city: scope(null), area: scope(0), now: NOW, hexBins: false });
  return { city, loaded, result, request: ServiceRequest.parse(records[1]) };
}

/** Everything of the dashboard that shows the city's text, for the district d1 and one overdue request. */
async function dashboardMarkup(text: string, language: Language): Promise<string> {
  const { city, loaded, result, request } = await cityNamed(text);
  const format = makeFormat(language, city.city.timezone);
  const view = parseViewState(`?d=d1&group=g1&lang=${language}`, language);
  const selection = selectionOf(view, city);
  const overdue = result.followUp.overdue[0]!;
  const queries = new QueryClient();
  queries.setQueryData(['request-text', overdue.id], request);
  const names = followUpNames(city, loaded.serviceCodes, loaded.agencies, language, 'no unit');
  const nodes: ReactNode[] = [
    createElement(Breadcrumbs, { items: areaCrumbs(selection, city.city.name, language, () => {}), label: 'crumbs' }),
    createElement(FilterBar, {
      view,
      services: city.services,
      period: { from: 0, to: NOW, label: text },
      timeZone: city.city.timezone,
      onChange: () => {},
    }),
    createElement(AreaPanel, {
      name: selection.district!.name[language],
      population: 1000,
      figures: result.area!,
      childrenTitle: text,
      areaChildren: areaChildren(selection, city, result.city, language).items,
      onSelectChild: () => {},
      onClose: () => {},
      serviceCodes: loaded.serviceCodes,
      services: city.services,
      format,
      followUp: createElement(FollowUpSection, {
        followUp: result.followUp,
        names,
        format,
        focus: { kind: 'request', id: overdue.id, positions: Float32Array.of(overdue.lon, overdue.lat) },
        onFocus: () => {},
        showScoreboard: true,
        loadRequestText: () => Promise.resolve(request),
      }),
    }),
    createElement(DataQualityNote, { setAside: loaded.setAside, kept: loaded.count, notes: city.notes, format }),
  ];
  return renderToStaticMarkup(
    createElement(
      QueryClientProvider,
      { client: queries },
      createElement(I18nContext.Provider, { value: makeI18n(language) }, ...nodes),
    ),
  );
}

/** The text as React writes it into HTML. */
const escaped = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#x27;');

/** The markup without its text and attribute values: the elements and attributes alone. */
const structure = (html: string) => html.replace(/="[^"]*"/g, '=""').replace(/>[^<]*</g, '><');

describe('the city’s text is text', () => {
  it('a plain city reaches every part checked (so the comparison below means something)', async () => {
    const html = await dashboardMarkup('Plain', 'en');
    for (const part of [
      'area-panel',
      'follow-up',
      'scoreboard-units',
      'overdue-list',
      'request-details',
      'request-text',
      'city-notes',
      'breadcrumbs',
    ]) {
      expect(html, part).toContain(`data-testid="${part}"`);
    }
  });

  it.each(['fa', 'en'] as const)(
    'fifty injections in every text field never become markup (%s)',
    async (language) => {
      const plainHtml = await dashboardMarkup('Plain', language);
      const plain = structure(plainHtml);
      const places = plainHtml.split('Plain').length - 1;
      for (const payload of XSS_PAYLOADS) {
        const html = await dashboardMarkup(payload, language);
        expect(structure(html), payload).toBe(plain);
        // …and it is there, as text, in every place that shows the city's words (nearly a hundred).
        expect(html.split(escaped(payload)).length - 1, payload).toBe(places);
        // A photo address that is not http(s) is no link at all.
        expect(html, payload).not.toMatch(/href="(?!https?:)/i);
      }
    },
    60_000,
  );
});
