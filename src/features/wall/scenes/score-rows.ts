/** The scoreboard's areas as wall rows: by their overdue work, or by their score. */
import type { AreaScore } from '../../../domain/scoreboard';
import type { Format } from '../../../ui/format';
import type { WallBar } from '../wall-bars';

/** As many rows as a 1080p screen shows beside another list. */
export const WALL_ROWS = 8;

/** The areas with the most overdue requests first, with how many of their open requests those are. */
export function overdueRows(scores: AreaScore[], nameOf: (area: number) => string, format: Format): WallBar[] {
  return scores
    .flatMap((s) => {
      const m = s.metrics.find((metric) => metric.metric === 'overdue_share');
      return m && s.area !== null && m.count > 0 ? [{ area: s.area, overdue: m.hits, open: m.count }] : [];
    })
    .sort((a, b) => b.overdue - a.overdue)
    .slice(0, WALL_ROWS)
    .map((r) => ({
      key: String(r.area),
      name: nameOf(r.area),
      value: r.overdue,
      text: `${format.number(r.overdue)} / ${format.number(r.open)}`,
    }));
}

/** The areas with a score, lowest first (those to act on), 1.0 being on target. */
export function scoreRows(scores: AreaScore[], nameOf: (area: number) => string, format: Format): WallBar[] {
  return scores
    .filter((s): s is AreaScore & { area: number } => s.area !== null && !s.noData)
    .sort((a, b) => a.score - b.score)
    .slice(0, WALL_ROWS)
    .map((s) => ({
      key: String(s.area),
      name: nameOf(s.area),
      value: s.score,
      text: format.number(s.score, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
      alert: s.score < 1,
    }));
}
