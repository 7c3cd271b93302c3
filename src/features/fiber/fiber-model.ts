/**
 * The fiber network of a load as the fiber UI reads it: the domain's network and km curves, measured once
 * per answer of `/fiber/segments`, and the figures at `now` (progress, forecast, scores), which follow the
 * clock. Pure: the hooks memoise these, components only show them.
 */
import { fiberSegmentInputs } from '../../api/fiber-segments';
import type { DistrictCollection, FiberSegment, FiberSegmentCollection, LocalizedName } from '../../api/schemas';
import { buildAreaIndex } from '../../domain/area-index';
import { fiberAccountability, type FiberAccountability } from '../../domain/fiber/accountability';
import { fiberCurves, type FiberCurves } from '../../domain/fiber/burn-up';
import { fiberForecasts, type FiberForecasts } from '../../domain/fiber/forecast';
import type { CityCalendar } from '../../domain/fiber/months';
import { buildFiberNetwork, type FiberNetwork } from '../../domain/fiber/network';
import { fiberProgress, type FiberProgress } from '../../domain/fiber/progress';
import { rolloutSpan, type RolloutSpan } from './playback-clock';

export interface FiberModel {
  features: FiberSegment[];
  network: FiberNetwork;
  curves: FiberCurves;
  contractors: LocalizedName[];
  /** The days a playback runs over. */
  span: RolloutSpan;
  /** One state per segment, written by each playback frame (domain/fiber/playback.ts). */
  states: Uint8Array;
  /** Segment indexes, the latest built first (never built first of all): the map's drawing order. */
  drawOrder: number[];
}

/** The network of `collection` over the city's districts; `asOf` is the instant its statuses are as of. */
export function fiberModel(
  collection: FiberSegmentCollection,
  districts: DistrictCollection,
  timeZone: string,
  asOf: number,
): FiberModel {
  const districtIds = districts.features.map((f) => f.properties.id);
  const { segments, contractors } = fiberSegmentInputs(collection, districtIds);
  const network = buildFiberNetwork(segments, buildAreaIndex(districts.features.map((f) => f.geometry)), {
    districtCount: districtIds.length,
    contractorCount: contractors.length,
    timeZone,
    asOf,
  });
  return {
    features: collection.features,
    network,
    curves: fiberCurves(network),
    contractors,
    span: rolloutSpan(segments, timeZone, asOf),
    states: new Uint8Array(network.count),
    drawOrder: Array.from(network.builtAt.keys()).sort((a, b) => network.builtAt[b]! - network.builtAt[a]! || a - b),
  };
}

export interface FiberFigures {
  progress: FiberProgress;
  forecasts: FiberForecasts;
  scores: FiberAccountability;
}

/** Built against planned, the forecast and the scores at `now`. */
export function fiberFigures(model: FiberModel, now: number, calendar: CityCalendar, timeZone: string): FiberFigures {
  return {
    progress: fiberProgress(model.network, model.curves, now),
    forecasts: fiberForecasts(model.curves, now, { calendar, timeZone }),
    scores: fiberAccountability(model.network, model.curves, now),
  };
}

/** The districts whose likely finish falls after their target, with both dates (epoch seconds). */
export function districtsMissingTarget(
  forecasts: FiberForecasts,
): { district: number; likely: number; target: number }[] {
  return forecasts.byDistrict.flatMap((f, district) =>
    f.kind === 'forecast' && f.missesTarget ? [{ district, likely: f.likely, target: f.target }] : [],
  );
}
