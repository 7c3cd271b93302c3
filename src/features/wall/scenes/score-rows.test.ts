import { describe, expect, it } from 'vitest';
import type { AreaScore, MetricScore } from '../../../domain/scoreboard';
import { makeFormat } from '../../../ui/format';
import { overdueRows, scoreRows, WALL_ROWS } from './score-rows';

const format = makeFormat('en', 'UTC');
const name = (area: number) => `Area ${area}`;

function metric(m: Partial<MetricScore> & Pick<MetricScore, 'metric'>): MetricScore {
  return { better: 'lower', actual: 0, target: 0, count: 0, hits: 0, score: 1, noData: false, ...m };
}

function area(index: number | null, score: number, overdue: number, open: number): AreaScore {
  return {
    area: index,
    score,
    noData: Number.isNaN(score),
    metrics: [
      metric({ metric: 'on_time', better: 'higher', score }),
      metric({ metric: 'overdue_share', hits: overdue, count: open }),
    ],
  };
}

describe('the wall’s rows of a scoreboard', () => {
  it('ranks areas by their overdue requests, with the open ones they are of, leaving out the city and the empty', () => {
    const rows = overdueRows(
      [area(null, 1, 99, 999), area(0, 1, 3, 40), area(1, 1, 12, 30), area(2, 1, 0, 0)],
      name,
      format,
    );
    expect(rows.map((r) => [r.name, r.value, r.text])).toEqual([
      ['Area 1', 12, '12 / 30'],
      ['Area 0', 3, '3 / 40'],
    ]);
  });

  it('ranks scored areas lowest first, marks those under target, and leaves out those without data', () => {
    const rows = scoreRows([area(0, 1.2, 0, 1), area(1, 0.74, 0, 1), area(2, Number.NaN, 0, 0)], name, format);
    expect(rows.map((r) => [r.name, r.text, r.alert])).toEqual([
      ['Area 1', '0.74', true],
      ['Area 0', '1.20', false],
    ]);
  });

  it('shows no more rows than fit beside another list', () => {
    const many = Array.from({ length: 20 }, (_, i) => area(i, 1, i + 1, 50));
    expect(overdueRows(many, name, format)).toHaveLength(WALL_ROWS);
    expect(overdueRows(many, name, format)[0]!.value).toBe(20);
  });
});
