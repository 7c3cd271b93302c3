/**
 * Dates as exports write them: ISO 8601 (with or without an offset), US `MM/DD/YYYY hh:mm:ss AM`,
 * `DD/MM/YYYY HH:mm`, `YYYY/MM/DD`, Excel's day serials, and Jalali `1399/11/05` (when the user says so).
 * A time without an offset is wall-clock time in the data set's zone (`zonedInstant`); Persian digits read
 * as Latin ones.
 */
import { parseIsoInstant, zonedInstant } from '../../domain/instant';
import { NO_TIME } from '../../domain/request-table';
import { jalaliToGregorian } from './jalali-date';
import { latinDigits } from './value-reading';

export const DATE_FORMATS = ['iso', 'mdy', 'dmy', 'ymd', 'jalali', 'excel'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

/** Reads a cell: epoch seconds, NO_TIME when the cell is empty, NaN when it is not a date of the format. */
export type DateReader = (text: string) => number;

/** Day, month and year with `/`, `-` or `.` between them, then an optional time with an optional AM/PM. */
const SLASHED =
  /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:\s*([AaPp])\.?[Mm]\.?)?)?$/;
const EXCEL_SERIAL = /^\d{1,7}(?:\.\d+)?$/;
/** Excel's day 0 is 30 December 1899 (which absorbs its 1900 leap-year bug for every later date). */
const EXCEL_EPOCH_DAYS = 25_569;
/** The last day Excel knows, 31 December 9999. */
const EXCEL_LAST_DAY = 2_958_465;
/** Years below this, first in a date, are Jalali (a Gregorian 311 export is never that old). */
const FIRST_GREGORIAN_YEAR = 1700;
/** Share of a column's sample a format must read to be proposed. */
const READABLE_SHARE = 0.9;

interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** Hour on the 24-hour clock; NaN for a 12-hour time out of 1–12. */
function hour24(text: string | undefined, meridiem: string | undefined): number {
  const hour = text === undefined ? 0 : Number(text);
  if (meridiem === undefined) return hour;
  if (hour < 1 || hour > 12) return NaN;
  return (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
}

type Order = 'mdy' | 'dmy' | 'ymd';

/** The wall-clock fields of a slashed date in a day order, or null when it is not one. */
function slashedWall(text: string, order: Order): Wall | null {
  const m = SLASHED.exec(text);
  if (!m) return null;
  const [, a, b, c, h, mi, s, meridiem] = m as unknown as (string | undefined)[];
  const yearFirst = order === 'ymd';
  if (yearFirst ? a!.length !== 4 || c!.length > 2 : c!.length !== 4 || a!.length > 2) return null;
  const [year, month, day] = order === 'ymd' ? [a, b, c] : order === 'mdy' ? [c, a, b] : [c, b, a];
  return {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: hour24(h, meridiem),
    minute: mi === undefined ? 0 : Number(mi),
    second: s === undefined ? 0 : Number(s),
  };
}

function excelWall(text: string): Wall | null {
  if (!EXCEL_SERIAL.test(text)) return null;
  const serial = Number(text);
  if (serial < 1 || serial > EXCEL_LAST_DAY) return null;
  const date = new Date(Math.round((serial - EXCEL_EPOCH_DAYS) * 86_400) * 1000);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
  };
}

function jalaliWall(text: string): Wall | null {
  const wall = slashedWall(text, 'ymd');
  if (!wall) return null;
  const day = jalaliToGregorian(wall.year, wall.month, wall.day);
  return day ? { ...wall, ...day } : null;
}

const WALLS: Record<Exclude<DateFormat, 'iso'>, (text: string) => Wall | null> = {
  mdy: (text) => slashedWall(text, 'mdy'),
  dmy: (text) => slashedWall(text, 'dmy'),
  ymd: (text) => slashedWall(text, 'ymd'),
  jalali: jalaliWall,
  excel: excelWall,
};

/** The reader of a column written in `format`, reading times without an offset in `timeZone`. */
export function dateReader(format: DateFormat, timeZone: string): DateReader {
  const wallOf = format === 'iso' ? null : WALLS[format];
  return (raw) => {
    const text = latinDigits(raw.trim());
    if (text === '') return NO_TIME;
    if (!wallOf) return parseIsoInstant(text, timeZone);
    const wall = wallOf(text);
    return wall ? zonedInstant(wall, timeZone) : NaN;
  };
}

export interface DateGuess {
  format: DateFormat;
  /** False when the values fit another format as well (day and month both ≤ 12, or a Jalali year). */
  sure: boolean;
}

/** The format the samples are written in (nearly all of them), or null when they fit none. Empty cells are skipped. */
export function guessDateFormat(samples: readonly string[]): DateGuess | null {
  const values = samples.map((s) => latinDigits(s.trim())).filter((s) => s !== '');
  if (values.length === 0) return null;
  // A few bad cells (a date that does not exist) must not hide the format of the others.
  const all = (test: (v: string) => boolean) => values.filter(test).length >= READABLE_SHARE * values.length;
  const leadingYear = (v: string) => Number(/^(\d{4})[-/.]/.exec(v)?.[1] ?? NaN);
  // A Jalali year is first and far below any Gregorian export's; the user confirms it.
  if (all((v) => leadingYear(v) < FIRST_GREGORIAN_YEAR) && all((v) => jalaliWall(v) !== null)) {
    return { format: 'jalali', sure: false };
  }
  if (all((v) => !Number.isNaN(parseIsoInstant(v, 'UTC')))) return { format: 'iso', sure: true };
  if (all((v) => slashedWall(v, 'ymd') !== null)) return { format: 'ymd', sure: true };
  const mdy = all((v) => isValid(slashedWall(v, 'mdy')));
  const dmy = all((v) => isValid(slashedWall(v, 'dmy')));
  if (mdy && dmy) {
    // Day and month both ≤ 12 everywhere: a 12-hour clock is the US export's habit, a 24-hour one not.
    return { format: values.some((v) => /[ap]\.?m\.?$/i.test(v)) ? 'mdy' : 'dmy', sure: false };
  }
  if (mdy) return { format: 'mdy', sure: true };
  if (dmy) return { format: 'dmy', sure: true };
  if (all((v) => excelWall(v) !== null)) return { format: 'excel', sure: true };
  return null;
}

function isValid(wall: Wall | null): boolean {
  return wall !== null && !Number.isNaN(zonedInstant(wall, 'UTC'));
}
