/**
 * The e-service figures in words: shares as percentages, trends in percentage points, the contract's
 * Gregorian months and ISO days in the UI's calendar and digits, a district's days early or late.
 */
import { isoDayStart } from '../../domain/calendar';
import { addMonths, type MonthKey } from '../../domain/eservices/months';
import type { DistrictRollout } from '../../domain/eservices/rollout';
import type { Format } from '../../ui/format';
import type { I18n } from '../../ui/i18n-context';

export const PERCENT: Intl.NumberFormatOptions = { style: 'percent', maximumFractionDigits: 1 };

/** A share as a percentage; "no transactions" for none, never "0 %". */
export function shareText(share: number | null, format: Format, t: I18n['t']): string {
  return share === null ? t('eservices.service.noTransactions') : format.number(share, PERCENT);
}

/** A change of share (a fraction) in signed percentage points: "+5", "−2.5". */
export function pointsText(change: number, format: Format): string {
  return format.number(change * 100, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
}

/** A Gregorian ISO day in the UI's calendar. */
export function dayText(isoDay: string, format: Format, timeZone: string): string {
  return format.date(isoDayStart(isoDay, timeZone));
}

/**
 * A contract month named in the UI's calendar: in Persian the Jalali month that holds most of it (the one
 * its 15th falls in), since a Jalali month starts around the 21st of a Gregorian one.
 */
export function monthText(month: MonthKey, format: Format, timeZone: string): string {
  return format.month(isoDayStart(`${month}-15`, timeZone));
}

/** The first and last day of a contract month in the UI's calendar, for saying exactly what it covers. */
export function monthDays(month: MonthKey, format: Format, timeZone: string): { from: string; to: string } {
  const next = isoDayStart(`${addMonths(month, 1)}-01`, timeZone);
  return { from: format.date(isoDayStart(`${month}-01`, timeZone)), to: format.date(next - 1) };
}

/** Days early or late of a district: final for a live one, still counting for the others. */
export function rolloutDaysText(d: DistrictRollout, format: Format, t: I18n['t']): string {
  if (d.daysLate === null) return t('rollout.days.unknown');
  const days = format.number(Math.abs(d.daysLate));
  if (d.measuredAt === 'launch') {
    if (d.daysLate === 0) return t('rollout.days.onTime');
    return t(d.daysLate > 0 ? 'rollout.days.late' : 'rollout.days.early', { days });
  }
  return d.daysLate > 0 ? t('rollout.days.overdue', { days }) : t('rollout.days.left', { days });
}
