/**
 * Distinct-problem clustering: `cluster` at 100k, 1M and 5M rows with the default options (50 m, 30 days,
 * a 250 m span), against the same rule without its span (plain single link) at 1M as the baseline of the
 * same run, so the span's cost reads off the ratio (and the KPIs counted by the problems it finds,
 * `aggregate-kpis-by-problem`), and `cluster-vs-turf-dbscan` on a 50k
 * subset against turf.clustersDbscan run per service (DBSCAN with minPoints 1 is single link in space
 * only, so our side runs with an infinite time window for that case: the same definition on both sides).
 * `cluster-vs-turf-dbscan-one-call` times the baseline as issue 3 words it — one turf call over the whole
 * subset — which also links requests of different categories, so it does more work than ours: reported
 * for comparison with the issue's figure, not as the like-for-like ratio.
 */
import { clustersDbscan, featureCollection, point } from '@turf/turf';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { aggregateProblems } from '../../src/domain/problem-aggregate';
import { clusterRequests } from '../../src/domain/problem-clustering';
import type { ProblemOptions } from '../../src/domain/problem-options';
import { memberCount, type ProblemSet } from '../../src/domain/problem-set';
import type { RequestTable } from '../../src/domain/request-table';
import { NO_AREA } from '../../src/domain/request-table';
import { round, timeMedian, withBaseline, type BenchEntry, type BenchGroup } from '../harness';
import { headOf, syntheticRequests } from '../synthetic';
import { kpiInputs } from './pipeline';

// Three warm-up calls: the first ones run before the JIT has optimised the passes and while the C
// allocator still hands out fresh pages for the output (each page's first touch is a fault); the first
// call's time is kept as `first_ms`.
const SIZES = [
  { n: 100_000, runs: 9, warmup: 3 },
  { n: 1_000_000, runs: 7, warmup: 3 },
  { n: 5_000_000, runs: 3, warmup: 1 },
];
const TURF_N = 50_000;
const TURF_RUNS = 1;
// DBSCAN has no span: the like-for-like comparison leaves ours unbounded too.
const SPACE_ONLY: ProblemOptions = { defaultRadiusM: 50, defaultWindowDays: Infinity, defaultMaxSpanM: Infinity };
const SINGLE_LINK: ProblemOptions = { defaultRadiusM: 50, defaultWindowDays: 30, defaultMaxSpanM: Infinity };
/** The size at which the span's cost is measured against plain single link. */
const SPAN_BASELINE_N = 1_000_000;

export const clusterGroup: BenchGroup = {
  name: 'cluster',
  run: () => {
    const entries: BenchEntry[] = [];
    for (const { n, runs, warmup } of SIZES) {
      const table = syntheticRequests(n);
      let found: ProblemSet | undefined;
      const timing = timeMedian(() => (found = clusterRequests(table)), runs, warmup);
      const problems = found!;
      const entry: BenchEntry = {
        name: 'cluster',
        n,
        ms: round(timing.ms),
        runs: timing.runs,
        first_ms: round(timing.firstMs),
        note: `${problems.count.toLocaleString('en-US')} problems, largest ${largest(problems)}; 50 m, 30 days, 250 m span${runs < 5 ? `; ${runs} runs only` : ''}`,
      };
      entries.push(n === SPAN_BASELINE_N ? withSingleLink(entry, table, runs, warmup) : entry);
      const { filter, options } = kpiInputs(table);
      const aggregate = timeMedian(() => aggregateProblems(table, problems, filter, options), runs);
      entries.push({
        name: 'aggregate-kpis-by-problem',
        n,
        ms: round(aggregate.ms),
        runs: aggregate.runs,
        note: `the KPIs counted by distinct problems; whole year${runs < 5 ? `; ${runs} runs only` : ''}`,
      });
    }
    entries.push(...versusTurf(headOf(syntheticRequests(1_000_000), TURF_N)));
    return entries;
  },
};

/** The entry with plain single link (no span) timed on the same table as its baseline. */
function withSingleLink(entry: BenchEntry, table: RequestTable, runs: number, warmup: number): BenchEntry {
  let components: ProblemSet | undefined;
  const timing = timeMedian(() => (components = clusterRequests(table, SINGLE_LINK)), runs, warmup);
  const note = `${entry.note}; single link ${components!.count.toLocaleString('en-US')} problems, largest ${largest(components!)}`;
  return withBaseline({ ...entry, note }, 'the same rule without its span (single link)', timing);
}

/** The number of requests of the largest problem. */
function largest(problems: ProblemSet): number {
  let most = 0;
  for (let p = 0; p < problems.count; p++) most = Math.max(most, memberCount(problems, p));
  return most;
}

function versusTurf(table: RequestTable): BenchEntry[] {
  let problems = 0;
  const ours = timeMedian(() => (problems = clusterRequests(table, SPACE_ONLY).count), 9);
  const collections = pointsByService(table);
  let clusters = 0;
  const perService = timeMedian(
    () => {
      clusters = 0;
      for (const points of collections) clusters += turfClusterCount(points);
    },
    TURF_RUNS,
    0,
  );
  const everyPoint = featureCollection(collections.flatMap((c) => c.features));
  let oneCallClusters = 0;
  const oneCall = timeMedian(() => (oneCallClusters = turfClusterCount(everyPoint)), TURF_RUNS, 0);
  const entry = (name: string, note: string): BenchEntry => ({
    name,
    n: table.count,
    ms: round(ours.ms),
    runs: ours.runs,
    note: `ours ${problems} problems, ${note}; baseline ${TURF_RUNS} run, no warm-up`,
  });
  return [
    withBaseline(
      entry('cluster-vs-turf-dbscan', `turf ${clusters} clusters (haversine vs planar)`),
      'turf.clustersDbscan 0.05 km, minPoints 1, per service',
      perService,
    ),
    withBaseline(
      entry('cluster-vs-turf-dbscan-one-call', `turf ${oneCallClusters} clusters, categories merged`),
      'turf.clustersDbscan 0.05 km, minPoints 1, one call over every category',
      oneCall,
    ),
  ];
}

/** One FeatureCollection per service of the rows inside the city, as turf takes them. */
function pointsByService(table: RequestTable): FeatureCollection<Point>[] {
  const byService = new Map<number, Feature<Point>[]>();
  for (let i = 0; i < table.count; i++) {
    if (table.district[i] === NO_AREA) continue;
    const s = table.service[i]!;
    const list = byService.get(s) ?? [];
    list.push(point([table.lon[i]!, table.lat[i]!]));
    byService.set(s, list);
  }
  return [...byService.values()].map((features) => featureCollection(features));
}

function turfClusterCount(points: FeatureCollection<Point>): number {
  // mutate: skip turf's deep clone of the input, so the baseline times its clustering only.
  const result = clustersDbscan(points, 0.05, { units: 'kilometers', minPoints: 1, mutate: true });
  const ids = new Set<number>();
  for (const f of result.features) if (f.properties.cluster !== undefined) ids.add(f.properties.cluster);
  return ids.size;
}
