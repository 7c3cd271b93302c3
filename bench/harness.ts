/**
 * A small benchmark harness: median timing over several runs, a baseline timed in the same process on the
 * same data, a table on stdout and the figures in bench/results.json.
 */
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/** One line of bench/results.json. */
export interface BenchEntry {
  name: string;
  n: number;
  /** Median wall time of the measured function, milliseconds. */
  ms: number;
  /**
   * Fastest and slowest measured call, milliseconds: the machine is shared, and the spread is part of the
   * figure. (Two fields, not a pair: the file then reads as prettier writes it.)
   */
  min_ms?: number;
  max_ms?: number;
  /**
   * Median CPU time of the process over a call, milliseconds (interleaved cases only): it leaves out the
   * time other tenants of the machine held the core, which wall time counts.
   */
  cpu_ms?: number;
  runs: number;
  /** The first, unmeasured call (JIT compilation, fresh memory), milliseconds. */
  first_ms?: number;
  baseline?: string;
  baseline_ms?: number;
  baseline_min_ms?: number;
  baseline_max_ms?: number;
  baseline_cpu_ms?: number;
  baseline_runs?: number;
  /** baseline_ms / ms: how many times faster than the baseline. */
  ratio?: number;
  note?: string;
}

/** A group of cases (one file under bench/cases/), run in order by bench/run.ts. */
export interface BenchGroup {
  name: string;
  run: () => BenchEntry[];
}

export interface Timing {
  ms: number;
  runs: number;
  /** The wall time of the very first call, warm-up or not. */
  firstMs: number;
  /** Fastest and slowest measured call. */
  minMs: number;
  maxMs: number;
  /** Every measured call, in order. */
  samples: number[];
  /** Median CPU time of the process over a call, when measured. */
  cpuMs?: number;
}

function timingOf(times: readonly number[], warmup: number, cpu?: readonly number[]): Timing {
  const measured = times.slice(warmup);
  return {
    ms: median(measured),
    runs: measured.length,
    firstMs: times[0]!,
    minMs: Math.min(...measured),
    maxMs: Math.max(...measured),
    samples: measured,
    ...(cpu ? { cpuMs: median(cpu.slice(warmup)) } : {}),
  };
}

/** The median wall time of `runs` calls of `fn` after `warmup` unmeasured calls. */
export function timeMedian(fn: () => unknown, runs: number, warmup = 1): Timing {
  const times: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return timingOf(times, warmup);
}

/**
 * Several functions timed in turn, one call of each per round and the order reversed every other round
 * (a b c, c b a, …): a busy spell of the shared machine, or the garbage one call leaves to the next, then
 * falls on each of them alike, and their ratio holds better than that of two separate series.
 */
export function timeInterleaved(fns: readonly (() => unknown)[], runs: number, warmup = 1): Timing[] {
  const times = fns.map((): number[] => []);
  const cpu = fns.map((): number[] => []);
  for (let round = 0; round < warmup + runs; round++) {
    const order = fns.map((_, i) => (round % 2 === 0 ? i : fns.length - 1 - i));
    for (const i of order) {
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      fns[i]!();
      times[i]!.push(performance.now() - start);
      const used = process.cpuUsage(cpuStart);
      cpu[i]!.push((used.user + used.system) / 1000);
    }
  }
  return times.map((t, i) => timingOf(t, warmup, cpu[i]));
}

/**
 * The median of a / b over the rounds of an interleaved timing: each round's two calls ran under the same
 * load, so this ratio moves less than the ratio of the two medians when the machine is busy.
 */
export function roundRatio(a: Timing, b: Timing): number {
  return median(a.samples.map((ms, i) => ms / b.samples[i]!));
}

/** An entry's own timing fields. */
export const timed = (timing: Timing): Pick<BenchEntry, 'ms' | 'min_ms' | 'max_ms' | 'cpu_ms' | 'runs'> => ({
  ms: round(timing.ms),
  min_ms: round(timing.minMs),
  max_ms: round(timing.maxMs),
  ...(timing.cpuMs === undefined ? {} : { cpu_ms: round(timing.cpuMs) }),
  runs: timing.runs,
});

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** An entry with a baseline, its ratio computed from the two medians. */
export function withBaseline(entry: BenchEntry, baseline: string, timing: Timing): BenchEntry {
  return {
    ...entry,
    baseline,
    baseline_ms: round(timing.ms),
    baseline_min_ms: round(timing.minMs),
    baseline_max_ms: round(timing.maxMs),
    // Set either way: an entry made from another (decode-arrow-vs-json) must not keep that one's figure.
    baseline_cpu_ms: timing.cpuMs === undefined ? undefined : round(timing.cpuMs),
    baseline_runs: timing.runs,
    ratio: round(timing.ms / entry.ms),
  };
}

export function round(value: number, digits = 2): number {
  const k = 10 ** digits;
  return Math.round(value * k) / k;
}

/** Prints the entries as an aligned table. */
export function printTable(entries: readonly BenchEntry[]): void {
  const header = [
    'name',
    'n',
    'ms (median)',
    'min–max',
    'runs',
    'first call ms',
    'baseline',
    'baseline ms',
    'ratio',
    'note',
  ];
  const range = (min?: number, max?: number) =>
    min === undefined || max === undefined ? '' : `${min.toFixed(0)}–${max.toFixed(0)}`;
  const rows = entries.map((e) => [
    e.name,
    e.n.toLocaleString('en-US'),
    e.ms.toFixed(1),
    range(e.min_ms, e.max_ms),
    String(e.runs),
    e.first_ms === undefined ? '' : e.first_ms.toFixed(0),
    e.baseline ?? '',
    e.baseline_ms === undefined
      ? ''
      : `${e.baseline_ms.toFixed(0)} (${range(e.baseline_min_ms, e.baseline_max_ms)}, ${e.baseline_runs} runs)`,
    e.ratio === undefined ? '' : `${e.ratio.toFixed(e.ratio < 10 ? 2 : 0)}×`,
    e.note ?? '',
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) => cells.map((cell, c) => cell.padEnd(widths[c]!)).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

export function writeResults(path: string, entries: readonly BenchEntry[]): void {
  writeFileSync(path, `${JSON.stringify(entries, null, 2)}\n`);
}
