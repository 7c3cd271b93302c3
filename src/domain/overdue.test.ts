import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOverdueAt } from './follow-up';
import { overdueRows, type OverdueListOptions } from './overdue';
import { tableOf, everyRequest } from './test-tables';
import { JURISDICTIONS } from './vocabulary';

const H = 3600;
const DAY = 24 * H;
const T0 = 1_760_000_000;
const NOW = T0 + 30 * DAY;
const jurisdiction = Uint8Array.from([0, 0, JURISDICTIONS.indexOf('water')]);
const everything = everyRequest(T0, NOW);

describe('overdueRows', () => {
  // SLA: s0 48 h, s1 240 h (10 days), s2 (water) 24 h.
  const options: OverdueListOptions = { now: NOW, slaHours: Float64Array.from([48, 240, 24]), jurisdiction, limit: 10 };
  const table = tableOf([
    // 0: 4 days old, overdue by 48 h (deadline NOW − 2 days).
    { requestedAt: NOW - 4 * DAY, service: 0, district: 1 },
    // 1: 12 days old, overdue by 48 h (deadline NOW − 2 days).
    { requestedAt: NOW - 12 * DAY, service: 1, district: 0 },
    // 2: 60 h old, overdue by 12 h.
    { requestedAt: NOW - 60 * H, service: 0, district: 0 },
    // 3: a day old, within its SLA. 4: water, external. 5: referred, closed.
    { requestedAt: NOW - DAY, service: 0, district: 1 },
    { requestedAt: NOW - 10 * DAY, service: 2, district: 0 },
    { requestedAt: NOW - 10 * DAY, closedAt: NOW - 9 * DAY, stage: 'referred', service: 0, district: 0 },
    // 6: 11 days old, overdue by 24 h.
    { requestedAt: NOW - 11 * DAY, service: 1, district: 1 },
  ]);
  const list = (o: Partial<OverdueListOptions>, filter = everything) => [
    ...overdueRows(table, filter, { ...options, ...o }),
  ];

  it('lists overdue municipal requests, oldest first', () => {
    expect(list({})).toEqual([1, 6, 0, 2]);
    expect(list({ limit: 2 })).toEqual([1, 6]);
    expect(list({ reverse: true })).toEqual([2, 0, 6, 1]);
    expect(list({ limit: 0 })).toEqual([]);
  });

  it('sorts by time past the SLA, by district and by category, oldest first on ties', () => {
    expect(list({ sortBy: 'overdueBy' })).toEqual([1, 0, 6, 2]);
    expect(list({ sortBy: 'district' })).toEqual([1, 2, 6, 0]);
    expect(list({ sortBy: 'service' })).toEqual([0, 2, 1, 6]);
  });

  it('applies the filter', () => {
    expect(list({}, { ...everything, district: 1 })).toEqual([6, 0]);
    expect(list({}, { ...everything, status: 'closed' })).toEqual([]);
  });

  it('returns the first rows of the full sort, whatever the limit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ age: fc.integer({ min: 0, max: 29 * DAY }), service: fc.integer({ min: 0, max: 2 }) }), {
          maxLength: 80,
        }),
        fc.integer({ min: 0, max: 100 }),
        (rows, limit) => {
          const t = tableOf(rows.map((r) => ({ requestedAt: NOW - r.age, service: r.service, district: 0 })));
          const all = [...overdueRows(t, everything, { ...options, limit: t.count })];
          expect([...overdueRows(t, everything, { ...options, limit })]).toEqual(all.slice(0, limit));
          for (let k = 1; k < all.length; k++) {
            expect(t.requestedAt[all[k - 1]!]!).toBeLessThanOrEqual(t.requestedAt[all[k]!]!);
          }
          for (const i of all) expect(isOverdueAt(t, i, options.slaHours, NOW)).toBe(true);
        },
      ),
    );
  });
});
