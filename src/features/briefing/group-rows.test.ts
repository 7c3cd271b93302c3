import { describe, expect, it } from 'vitest';
import { groupRows } from './group-rows';

describe('requests and problems by category group', () => {
  it('adds up each group’s categories, leaves out groups without requests, most requests first', () => {
    const counts = { requests: Uint32Array.from([5, 3, 0, 9]), problems: Uint32Array.from([2, 3, 0, 4]) };
    const groups: Record<string, string> = { pothole: 'roads', kerb: 'roads', lamp: 'lights', bin: 'waste' };
    const rows = groupRows(counts, ['pothole', 'kerb', 'lamp', 'bin'], (code) => groups[code]!);
    expect(rows).toEqual([
      { group: 'waste', requests: 9, problems: 4 },
      { group: 'roads', requests: 8, problems: 5 },
    ]);
  });
});
