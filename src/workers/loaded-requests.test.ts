/**
 * A change merged into the loaded requests reaches the figures of a full load of the same requests: a
 * request that closed, a new one, one whose received time moved out of the period, a repeat of an
 * unchanged one (the refresh's overlap) and a record that breaks the contract (set aside, as in a load).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROBLEM_OPTIONS } from '../domain/problem-options';
import type { AreaShape } from '../domain/geometry';
import { LoadSession } from './load-session';
import { answerQuery, settleSession, type LoadedRequests } from './loaded-requests';
import type { FilterSpec, QueryResult } from './request-protocol';

const square = (lon: number): AreaShape => ({
  type: 'Polygon',
  coordinates: [
    [
      [lon, 37.5],
      [lon + 0.05, 37.5],
      [lon + 0.05, 37.55],
      [lon, 37.55],
      [lon, 37.5],
    ],
  ],
});

function session(change = false) {
  return new LoadSession({
    type: 'begin',
    id: 0,
    session: 1,
    services: [
      { code: 'asphalt', group: 'roads', slaHours: 72, jurisdiction: 'municipal' },
      { code: 'light', group: 'lights', slaHours: 24, jurisdiction: 'municipal' },
    ],
    timeZone: 'Asia/Tehran',
    districts: [square(45), square(45.05)],
    neighbourhoods: [],
    neighbourhoodDistrict: [],
    cityCentre: [45.05, 37.52],
    problemOptions: DEFAULT_PROBLEM_OPTIONS,
    change,
  });
}

const record = (id: string, patch: Record<string, unknown> = {}) => ({
  service_request_id: id,
  service_code: 'asphalt',
  status: 'open',
  stage: 'received',
  lat: 37.52,
  long: 45.02,
  requested_datetime: '2026-11-10T09:00:00Z',
  updated_datetime: '2026-11-10T09:00:00Z',
  ...patch,
});

const closedB = { status: 'closed', stage: 'resolved', closed_datetime: '2026-11-20T10:00:00Z' };
const YEAR = [
  record('a'),
  record('b', { long: 45.07, service_code: 'light' }),
  record('c', { requested_datetime: '2026-11-15T09:00:00Z' }),
  record('d', { long: 45.08, requested_datetime: '2026-10-05T09:00:00Z', ...closedB }),
  // Outside every district: set aside as outside_city by the load and by the merge alike.
  record('far', { long: 45.3 }),
];
const CHANGE = [
  record('a'),
  record('b', { long: 45.07, service_code: 'light', ...closedB, updated_datetime: '2026-11-20T10:00:00Z' }),
  record('c', { requested_datetime: '2026-10-28T09:00:00Z', updated_datetime: '2026-11-21T09:00:00Z' }),
  record('e', { long: 45.06, requested_datetime: '2026-11-21T08:00:00Z', updated_datetime: null }),
  record('bad', { lat: null, long: null }),
];
/** The same requests, as a full load after the change would read them. */
const AFTER = [record('a'), CHANGE[1]!, CHANGE[2]!, YEAR[3]!, YEAR[4]!, CHANGE[3]!, CHANGE[4]!];

const page = (records: unknown[]) =>
  ({ format: 'shahrnama', text: JSON.stringify({ data: records, next_cursor: null }) }) as const;

function load(records: unknown[], onto: LoadedRequests | null = null) {
  const s = session(onto !== null);
  s.append(page(records), 0);
  return settleSession(s, onto, 0);
}

const november: FilterSpec = {
  from: Date.parse('2026-11-01T00:00:00Z') / 1000,
  to: Date.parse('2026-12-01T00:00:00Z') / 1000,
  serviceCodes: null,
  status: 'all',
  district: null,
  neighbourhood: null,
  countBy: 'requests',
  bins: {
    unit: 'week',
    bounds: [Date.parse('2026-11-01T00:00:00Z') / 1000, Date.parse('2026-11-16T00:00:00Z') / 1000],
  },
};

