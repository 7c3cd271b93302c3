import { describe, expect, it } from 'vitest';
import { clusterRequests } from '../domain/problem-clustering';
import { everyRequest, tableOf, type TestRow } from '../domain/test-tables';
import { followUpView } from './follow-up-view';

const DAY = 86_400;
const T0 = 1_760_000_000;
const NOW = T0 + 30 * DAY;

describe('followUpView, the lists of problems', () => {
  // Three spots 880 m apart: a recurring one fixed every time (6 requests), an open one (3, two open),
  // and a crew's own round of a third (4 staff reports, resolved).
  const spot = (lon: number, days: number[], stage: 'resolved' | 'received'): TestRow[] =>
    days.map((d) => ({ lon, requestedAt: T0 + d * DAY, district: 0, stage, closedAt: T0 + (d + 1) * DAY }));
  const rows = [
    ...spot(45.07, [0, 4, 8, 12, 16, 20], 'resolved'),
    ...spot(45.08, [1], 'resolved'),
    ...spot(45.08, [2, 3], 'received').map((r) => ({ ...r, closedAt: undefined })),
    ...spot(45.09, [5, 6, 7, 8], 'resolved'),
  ];
  const table = tableOf(rows);
  for (let i = 9; i < 13; i++) table.reporter[i] = 1;
  const problems = clusterRequests(table);
  const inputs = {
    table,
    problems,
    slaHours: Float64Array.from([48, 48, 48]),
    jurisdiction: new Uint8Array(3),
    districtCount: 1,
  };
  const view = followUpView(inputs, everyRequest(T0, NOW), everyRequest(T0, NOW), 'requests', NOW);
  const listed = (list: number[]) => list.map((k) => view.topProblems[k]!);

  it('lists the open problems, and all of the period with the recurring resolved spot first', () => {
    expect(listed(view.problemLists.open).map((p) => [p.members, p.open])).toEqual([[3, 2]]);
    expect(listed(view.problemLists.all).map((p) => [p.members, p.open, p.staff])).toEqual([
      [6, 0, false],
      [4, 0, true],
      [3, 2, false],
    ]);
  });

  it('sends each problem once, with the positions of its requests for the map', () => {
    expect(view.topProblems).toHaveLength(3);
    expect(new Set(view.topProblems.map((p) => p.problem)).size).toBe(3);
    const recurring = listed(view.problemLists.all)[0]!;
    expect(recurring.positions).toHaveLength(12);
    expect(recurring.firstAt).toBe(T0);
    expect(recurring.lastAt).toBe(T0 + 20 * DAY);
  });

  it('counts the scope’s staff reports', () => {
    expect(view.reporters).toEqual({ requests: 13, staff: 4 });
  });
});
