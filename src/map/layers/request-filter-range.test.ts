import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, startOfDay } from '../../domain/calendar';
import { matchesFilter, type RequestFilter } from '../../domain/request-filter';
import { NO_AREA } from '../../domain/request-table';
import { stringAt } from '../../domain/string-column';
import { tableOf } from '../../domain/test-tables';
import { STAGES } from '../../domain/vocabulary';
import { buildDrawableRequests, FILTER_VALUES, serviceRanks } from '../../workers/drawable-requests';
import type { FilterSpec } from '../../workers/request-protocol';
import { requestFilterRange } from './request-filter-range';

const TZ = 'Asia/Tehran';
const T0 = startOfDay(1_760_000_000, TZ);
const YEAR = 365 * 86_400;
// Table service s0…s5; the catalogue groups them so that no group is contiguous in table order.
const GROUP_OF = new Map([
  ['s0', 'roads'],
  ['s1', 'lighting'],
  ['s2', 'roads'],
  ['s3', 'waste'],
  ['s4', 'lighting'],
  ['s5', 'roads'],
]);
const GROUPS = ['roads', 'lighting', 'waste'];
const CODES = ['s0', 's1', 's2', 's3', 's4', 's5'];

/** What the GPU does: every float32 filter value within its inclusive range. */
function passesOnGpu(values: Float32Array, k: number, range: [number, number][]): boolean {
  return range.every(([min, max], d) => {
    const v = values[FILTER_VALUES * k + d]!;
    return Math.fround(min) <= v && v <= Math.fround(max);
  });
}

const rowArb = fc.record({
  requestedAt: fc.integer({ min: T0 - YEAR, max: T0 + YEAR }),
  service: fc.integer({ min: 0, max: CODES.length - 1 }),
  stage: fc.constantFrom(...STAGES),
  district: fc.constantFrom(0, 1, NO_AREA),
});

const specArb = fc.record({
  fromDay: fc.integer({ min: -400, max: 400 }),
  days: fc.integer({ min: 1, max: 400 }),
  status: fc.constantFrom('all' as const, 'open' as const, 'closed' as const),
  group: fc.constantFrom(null, ...GROUPS),
});

describe('requestFilterRange', () => {
  it('keeps on the GPU exactly the requests the figures of the same filter count', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 200 }), specArb, (rows, s) => {
        const table = tableOf(rows, CODES.length);
        const drawable = buildDrawableRequests(table, serviceRanks(table.serviceCodes, GROUP_OF)).requests;
        // Periods are whole local days, as resolvePeriod gives them.
        const from = addDays(T0, s.fromDay, TZ);
        const to = addDays(from, s.days, TZ);
        const serviceCodes = s.group ? CODES.filter((c) => GROUP_OF.get(c) === s.group) : null;
        const spec: Pick<FilterSpec, 'from' | 'to' | 'status' | 'serviceCodes'> = {
          from,
          to,
          status: s.status,
          serviceCodes,
        };
        const range = requestFilterRange(spec, drawable, table.serviceCodes);
        const filter: RequestFilter = {
          from,
          to,
          status: s.status,
          serviceMask: serviceCodes ? Uint8Array.from(CODES, (c) => (serviceCodes.includes(c) ? 1 : 0)) : null,
          district: null,
          neighbourhood: null,
        };
        const expected = rows.flatMap((_, i) => (matchesFilter(table, i, filter) ? [stringAt(table.ids, i)] : []));
        const drawn = Array.from({ length: drawable.count }, (_, k) => stringAt(drawable.ids, k)).filter((_, k) =>
          passesOnGpu(drawable.filterValues, k, range),
        );
        expect(drawn).toEqual(expected);
      }),
    );
  });

  it('keeps a request at the first second of the period and drops one at the first second after it', () => {
    const from = addDays(T0, 10, TZ);
    const to = addDays(from, 1, TZ);
    const table = tableOf(
      [
        { requestedAt: T0, district: 0 },
        { requestedAt: from - 1, district: 0 },
        { requestedAt: from, district: 0 },
        { requestedAt: to - 1, district: 0 },
        { requestedAt: to, district: 0 },
      ],
      CODES.length,
    );
    const drawable = buildDrawableRequests(table, serviceRanks(table.serviceCodes, GROUP_OF)).requests;
    const range = requestFilterRange({ from, to, status: 'all', serviceCodes: null }, drawable, table.serviceCodes);
    const drawn = Array.from(drawable.requestedAt).filter((_, k) => passesOnGpu(drawable.filterValues, k, range));
    expect(drawn).toEqual([from, to - 1]);
  });

  it('draws nothing for a group with no request in the table', () => {
    const table = tableOf([{ requestedAt: T0, district: 0 }], 1);
    const drawable = buildDrawableRequests(table, serviceRanks(table.serviceCodes, GROUP_OF)).requests;
    const range = requestFilterRange(
      { from: T0, to: T0 + 86_400, status: 'all', serviceCodes: ['s3'] },
      drawable,
      table.serviceCodes,
    );
    expect(passesOnGpu(drawable.filterValues, 0, range)).toBe(false);
  });

  it('refuses categories that are not one group rather than draw other requests', () => {
    const table = tableOf([{ requestedAt: T0, district: 0 }], CODES.length);
    const drawable = buildDrawableRequests(table, serviceRanks(table.serviceCodes, GROUP_OF)).requests;
    expect(() =>
      requestFilterRange({ from: T0, to: T0 + 86_400, status: 'all', serviceCodes: ['s0', 's1'] }, drawable, CODES),
    ).toThrow(RangeError);
  });
});