function figures(loaded: LoadedRequests, filter: FilterSpec) {
  const now = Date.parse('2026-11-25T00:00:00Z') / 1000;
  const { city, followUp, newest }: QueryResult = answerQuery(loaded, {
    type: 'query',
    id: 0,
    city: filter,
    area: null,
    now,
    hexBins: true,
  }).result;
  const codes = loaded.table.serviceCodes;
  return {
    requests: city.requests,
    open: city.open,
    overdue: city.overdue,
    medianResolveHours: city.medianResolveHours,
    byDistrict: [...city.byDistrict],
    byStage: [...city.byStage],
    byBin: [...city.byBin],
    // Per code: a merged table numbers a category new to it after those it held.
    byService: Object.fromEntries(codes.map((code, i) => [code, city.byService[i]])),
    problems: followUp.problemCount,
    newest,
  };
}

describe('a change merged into the loaded requests', () => {
  const full = load(AFTER);
  const merged = load(CHANGE, load(YEAR).loaded);

  it('gives the figures of a full load of the same requests, in the period and over everything', () => {
    expect(figures(merged.loaded, november)).toEqual(figures(full.loaded, november));
    const everything = { ...november, from: 0, to: 2 ** 32 - 1 };
    expect(figures(merged.loaded, everything)).toEqual(figures(full.loaded, everything));
    // The change did what it says: b closed, c left November, e arrived.
    const before = figures(load(YEAR).loaded, november);
    expect([before.requests, before.open]).toEqual([3, 3]);
    expect([figures(merged.loaded, november).requests, figures(merged.loaded, november).open]).toEqual([3, 2]);
  });

  it('holds each request once, sets aside what a load sets aside, and says the latest change held', () => {
    expect(merged.message.count).toBe(full.message.count);
    expect(merged.message.setAside).toEqual(full.message.setAside);
    expect(merged.message.setAside.byReason).toEqual({ no_coordinates: 1, outside_city: 1 });
    expect(merged.message.range).toEqual(full.message.range);
    expect(merged.message.drawable.count).toBe(full.message.drawable.count);
    // e has no updated_datetime: its received time counts; c's update is the latest.
    expect(merged.message.changedUpTo).toBe(Date.parse('2026-11-21T09:00:00Z') / 1000);
  });

  it('lists the newest requests of the city filter, newest first', () => {
    const { newest } = figures(merged.loaded, november);
    // a and b arrived the same second: the later in the canonical order (by id) comes first.
    expect(newest.map((n) => n.id)).toEqual(['e', 'b', 'a']);
    expect(newest[0]).toEqual({
      id: 'e',
      serviceCode: 'asphalt',
      district: 1,
      requestedAt: Date.parse('2026-11-21T08:00:00Z') / 1000,
      stage: 0,
    });
    const lights = figures(merged.loaded, { ...november, serviceCodes: ['light'] });
    expect(lights.newest.map((n) => n.id)).toEqual(['b']);
  });

  it('sets a broken record sent again aside once, and no longer once it comes back readable', () => {
    // The next refresh overlaps this one: the broken record comes again.
    const again = load([CHANGE[4]!, record('a')], merged.loaded);
    expect(again.message.setAside).toEqual(full.message.setAside);
    // A record without a readable id can only be counted, each time it comes.
    const unnamed = load([{ ...CHANGE[4]!, service_request_id: '' }], again.loaded);
    expect(unnamed.message.setAside.byReason).toEqual({ invalid_record: 1, no_coordinates: 1, outside_city: 1 });
    const fixed = load([record('bad')], unnamed.loaded);
    expect(fixed.message.setAside.byReason).toEqual({ invalid_record: 1, outside_city: 1 });
    expect(fixed.message.count).toBe(full.message.count + 1);
  });

  it('refuses a change when nothing is loaded to merge it into', () => {
    const s = session(true);
    s.append(page(CHANGE), 0);
    expect(() => settleSession(s, null, 0)).toThrow('no requests loaded to merge a change into');
  });
});
