/** Formatters bound to the UI language and the city's time zone, so components never pick a locale. */
import {
  formatDate,
  formatDateTime,
  formatDuration,
  formatMonthYear,
  formatNumber,
  formatTime,
} from '../domain/calendar';
import type { Language } from '../i18n/translate';

export interface Format {
  number: (n: number, options?: Intl.NumberFormatOptions) => string;
  date: (epochSeconds: number) => string;
  /** "14:05" when `epochSeconds` lies within the last 20 hours of `now`, else the date and the time. */
  moment: (epochSeconds: number, now: number) => string;
  /** The date and the time, for what is read later (a printed or saved image), when "today" means nothing. */
  dateTime: (epochSeconds: number) => string;
  /** The month and year of a day (epoch seconds) in the language's calendar. */
  month: (epochSeconds: number) => string;
  duration: (hours: number) => string;
  /** Items joined as the language lists them ("a, b and c"; «الف، ب و ج»). */
  list: (items: string[]) => string;
}

/** Within this, a moment is read as today's time: a day later the time alone would mislead. */
const RECENT_SECONDS = 20 * 3600;

/** Dates remembered per Format: charts label the same weeks at every filter change. */
const REMEMBERED_DATES = 2000;

export function makeFormat(language: Language, timeZone: string): Format {
  // Formatting a date in a time zone and the Persian calendar takes about 0.1 ms; a year of weekly bars
  // formats 52 titles and their axis at each change.
  const dates = new Map<number, string>();
  const lists = new Intl.ListFormat(language, { style: 'narrow', type: 'conjunction' });
  const date = (s: number) => {
    let text = dates.get(s);
    if (text === undefined) {
      if (dates.size >= REMEMBERED_DATES) dates.clear();
      dates.set(s, (text = formatDate(s, language, timeZone, 'medium')));
    }
    return text;
  };
  return {
    number: (n, options) => formatNumber(n, language, options),
    date,
    moment: (s, now) =>
      now - s < RECENT_SECONDS ? formatTime(s, language, timeZone) : formatDateTime(s, language, timeZone),
    dateTime: (s) => formatDateTime(s, language, timeZone),
    month: (s) => formatMonthYear(s, language, timeZone),
    duration: (h) => formatDuration(h, language),
    list: (items) => lists.format(items),
  };
}
