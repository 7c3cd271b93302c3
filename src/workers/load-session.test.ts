/**
 * Reading JSON pages in the worker's load session: every record meets the contract's rules, one that breaks
 * them is set aside with the documented reason, and the rest are kept — whatever the page looks like.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROBLEM_OPTIONS } from '../domain/problem-options';
import { stringAt } from '../domain/string-column';
import { STAGES } from '../domain/vocabulary';
import { LoadSession } from './load-session';

const session = () =>
  new LoadSession({
    type: 'begin',
    id: 0,
    session: 1,
    services: [{ code: 'asphalt', group: 'roads', slaHours: 72, jurisdiction: 'municipal' }],
    timeZone: 'Asia/Tehran',
    districts: [],
    neighbourhoods: [],
    neighbourhoodDistrict: [],
    cityCentre: [45, 37.5],
    problemOptions: DEFAULT_PROBLEM_OPTIONS,
  });

const record = (id: string, patch: Record<string, unknown> = {}) => ({
  service_request_id: id,
  service_code: 'asphalt',
  status: 'open',
  stage: 'received',
  lat: 37.55,
  long: 45.07,
  requested_datetime: '2026-11-01T09:00:00+03:30',
  ...patch,
});

const page = (data: unknown[], next: string | null = null) =>
  ({ format: 'shahrnama', text: JSON.stringify({ data, next_cursor: next, total: data.length }) }) as const;

describe('load session, JSON pages', () => {
  it('sets aside each broken record with its reason and keeps the rest', () => {
    const s = session();
    const appended = s.append(
      page(
        [
          record('ok-1'),
          record('no-place', { lat: null, long: null }),
          record('far', { lat: 137 }),
          record('what', { service_code: 'unknown' }),
          record('stage', { stage: 'lost' }),
          record('date', { requested_datetime: 'yesterday' }),
          record('early', { status: 'closed', stage: 'resolved', closed_datetime: '2026-10-01T09:00:00Z' }),
          record('mismatch', { status: 'closed', stage: 'received' }),
          record('open-but-closed', { closed_datetime: '2026-11-02T09:00:00Z' }),
          record(''),
          { nonsense: true },
          record('ok-2', { stage: undefined, status: 'closed', closed_datetime: '2026-11-03T10:00Z' }),
        ],
        'next',
      ),
      7,
    );
    expect(appended).toMatchObject({
      id: 7,
      records: 12,
      kept: 2,
      nextCursor: 'next',
      firstId: 'ok-1',
      lastId: 'ok-2',
    });
    const { table, setAside } = s.finish();
    expect(setAside.byReason).toEqual({
      no_coordinates: 1,
      bad_coordinates: 1,
      unknown_service: 1,
      bad_stage: 1,
      bad_date: 1,
      closed_before_requested: 1,
      stage_mismatch: 2,
      invalid_record: 2,
    });
    expect([stringAt(table.ids, 0), stringAt(table.ids, 1)]).toEqual(['ok-1', 'ok-2']);
    // Only a status: the generic closed stage, closed at the given (second-less) time.
    expect(STAGES[table.stage[1]!]).toBe('closed');
    expect(table.closedAt[1]).toBe(Date.parse('2026-11-03T10:00:00Z') / 1000);
  });

  it('reads numeric and string ids alike, coordinates as strings, an unknown channel as other, a time without offset in the city’s zone', () => {
    const s = session();
    s.append(
      page([
        record('x', {
          service_request_id: 42,
          lat: '37.5',
          long: '45.1',
          channel: 'kiosk',
          requested_datetime: '2026-11-01T09:00',
        }),
      ]),
      0,
    );
    const { table } = s.finish();
    expect(stringAt(table.ids, 0)).toBe('42');
    expect([table.lat[0], table.lon[0]]).toEqual([37.5, 45.1]);
    expect(table.channel[0]).toBe(4);
    expect(table.requestedAt[0]).toBe(Date.parse('2026-11-01T09:00:00+03:30') / 1000);
  });

  it('refuses a body that is not a page, saying what it is', () => {
    expect(() => session().append({ format: 'shahrnama', text: '<html>502</html>' }, 0)).toThrow(
      'the answer is an HTML page, not JSON',
    );
    expect(() => session().append({ format: 'shahrnama', text: '[1, 2]' }, 0)).toThrow(/not a page of requests/);
    expect(() => session().append({ format: 'open311', text: '{"data": []}' }, 0)).toThrow(/must be a JSON list/);
  });

  it('keeps the rows of every page, in order', () => {
    const s = session();
    s.append(page([record('a'), record('b')], 'p2'), 0);
    s.append(page([record('c')]), 0);
    const { table } = s.finish();
    expect(Array.from({ length: table.count }, (_, i) => stringAt(table.ids, i))).toEqual(['a', 'b', 'c']);
  });
});
