/**
 * The rollout replayed: each segment's state at an instant, for the map's playback. A frame is one pass over
 * typed arrays built once (no allocation per frame) and a binary search for the km built, so a slider
 * dragged over 10,000 segments keeps up with the screen.
 */
import type { AreaCurves } from './burn-up';
import { valueAt } from './cumulative';
import type { FiberNetwork } from './network';

/** A segment's state at an instant: its phase (state & PHASE_MASK), and LATE when past its planned end. */
export const PLANNED = 0;
export const UNDER_CONSTRUCTION = 1;
export const COMPLETED = 2;
export const PHASE_MASK = 3;
/** Set on a segment not built once its `planned_end` day is over. */
export const LATE = 4;

/**
 * Writes the state of every segment at `t` into `states` (one per segment, in the network's order) and
 * returns the km built at `t` — the value the burn-up chart shows at the same instant. `cityCurves` are
 * the network's `fiberCurves(network).city`.
 */
export function playbackFrame(network: FiberNetwork, cityCurves: AreaCurves, t: number, states: Uint8Array): number {
  const { beginsAt, builtAt, lateFrom } = network;
  for (let i = 0; i < network.count; i++) {
    if (t >= builtAt[i]!) states[i] = COMPLETED;
    else states[i] = (t >= beginsAt[i]! ? UNDER_CONSTRUCTION : PLANNED) | (t >= lateFrom[i]! ? LATE : 0);
  }
  return valueAt(cityCurves.built, t);
}
