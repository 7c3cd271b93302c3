/** Formatters bound to the UI language and the city's time zone, so components never pick a locale. */
import { formatDate, formatDuration, formatNumber } from '../domain/calendar';
import type { Language } from '../i18n/translate';

export interface Format {
  number: (n: number, options?: Intl.NumberFormatOptions) => string;
  date: (epochSeconds: number) => string;
  duration: (hours: number) => string;
}

export function makeFormat(language: Language, timeZone: string): Format {
  return {
    number: (n, options) => formatNumber(n, language, options),
    date: (s) => formatDate(s, language, timeZone, 'medium'),
    duration: (h) => formatDuration(h, language),
  };
}
