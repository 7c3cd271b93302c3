/**
 * The clustering rule of docs/problem-rule.md written out by brute force (O(n²) pairs), from the text of
 * the rule and not from the implementation, for the property tests to compare against. Not used by the app.
 */
import { compareRows, NO_AREA, type RequestTable } from './request-table';
import { DEFAULT_MAX_SPAN_M, type ProblemOptions } from './problem-options';
import { M_PER_DEG_LAT, M_PER_DEG_LON } from './problem-test-rows';

const DAY = 86_400;

/** The rule's view of a table: which rows take part, where they are, and the link relation. */
export interface ReferenceRule {
  inside: (i: number) => boolean;
  /** Projected metres, as the rule defines the projection. */
  x: (i: number) => number;
  y: (i: number) => number;
  linked: (a: number, b: number) => boolean;
  /** The max span in metres of row i's category. */
  maxSpan: (i: number) => number;
  /** The rows that take part, in canonical order: (requestedAt, id), then service, lon, lat. */
  canonical: number[];
}

/** The rule's parameters of a service index (overrides by index only: the tests set no codes). */
function paramsOf(options: ProblemOptions, s: number) {
  const o = options.byService?.[s];
  return {
    radiusM: o?.radiusM ?? options.defaultRadiusM,
    windowDays: o?.windowDays ?? options.defaultWindowDays,
    maxSpanM: o?.maxSpanM ?? options.defaultMaxSpanM ?? DEFAULT_MAX_SPAN_M,
  };
}

export function referenceRule(table: RequestTable, options: ProblemOptions): ReferenceRule {
  const inside = (i: number): boolean =>
    table.district[i] !== NO_AREA && Number.isFinite(table.lon[i]) && Number.isFinite(table.lat[i]);
  const rows = Array.from({ length: table.count }, (_, i) => i).filter(inside);
  const lats = rows.map((i) => table.lat[i]!);
  const lons = rows.map((i) => table.lon[i]!);
  const lat0 = (Math.min(...lats) + Math.max(...lats)) / 2;
  const lon0 = (Math.min(...lons) + Math.max(...lons)) / 2;
  const kx = Math.cos((lat0 * Math.PI) / 180) * M_PER_DEG_LON;
  const x = (i: number) => (table.lon[i]! - lon0) * kx;
  const y = (i: number) => (table.lat[i]! - lat0) * M_PER_DEG_LAT;
  const staff = (i: number) => table.reporter[i]! > 0;
  const linked = (a: number, b: number): boolean => {
    if (!inside(a) || !inside(b) || table.service[a] !== table.service[b] || staff(a) !== staff(b)) return false;
    const { radiusM, windowDays } = paramsOf(options, table.service[a]!);
    const dx = x(a) - x(b);
    const dy = y(a) - y(b);
    const dt = Math.abs(table.requestedAt[a]! - table.requestedAt[b]!);
    return dx * dx + dy * dy <= radiusM * radiusM && dt <= windowDays * DAY;
  };
  const canonical = [...rows].sort(
    (a, b) =>
      compareRows(table, a, b) ||
      table.service[a]! - table.service[b]! ||
      table.lon[a]! - table.lon[b]! ||
      table.lat[a]! - table.lat[b]!,
  );
  return { inside, x, y, linked, maxSpan: (i) => paramsOf(options, table.service[i]!).maxSpanM, canonical };
}

/**
 * The problems by the rule, as lists of rows: the requests in canonical order, each following its links
 * to earlier requests, grouped by the problem they are in, nearest first (equal distances: the earlier
 * request first), joining each problem whose union with its own has a bounding-box diagonal ≤ the span.
 * No shortcut: every component is walked, the ones that fit as well.
 */
export function referenceProblems(table: RequestTable, options: ProblemOptions): number[][] {
  const rule = referenceRule(table, options);
  const { canonical, x, y } = rule;
  const problemOf = new Map<number, Set<number>>();
  const boxOf = (members: Set<number>) => {
    const xs = [...members].map(x);
    const ys = [...members].map(y);
    return { minX: Math.min(...xs), maxX: Math.max(...xs), minY: Math.min(...ys), maxY: Math.max(...ys) };
  };
  const fits = (a: Set<number>, b: Set<number>, span: number) => {
    const p = boxOf(a);
    const q = boxOf(b);
    const dx = Math.max(p.maxX, q.maxX) - Math.min(p.minX, q.minX);
    const dy = Math.max(p.maxY, q.maxY) - Math.min(p.minY, q.minY);
    return dx * dx + dy * dy <= span * span;
  };
  canonical.forEach((i, k) => {
    problemOf.set(i, new Set([i]));
    const nearest = new Map<Set<number>, { d2: number; order: number }>();
    for (let e = 0; e < k; e++) {
      const j = canonical[e]!;
      if (!rule.linked(i, j)) continue;
      const d2 = (x(i) - x(j)) ** 2 + (y(i) - y(j)) ** 2;
      const problem = problemOf.get(j)!;
      const best = nearest.get(problem);
      if (!best || d2 < best.d2) nearest.set(problem, { d2, order: e });
    }
    const visits = [...nearest].sort(([, a], [, b]) => a.d2 - b.d2 || a.order - b.order);
    for (const [theirs] of visits) {
      const mine = problemOf.get(i)!;
      if (mine === theirs || !fits(mine, theirs, rule.maxSpan(i))) continue;
      for (const member of theirs) {
        mine.add(member);
        problemOf.set(member, mine);
      }
    }
  });
  return [...new Set(problemOf.values())].map((members) => [...members]);
}

/** The connected components of the link relation (the rule without its span), by depth-first search. */
export function referenceComponents(table: RequestTable, options: ProblemOptions): number[][] {
  const { inside, linked } = referenceRule(table, options);
  const seen = new Uint8Array(table.count);
  const components: number[][] = [];
  for (let start = 0; start < table.count; start++) {
    if (seen[start] === 1 || !inside(start)) continue;
    const component: number[] = [];
    const stack = [start];
    seen[start] = 1;
    while (stack.length > 0) {
      const a = stack.pop()!;
      component.push(a);
      for (let b = 0; b < table.count; b++) {
        if (seen[b] === 0 && linked(a, b)) {
          seen[b] = 1;
          stack.push(b);
        }
      }
    }
    components.push(component);
  }
  return components;
}
