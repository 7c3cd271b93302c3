import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreboard, type MetricScore, type ScoreboardOptions } from './scoreboard';
import { tableOf, everyRequest } from './test-tables';
import { JURISDICTIONS, STAGES } from './vocabulary';

const H = 3600;
const DAY = 24 * H;
const T0 = 1_760_000_000;
const NOW = T0 + 30 * DAY;
const everything = everyRequest(T0, NOW);
// s0 48 h, s1 240 h, s2 (water) 24 h.
const options: ScoreboardOptions = {
  now: NOW,
  slaHours: Float64Array.from([48, 240, 24]),
  jurisdiction: Uint8Array.from([0, 0, JURISDICTIONS.indexOf('water')]),
  districtCount: 3,
};

const resolved = (hours: number, service: number, district: number) => ({
  requestedAt: T0,
  closedAt: T0 + hours * H,
  service,
  district,
});
const table = tableOf([
  // District 0, unit 0: resolved in 10, 20, 30 and 60 h (s0, 48 h), two open, one 3 days old (overdue).
  resolved(10, 0, 0),
  resolved(20, 0, 0),
  resolved(30, 0, 0),
  resolved(60, 0, 0),
  { requestedAt: NOW - 3 * DAY, service: 0, district: 0 },
  { requestedAt: NOW - H, service: 0, district: 0 },
  // District 1, unit 1: resolved in 2 h (s1, 240 h); a rejected one and a water request are not scored.
  resolved(2, 1, 1),
  { requestedAt: T0, closedAt: T0 + 500 * H, service: 1, stage: 'rejected', district: 1 },
  { requestedAt: NOW - 10 * DAY, service: 2, district: 1 },
]);
table.agencies = ['unit 0', 'unit 1'];
table.agency.set([0, 0, 0, 0, 0, 0, 1, 1, 1]);

const byMetric = (metrics: MetricScore[]) => Object.fromEntries(metrics.map((m) => [m.metric, m]));

describe('scoreboard', () => {
  const board = scoreboard(table, everything, options);

  it('scores each metric as actual against target, with its inputs', () => {
    const d0 = byMetric(board.byDistrict[0]!.metrics);
    // On time 3 of 4 = 0.75 against 0.85.
    expect(d0.on_time).toMatchObject({ actual: 0.75, target: 0.85, count: 4, hits: 3, noData: false });
    expect(d0.on_time!.score).toBeCloseTo(0.75 / 0.85, 12);
    // Median 25 h against a median SLA of 48 h: lower is better, 48 / 25 = 1.92.
    expect(d0.resolve_time).toMatchObject({ actual: 25, target: 48, count: 4, better: 'lower' });
    expect(d0.resolve_time!.score).toBeCloseTo(1.92, 12);
    // Overdue 1 of 2 open = 0.5 against 0.1: 0.2.
    expect(d0.overdue_share).toMatchObject({ actual: 0.5, count: 2, hits: 1 });
    expect(d0.overdue_share!.score).toBeCloseTo(0.2, 12);
    expect(board.byDistrict[0]!.score).toBeCloseTo((0.75 / 0.85 + 1.92 + 0.2) / 3, 12);
  });

  it('caps a score, and leaves out a metric with nothing to score', () => {
    const d1 = byMetric(board.byDistrict[1]!.metrics);
    // 2 h against 240 h would be 120: capped at 2. Nothing open: no overdue share.
    expect(d1.resolve_time!.score).toBe(2);
    expect(d1.overdue_share).toMatchObject({ count: 0, noData: true });
    expect(d1.overdue_share!.score).toBeNaN();
    expect(board.byDistrict[1]!.score).toBeCloseTo((1 / 0.85 + 2) / 2, 12);
    expect(board.byDistrict[2]).toMatchObject({ area: 2, noData: true });
    expect(board.byDistrict[2]!.score).toBeNaN();
  });

  it('scores responsible units and the whole city the same way', () => {
    expect(board.byAgency.map((a) => a.score)).toEqual(board.byDistrict.slice(0, 2).map((d) => d.score));
    const city = byMetric(board.city.metrics);
    // Resolved 10, 20, 30, 60, 2 h: 4 of 5 on time; median 20 h against median SLA 48 h (2.4, capped at 2).
    expect(board.city.area).toBeNull();
    expect(city.on_time).toMatchObject({ actual: 0.8, count: 5 });
    expect(city.resolve_time).toMatchObject({ actual: 20, target: 48, score: 2 });
    expect(board.city.score).toBeCloseTo((0.8 / 0.85 + 2 + 0.2) / 3, 12);
  });

  it('keeps every score within [0, maxScore] or NaN', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            age: fc.integer({ min: 0, max: 29 * DAY }),
            took: fc.integer({ min: 0, max: 20 * DAY }),
            service: fc.integer({ min: 0, max: 2 }),
            stage: fc.constantFrom(...STAGES),
            district: fc.integer({ min: 0, max: 2 }),
          }),
          { maxLength: 50 },
        ),
        (rows) => {
          const t = tableOf(
            rows.map((r) => {
              const closed = STAGES.indexOf(r.stage) >= STAGES.indexOf('resolved');
              return { ...r, requestedAt: NOW - r.age, ...(closed ? { closedAt: NOW - r.age + r.took } : {}) };
            }),
          );
          const b = scoreboard(t, everything, { ...options, now: NOW + 20 * DAY });
          for (const area of [b.city, ...b.byDistrict, ...b.byAgency]) {
            for (const s of [area.score, ...area.metrics.map((m) => m.score)]) {
              if (!Number.isNaN(s)) expect(s >= 0 && s <= 2).toBe(true);
            }
            expect(area.noData).toBe(Number.isNaN(area.score));
          }
        },
      ),
    );
  });
});
