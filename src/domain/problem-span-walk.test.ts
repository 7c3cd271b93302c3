import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { resolveProblemParams } from './problem-options';
import { SpanWalk } from './problem-span-walk';

const DAY = 86_400;

interface Point {
  x: number;
  y: number;
  t: number;
}

/** One component's rows as the walk takes them: in time order (ties as given). */
const componentArb = fc
  .record({
    spread: fc.constantFrom(40, 150, 600),
    points: fc.array(
      fc.record({
        x: fc.oneof(
          fc.double({ min: 0, max: 1, noNaN: true }),
          fc.integer({ min: 0, max: 20 }).map((k) => k / 20),
        ),
        y: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constant(0)),
        day: fc.oneof(fc.nat(90), fc.double({ min: 0, max: 90, noNaN: true })),
      }),
      { minLength: 1, maxLength: 150 },
    ),
    radiusM: fc.oneof(fc.integer({ min: 5, max: 80 }), fc.double({ min: 5, max: 80, noNaN: true })),
    windowDays: fc.oneof(fc.constant(Infinity), fc.integer({ min: 1, max: 60 })),
    maxSpanM: fc.oneof(fc.integer({ min: 1, max: 300 }), fc.double({ min: 1, max: 300, noNaN: true })),
  })
  .map(({ spread, points, ...params }) => ({
    points: points
      .map((p) => ({ x: p.x * spread, y: p.y * spread, t: Math.round(p.day * DAY) }))
      .sort((a, b) => a.t - b.t),
    params,
  }));

/** Each position's problem root after walking the component, read back in time or with a grid. */
function walked(points: Point[], params: { radiusM: number; windowDays: number; maxSpanM: number }, gridAbove: number) {
  const n = points.length;
  const xyt = new Float64Array(3 * n);
  points.forEach((p, k) => xyt.set([p.x, p.y, p.t], 3 * k));
  const resolved = resolveProblemParams(1, ['s'], {
    defaultRadiusM: params.radiusM,
    defaultWindowDays: params.windowDays,
    defaultMaxSpanM: params.maxSpanM,
  });
  const walk = new SpanWalk(xyt, resolved, new Int32Array(n), new Float64Array(4 * n), gridAbove);
  walk.walkComponent(0, n, 0);
  return Array.from({ length: n }, (_, k) => walk.find(k));
}

describe('SpanWalk', () => {
  it('finds the same problems with a grid as reading back in time', () => {
    fc.assert(
      fc.property(componentArb, ({ points, params }) => {
        expect(walked(points, params, 0)).toEqual(walked(points, params, Infinity));
      }),
      { numRuns: 500 },
    );
  });

  it('reads a long thin component back in time rather than building a grid of mostly empty cells', () => {
    // 40 rows along 40 km: a grid of 50 m cells would have 800 columns for 40 rows.
    const points = Array.from({ length: 40 }, (_, k) => ({ x: k * 1000, y: k * 1000, t: k }));
    const params = { radiusM: 50, windowDays: Infinity, maxSpanM: 250 };
    expect(walked(points, params, 0)).toEqual(walked(points, params, Infinity));
  });

  it('keeps a problem exactly as wide as the span', () => {
    const points = [0, 50, 100].map((x, k) => ({ x, y: 0, t: k }));
    expect(walked(points, { radiusM: 50, windowDays: 1, maxSpanM: 100 }, Infinity)).toEqual([0, 0, 0]);
    expect(walked(points, { radiusM: 50, windowDays: 1, maxSpanM: 99.999 }, Infinity)).toEqual([0, 0, 2]);
  });

  it('joins the nearer problem first, and of two as near the one whose nearest request came earlier', () => {
    // Two problems 120 m apart; a report between them links to both, 60 m from each, and can join only
    // one (170 m span). B's nearest request (at 60 m) came before A's (at −60 m).
    const points = [
      { x: 100, y: 0, t: 0 }, // B
      { x: -100, y: 0, t: 1 }, // A
      { x: 60, y: 0, t: 2 }, // B
      { x: -60, y: 0, t: 3 }, // A
      { x: 0, y: 0, t: 4 },
    ];
    const params = { radiusM: 60, windowDays: 1, maxSpanM: 170 };
    expect(walked(points, params, Infinity)).toEqual([0, 1, 0, 1, 0]);
    // 59 m from A instead: A is nearer.
    const nearerA = points.map((p) => (p.x === -60 ? { ...p, x: -59 } : p));
    expect(walked(nearerA, params, Infinity)).toEqual([0, 1, 0, 1, 1]);
  });

  it('roots each problem at its earliest member', () => {
    const points = [0, 40, 80, 120, 160, 200, 240, 280, 320].map((x, k) => ({ x, y: 0, t: k * 60 }));
    const roots = walked(points, { radiusM: 50, windowDays: 30, maxSpanM: 250 }, Infinity);
    expect(roots).toEqual([0, 0, 0, 0, 0, 0, 0, 7, 7]);
  });
});
