/**
 * The fiber rollout's figures worked out here from the raw `/fiber/segments` features by the contract's
 * definitions (docs/api.md, "How the dates are read"), with no code of the app: ISO days compare as strings,
 * so "built by day D" is `completed_at <= D` (or completed without a date), "late on day D" is
 * `planned_end < D` and not built. Also a large stub network, and the timing of playback frames in the page.
 */
import type { Page } from 'playwright-core';
import type { AreaCollection, DistrictProps } from './app';

export interface RawSegment {
  type: 'Feature';
  properties: {
    id: string;
    status: 'planned' | 'under_construction' | 'completed';
    planned_start: string;
    planned_end: string;
    completed_at: string | null;
    started_at?: string | null;
    district_id?: string;
    length_m: number;
    contractor?: unknown;
  };
  geometry: { type: 'LineString'; coordinates: [number, number][] };
}
export interface RawNetwork {
  type: 'FeatureCollection';
  features: RawSegment[];
}

/** The ISO day (YYYY-MM-DD) of an instant (ms) in a time zone. */
export function isoDayIn(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);
}

const builtBy = (s: RawSegment, day: string) =>
  s.properties.completed_at !== null ? s.properties.completed_at <= day : s.properties.status === 'completed';

export interface ExpectedProgress {
  plannedKm: number;
  builtKm: number;
  share: number;
  segmentsLate: number;
  kmLate: number;
}

/** Built against planned on `day`, of the segments `keep` selects (all of them by default). */
export function expectedProgress(
  network: RawNetwork,
  day: string,
  keep: (s: RawSegment) => boolean = () => true,
): ExpectedProgress {
  let plannedKm = 0;
  let builtKm = 0;
  let segmentsLate = 0;
  let kmLate = 0;
  for (const s of network.features.filter(keep)) {
    const km = s.properties.length_m / 1000;
    plannedKm += km;
    if (builtBy(s, day)) builtKm += km;
    else if (s.properties.planned_end < day) {
      segmentsLate++;
      kmLate += km;
    }
  }
  return { plannedKm, builtKm, share: builtKm / plannedKm, segmentsLate, kmLate };
}

/** Km built on `day` (the burn-up's built line there). */
export const expectedBuiltKm = (network: RawNetwork, day: string) => expectedProgress(network, day).builtKm;

/** The ISO day `days` after `day`. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * `count` straight segments of 150–600 m scattered over the districts' extent, each in a district, with a
 * plan over three years around `today` and statuses that follow it (a fixed seed: the same network every run).
 */
export function largeNetwork(count: number, districts: AreaCollection<DistrictProps>, today: string): RawNetwork {
  let seed = 20_260_601;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const points = districts.features.flatMap((f) =>
    (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flat(2),
  ) as unknown as [number, number][];
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [w, e, s, n] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const features: RawSegment[] = [];
  for (let i = 0; i < count; i++) {
    const x = w + random() * (e - w);
    const y = s + random() * (n - s);
    const length = 150 + random() * 450;
    const angle = random() * Math.PI;
    const dx = (Math.cos(angle) * length) / 88_000;
    const dy = (Math.sin(angle) * length) / 111_000;
    const start = addDays(today, Math.round(-900 + random() * 1200));
    const end = addDays(start, 30 + Math.round(random() * 120));
    const done = addDays(end, Math.round(-40 + random() * 90));
    const completed = done <= today;
    const id = `s${String(i + 1).padStart(5, '0')}`;
    features.push({
      type: 'Feature',
      properties: {
        id,
        status: completed ? 'completed' : start <= today ? 'under_construction' : 'planned',
        planned_start: start,
        planned_end: end,
        completed_at: completed ? done : null,
        district_id: districts.features[i % districts.features.length]!.properties.id,
        length_m: Math.round(length * 10) / 10,
      },
      geometry: {
        type: 'LineString',
        coordinates: [
          [x, y],
          [x + dx, y + dy],
        ],
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

export interface FrameTimes {
  /** Main-thread milliseconds of each frame: the slider's input handled, then the next frame's rendering. */
  frames: number[];
  /** Of each frame, the input's handling and the next animation frame's rendering, ms. */
  handled: number[];
  drawn: number[];
  /** Tasks over 50 ms while the frames ran, ms. */
  longTasks: number[];
}

/**
 * Moves the playback slider through `positions` one at a time, as a drag does, and times each: the input
 * event's handling (React renders, the layers' props are set) plus the work of the next animation frame up
 * to a callback queued after deck.gl's (its colour attribute recomputed and the map drawn), from that
 * frame's start. The waiting in between is left out: it is not the main thread's work.
 */
export async function timePlaybackFrames(page: Page, positions: number[]): Promise<FrameTimes> {
  return page.evaluate(async (list) => {
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((entries) =>
      entries.getEntries().forEach((e) => longTasks.push(e.duration)),
    );
    observer.observe({ type: 'longtask' });
    const slider = document.querySelector<HTMLInputElement>('[data-testid=fiber-slider]')!;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const frames: number[] = [];
    const handledTimes: number[] = [];
    const drawnTimes: number[] = [];
    for (const position of list) {
      // A quiet frame first, so the one measured starts with nothing else queued.
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const started = performance.now();
      setValue.call(slider, String(position));
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      // React may finish the update in a microtask: the continuation of this await runs after it.
      await Promise.resolve();
      const handled = performance.now() - started;
      const drawn = await new Promise<number>((resolve) =>
        requestAnimationFrame((frameStart) => resolve(Math.max(0, performance.now() - frameStart))),
      );
      frames.push(handled + drawn);
      handledTimes.push(handled);
      drawnTimes.push(drawn);
    }
    observer.disconnect();
    return { frames, handled: handledTimes, drawn: drawnTimes, longTasks };
  }, positions);
}

/** The median and the largest of a list. */
export function medianAndMax(values: number[]): { median: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, max: sorted[sorted.length - 1]! };
}
