/**
 * Where the rollout timeline puts a day: a span of ISO days that holds every launch, target, today and the
 * deadline, with a little room at each end, laid along a width that runs right to left in Persian.
 */
import { daysBetween } from '../../domain/iso-day';
import type { DistrictRollout } from '../../domain/eservices/rollout';

/** Room left before the first day and after the last, as a share of the days between them. */
const PADDING = 0.06;

/** The span of every day the timeline shows; `today` and the deadline are ISO days. */
export function timelineSpan(
  districts: readonly DistrictRollout[],
  deadline: string | null,
  today: string,
): { first: string; last: string } {
  const days = [today, ...(deadline ? [deadline] : [])];
  for (const d of districts) days.push(d.targetDate, ...(d.launchedAt ? [d.launchedAt] : []));
  days.sort();
  return { first: days[0]!, last: days[days.length - 1]! };
}

/**
 * The position of `day` along `[start, end]` of the plot (pixels), its first day at `start` in a left-to-right
 * language and at `end` in a right-to-left one.
 */
export function dayPosition(
  day: string,
  span: { first: string; last: string },
  plot: { start: number; end: number },
  rtl: boolean,
): number {
  const total = Math.max(1, daysBetween(span.first, span.last));
  const fraction = (PADDING + daysBetween(span.first, day) / total) / (1 + 2 * PADDING);
  const width = plot.end - plot.start;
  return rtl ? plot.end - fraction * width : plot.start + fraction * width;
}
