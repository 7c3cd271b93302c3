/**
 * The wall's rotation: each scene stays its configured time, then the next that can be shown takes its
 * place. A scene that fails to draw is counted and passed over until the page next loads, so the wall
 * never stays on a failed scene. At every boundary `onBoundary` may take over (the scheduled reload).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { firstScene, nextScene, type SceneSetting } from '../../domain/wall/scenes';

export interface Rotation {
  /** The scene on screen, an index into the scenes. */
  index: number;
  /** Scene changes since the page loaded. */
  rotations: number;
  /** Scene failures since the page loaded (one scene may fail more than once before it is passed over). */
  failures: number;
  /** The scenes passed over because they failed. */
  failed: ReadonlySet<number>;
  /** Reports that a scene failed to draw: it is counted and the wall moves on at once. */
  fail: (index: number) => void;
}

export function useSceneRotation(
  scenes: readonly SceneSetting[],
  /** Whether a scene has something to show (its city has the data). */
  available: (index: number) => boolean,
  /** The scene to start from (a restored one, or the first). */
  start: number,
  /** Called at each boundary with the scene that comes next; true holds the rotation (the page reloads). */
  onBoundary: (next: number) => boolean,
): Rotation {
  const [failed, setFailed] = useState<ReadonlySet<number>>(() => new Set());
  const [failures, setFailures] = useState(0);
  const [turn, setTurn] = useState({ index: start, rotations: 0 });
  const canShow = useCallback((i: number) => available(i) && !failed.has(i), [available, failed]);
  // The scene due is shown if it can be; if not (it failed, its data went, a restored index names one that
  // cannot be shown), the next that can, at once rather than at the end of its time.
  const index = firstScene(scenes, turn.index, canShow);
  // The timer reads these when it fires: a refresh of the data must not restart the scene's time.
  const latest = useRef({ onBoundary, canShow, index });
  useEffect(() => {
    latest.current = { onBoundary, canShow, index };
  });

  const seconds = scenes[index]?.seconds ?? 30;
  useEffect(() => {
    const timer = window.setTimeout(() => {
      const { onBoundary: boundary, canShow: showable, index: current } = latest.current;
      const next = nextScene(scenes, current, showable);
      if (!boundary(next)) setTurn((t) => ({ index: next, rotations: t.rotations + 1 }));
    }, seconds * 1000);
    return () => window.clearTimeout(timer);
    // A new turn starts a new timer, even when the rotation comes back to the same index; so does another
    // scene shown in place of one that cannot be. A refresh of the data does not.
  }, [scenes, seconds, turn, index]);

  const fail = useCallback((i: number) => {
    setFailures((n) => n + 1);
    setFailed((set) => (set.has(i) ? set : new Set(set).add(i)));
  }, []);

  return { index, rotations: turn.rotations, failures, failed, fail };
}
