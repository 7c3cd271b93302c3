/**
 * The trend of an online share: the share of the last few months taken together minus that of as many
 * months before them. A quarter against the quarter before reads plainly ("+5 points on the quarter"),
 * weighs each month by its transactions so a thin month cannot swing it, and follows a recent change that a
 * slope fitted over a whole year would flatten.
 */
import { onlineShare, sumTransactions, type Transactions } from './online-share';

/** Months in each of the two windows compared. */
export const TREND_MONTHS = 3;

/**
 * Share of the last `months` entries of `monthly` (oldest first) minus the share of the `months` before, as
 * a fraction (0.05 is 5 percentage points). Null when there are fewer than twice `months` entries or when
 * either window has no transaction.
 */
export function shareTrend(monthly: readonly Transactions[], months = TREND_MONTHS): number | null {
  if (months < 1 || monthly.length < 2 * months) return null;
  const end = monthly.length;
  const recent = onlineShare(sumTransactions(monthly.slice(end - months)));
  const before = onlineShare(sumTransactions(monthly.slice(end - 2 * months, end - months)));
  return recent === null || before === null ? null : recent - before;
}
