/**
 * The control-room wall's scenes and their rotation: which scene follows which, and when the page may reload
 * itself. Pure, so the rotation a wall runs for months is the one the tests pin.
 */

/** What the wall can show, one full screen each. */
export const WALL_SCENES = ['density', 'problems', 'overdue', 'scoreboards', 'fiber', 'eservices'] as const;
export type WallSceneId = (typeof WALL_SCENES)[number];

export interface SceneSetting {
  scene: WallSceneId;
  /** How long the scene stays on screen. */
  seconds: number;
}

/** Every scene, half a minute each: the wall of a city whose config.json names none. */
export const DEFAULT_SCENES: SceneSetting[] = WALL_SCENES.map((scene) => ({ scene, seconds: 30 }));

/**
 * The index of the scene after `current` that can be shown (its city has the data, it did not just fail),
 * wrapping round; `current` itself when no other can, so a wall with one working scene keeps showing it.
 */
export function nextScene(
  scenes: readonly SceneSetting[],
  current: number,
  canShow: (index: number) => boolean,
): number {
  for (let step = 1; step <= scenes.length; step++) {
    const index = (current + step) % scenes.length;
    if (canShow(index)) return index;
  }
  return current;
}

/** The first scene that can be shown, from `start` on (a restored index may name one that cannot be shown now). */
export function firstScene(
  scenes: readonly SceneSetting[],
  start: number,
  canShow: (index: number) => boolean,
): number {
  const from = Number.isInteger(start) && start >= 0 && start < scenes.length ? start : 0;
  return canShow(from) ? from : nextScene(scenes, from, canShow);
}

/**
 * Whether the page should reload itself at this scene boundary: its scheduled reload is due. The reload
 * waits for a boundary, so the wall never cuts a scene short.
 */
export function reloadDue(loadedAtMs: number, nowMs: number, everyMinutes: number): boolean {
  return nowMs - loadedAtMs >= everyMinutes * 60_000;
}
