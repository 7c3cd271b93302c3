/**
 * The wall's last resort: once `everyMinutes` have passed since the page loaded, at the next scene
 * boundary with fresh figures to keep, the screen is kept (`saveWallCache`), the page lets go of its map
 * and worker so it unloads quickly, and reloads into the scene that comes next.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { reloadDue } from '../../domain/wall/scenes';
import { saveWallCache, type WallCache } from './wall-cache';

/** The screen as it stands: what the cache keeps, where the data has been loaded yet. */
export type WallScreenState = Omit<WallCache, 'scene' | 'dataAsOf' | 'loaded' | 'result'> & {
  dataAsOf: number | null;
  loaded: WallCache['loaded'] | null;
  result: WallCache['result'] | null;
};

export interface ScheduledReload {
  /** The scene the page is reloading into, once the reload has begun. */
  leavingTo: number | null;
  /** For the rotation: true holds it at this boundary (the page reloads). */
  onBoundary: (next: number) => boolean;
}

export function useScheduledReload({
  everyMinutes,
  screen,
  release,
}: {
  everyMinutes: number;
  screen: WallScreenState;
  /** Lets go of what the old page holds (the worker) just before it reloads. */
  release: () => void;
}): ScheduledReload {
  const [pageLoadedAt] = useState(() => Date.now());
  const [leavingTo, setLeavingTo] = useState<number | null>(null);
  // Read at the boundary: a refresh of the screen must not rebuild the callback the rotation holds.
  const latest = useRef({ screen, release });
  useEffect(() => {
    latest.current = { screen, release };
  });
  const leaving = leavingTo !== null;
  const onBoundary = useCallback(
    (next: number) => {
      // Once the reload has begun, the scene on screen stays until the page goes.
      if (leaving) return true;
      if (!reloadDue(pageLoadedAt, Date.now(), everyMinutes)) return false;
      const { screen: kept, release: letGo } = latest.current;
      // Nothing fresh to keep yet: the reload waits for a boundary that has.
      if (!kept.loaded || !kept.result || kept.dataAsOf === null) return false;
      setLeavingTo(next);
      const entry: WallCache = {
        ...kept,
        dataAsOf: kept.dataAsOf,
        loaded: kept.loaded,
        result: kept.result,
        scene: next,
      };
      void saveWallCache(entry)
        .catch(() => undefined)
        .finally(() => {
          letGo();
          window.location.reload();
        });
      return true;
    },
    [everyMinutes, pageLoadedAt, leaving],
  );
  return { leavingTo, onBoundary };
}
