/**
 * How many rows a table or list of the briefing shows: every row on paper, the first few on a slide — read
 * from the back of a room, a long table is better cut to its top rows and a line that counts the rest than
 * shrunk to fit.
 */
import { createContext, useContext } from 'react';
import type { Format } from '../../ui/format';
import { useI18n } from '../../ui/i18n-context';

export const RowLimitContext = createContext(Infinity);

/** The rows shown under the page's limit, and how many are left out. */
export function useShownRows<T>(rows: readonly T[]): { shown: readonly T[]; more: number } {
  const limit = useContext(RowLimitContext);
  return rows.length > limit ? { shown: rows.slice(0, limit), more: rows.length - limit } : { shown: rows, more: 0 };
}

/** The line that says how many rows were left out, if any were. */
export function MoreRows({ more, format }: { more: number; format: Format }) {
  const { t } = useI18n();
  if (more === 0) return null;
  return (
    <p className="briefing-more" data-testid="briefing-more" data-more={more}>
      {t('briefing.moreRows', { count: format.number(more) })}
    </p>
  );
}
