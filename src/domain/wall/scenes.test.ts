import { describe, expect, it } from 'vitest';
import { firstScene, nextScene, reloadDue, type SceneSetting } from './scenes';

const scenes: SceneSetting[] = [
  { scene: 'density', seconds: 20 },
  { scene: 'problems', seconds: 10 },
  { scene: 'fiber', seconds: 10 },
  { scene: 'eservices', seconds: 10 },
];
const all = () => true;

describe('the wall’s rotation', () => {
  it('goes round the configured order', () => {
    const seen = [0];
    for (let i = 0; i < 8; i++) seen.push(nextScene(scenes, seen.at(-1)!, all));
    expect(seen).toEqual([0, 1, 2, 3, 0, 1, 2, 3, 0]);
  });

  it('passes over scenes that cannot be shown, and stays on the only one that can', () => {
    const noFiber = (i: number) => scenes[i]!.scene !== 'fiber';
    expect(nextScene(scenes, 1, noFiber)).toBe(3);
    const onlyProblems = (i: number) => i === 1;
    expect(nextScene(scenes, 1, onlyProblems)).toBe(1);
    expect(nextScene(scenes, 3, onlyProblems)).toBe(1);
    // Nothing can be shown: the wall does not spin, it keeps its scene.
    expect(nextScene(scenes, 2, () => false)).toBe(2);
  });

  it('starts from a restored scene when it can be shown, else from the next that can', () => {
    expect(firstScene(scenes, 2, all)).toBe(2);
    expect(firstScene(scenes, 2, (i) => i !== 2)).toBe(3);
    // A cached index from a longer scene list, or damage, starts at the top.
    expect(firstScene(scenes, 7, all)).toBe(0);
    expect(firstScene(scenes, -1, all)).toBe(0);
    expect(firstScene(scenes, Number.NaN, all)).toBe(0);
  });

  it('reloads once the schedule is due, not before', () => {
    expect(reloadDue(0, 59_999, 1)).toBe(false);
    expect(reloadDue(0, 60_000, 1)).toBe(true);
    expect(reloadDue(1_000, 1_000 + 24 * 3_600_000, 1440)).toBe(true);
  });
});
