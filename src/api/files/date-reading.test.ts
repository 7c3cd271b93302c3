import { describe, expect, it } from 'vitest';
import { NO_TIME } from '../../domain/request-table';
import { dateReader, guessDateFormat } from './date-reading';

const at = (iso: string) => Date.parse(iso) / 1000;
const NY = 'America/New_York';
const TEHRAN = 'Asia/Tehran';

/** "HH:mm" plus some minutes. */
const shift = (hhmm: string, minutes: number) => {
  const total = Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3)) + minutes;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
};

describe('dateReader', () => {
  it('reads ISO 8601 with an offset exactly, and without one in the data set’s zone', () => {
    const iso = dateReader('iso', TEHRAN);
    expect(iso('2021-01-24T11:00:00Z')).toBe(at('2021-01-24T11:00:00Z'));
    expect(iso('2021-01-24T14:30:00+03:30')).toBe(at('2021-01-24T11:00:00Z'));
    expect(iso('2021-01-24 14:30')).toBe(at('2021-01-24T11:00:00Z'));
    expect(iso('2021-01-24')).toBe(at('2021-01-23T20:30:00Z'));
  });

  it("reads New York's MM/DD/YYYY hh:mm:ss AM, with the 12 o'clock hours right", () => {
    const mdy = dateReader('mdy', NY);
    expect(mdy('03/01/2011 02:27:57 PM')).toBe(at('2011-03-01T19:27:57Z'));
    expect(mdy('03/01/2011 12:05:00 AM')).toBe(at('2011-03-01T05:05:00Z'));
    expect(mdy('03/01/2011 12:05:00 PM')).toBe(at('2011-03-01T17:05:00Z'));
    expect(mdy('03/01/2011')).toBe(at('2011-03-01T05:00:00Z'));
    expect(mdy('03/01/2011 13:05:00 PM')).toBeNaN();
  });

  it('reads DD/MM/YYYY HH:mm, YYYY/MM/DD and Excel serials', () => {
    expect(dateReader('dmy', TEHRAN)('24/01/2021 14:30')).toBe(at('2021-01-24T11:00:00Z'));
    expect(dateReader('dmy', TEHRAN)('24.01.2021 14:30')).toBe(at('2021-01-24T11:00:00Z'));
    expect(dateReader('ymd', TEHRAN)('2021/01/24')).toBe(at('2021-01-23T20:30:00Z'));
    expect(dateReader('ymd', TEHRAN)('2021/01/24 14:30:15')).toBe(at('2021-01-24T11:00:15Z'));
    // 44220 is 24 January 2021 in Excel's count; .5 is noon.
    expect(dateReader('excel', TEHRAN)('44220.5')).toBe(at('2021-01-24T08:30:00Z'));
  });

  it('reads Jalali dates, with Latin or Persian digits', () => {
    const jalali = dateReader('jalali', TEHRAN);
    expect(jalali('1399/11/05 14:30')).toBe(at('2021-01-24T11:00:00Z'));
    expect(jalali('۱۳۹۹/۱۱/۰۵ ۱۴:۳۰')).toBe(at('2021-01-24T11:00:00Z'));
    expect(jalali('1399-11-05')).toBe(at('2021-01-23T20:30:00Z'));
    expect(jalali('1400/12/30')).toBeNaN();
  });

  it('says empty for an empty cell and unreadable for anything that is not a date of the format', () => {
    const mdy = dateReader('mdy', NY);
    expect(mdy('')).toBe(NO_TIME);
    expect(mdy('   ')).toBe(NO_TIME);
    for (const bad of ['02/30/2011', 'yesterday', '2011-03-01', '13/01/2011', '03/01/11']) expect(mdy(bad)).toBeNaN();
    expect(dateReader('iso', NY)('2011-02-30T10:00:00Z')).toBeNaN();
    expect(dateReader('excel', NY)('-5')).toBeNaN();
  });

  it('reads a time a daylight-saving change repeats as one of its two instants, and times around the gap', () => {
    const mdy = dateReader('mdy', NY);
    expect([at('2011-11-06T05:30:00Z'), at('2011-11-06T06:30:00Z')]).toContain(mdy('11/06/2011 01:30:00 AM'));
    expect(mdy('11/06/2011 12:59:00 AM')).toBe(at('2011-11-06T04:59:00Z'));
    expect(mdy('11/06/2011 02:00:00 AM')).toBe(at('2011-11-06T07:00:00Z'));
    expect(mdy('03/13/2011 01:59:00 AM')).toBe(at('2011-03-13T06:59:00Z'));
    expect(mdy('03/13/2011 03:00:00 AM')).toBe(at('2011-03-13T07:00:00Z'));
    // Iran kept daylight-saving time until 2022 (from 2 Farvardin to 30 Shahrivar).
    const jalali = dateReader('jalali', TEHRAN);
    expect(jalali('1400/01/02 01:00')).toBe(at('2021-03-21T20:30:00Z'));
    expect(jalali('1400/06/31 00:30')).toBe(at('2021-09-21T21:00:00Z'));
  });

  it('reads back as the zone’s clock, minute by minute across daylight-saving days (the spring gap an hour off)', () => {
    const wallClock = (zone: string) =>
      new Intl.DateTimeFormat('sv-SE', {
        timeZone: zone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      });
    for (const [zone, days] of [
      [NY, ['2011-03-13', '2011-11-06']],
      [TEHRAN, ['2021-03-22', '2021-09-21']],
      ['Europe/London', ['2024-03-31', '2024-10-27']],
    ] as const) {
      const iso = dateReader('iso', zone);
      const clock = wallClock(zone);
      for (const day of days) {
        for (let minute = 0; minute < 1440; minute += 7) {
          const wall = `${day} ${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
          const instant = iso(wall);
          const back = clock.format(instant * 1000);
          // A wall time in the spring gap does not exist: it is read at an offset an hour off.
          if (back !== wall) expect([shift(wall.slice(11), -60), shift(wall.slice(11), 60)]).toContain(back.slice(11));
        }
      }
    }
  });
});

describe('guessDateFormat', () => {
  it('recognises each format from a column’s first values', () => {
    expect(guessDateFormat(['03/01/2011 02:27:57 PM', '03/14/2011 03:59:20 PM', ''])).toEqual({
      format: 'mdy',
      sure: true,
    });
    expect(guessDateFormat(['24/01/2021 14:30', '02/02/2021 09:00'])).toEqual({ format: 'dmy', sure: true });
    expect(guessDateFormat(['2021-01-24T10:00:00Z', '2021-01-24 10:00'])).toEqual({ format: 'iso', sure: true });
    expect(guessDateFormat(['2021/01/24', '2021/02/01 10:00'])).toEqual({ format: 'ymd', sure: true });
    expect(guessDateFormat(['44220.5', '44221'])).toEqual({ format: 'excel', sure: true });
  });

  it('is not put off by a few unreadable cells', () => {
    const values = Array.from({ length: 19 }, (_, i) => `03/${String(i + 10)}/2011 02:27:57 PM`);
    expect(guessDateFormat([...values, '02/30/2011 10:00:00 AM'])).toEqual({ format: 'mdy', sure: true });
  });

  it('proposes Jalali for years of the Solar Hijri era, for the user to confirm', () => {
    expect(guessDateFormat(['1399/11/05', '۱۴۰۲/۰۱/۳۱ ۱۰:۰۰'])).toEqual({ format: 'jalali', sure: false });
  });

  it('is unsure when day and month could be either way', () => {
    expect(guessDateFormat(['01/02/2021 10:00'])).toEqual({ format: 'dmy', sure: false });
    expect(guessDateFormat(['01/02/2021 10:00 AM'])).toEqual({ format: 'mdy', sure: false });
  });

  it('finds nothing in a column of mixed or non-date values', () => {
    expect(guessDateFormat(['03/01/2011', '2011-03-01'])).toBeNull();
    expect(guessDateFormat(['soon'])).toBeNull();
    expect(guessDateFormat(['', ' '])).toBeNull();
  });
});
