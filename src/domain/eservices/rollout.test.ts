import { describe, expect, it } from 'vitest';
import { calendarDay, isoDayStart } from '../calendar';
import { cityRollout, districtRollouts, type RolloutInput } from './rollout';

const TEHRAN = 'Asia/Tehran';
const at = (iso: string) => Date.parse(iso) / 1000;
/** 11:30 in Tehran on 15 June 2025 (1404-03-25). */
const NOW = at('2025-06-15T08:00:00Z');

const district = (
  districtId: string,
  status: RolloutInput['status'],
  launchedAt: string | null,
  targetDate: string,
): RolloutInput => ({ districtId, status, launchedAt, targetDate });

describe('days early or late across Nowruz', () => {
  // 1399-12-28 and 1400-01-05: 1399 was a leap year, so Esfand had 30 days. 12-28 → 12-29, 12-30, 01-01,
  // 01-02, 01-03, 01-04, 01-05 is 7 days; in the Gregorian calendar 18 to 25 March 2021.
  const launch = '2021-03-18';
  const target = '2021-03-25';

  it('reads the dates as the Jalali days they are', () => {
    expect(calendarDay(isoDayStart(launch, TEHRAN), 'persian', TEHRAN)).toMatchObject({
      year: 1399,
      month: 12,
      day: 28,
    });
    expect(calendarDay(isoDayStart(target, TEHRAN), 'persian', TEHRAN)).toMatchObject({ year: 1400, month: 1, day: 5 });
  });

  it('is 7 days early, although the clocks went forward in between', () => {
    // Tehran kept daylight saving time until 2022: the clocks went forward at the start of 1400-01-02, so the
    // two local midnights are an hour short of 7 × 24 hours apart, and elapsed time would make it 6 days.
    expect(isoDayStart(target, TEHRAN) - isoDayStart(launch, TEHRAN)).toBe(7 * 86_400 - 3600);
    const [standing] = districtRollouts([district('1', 'live', launch, target)], NOW, TEHRAN);
    expect(standing).toMatchObject({ daysLate: -7, measuredAt: 'launch', late: false });
  });

  it('is 7 days late the other way round', () => {
    const [standing] = districtRollouts([district('1', 'live', target, launch)], NOW, TEHRAN);
    expect(standing).toMatchObject({ daysLate: 7, measuredAt: 'launch', late: true });
  });
});

describe('district rollout', () => {
  it('flags a district live after its target, not one live on the day', () => {
    const standings = districtRollouts(
      [district('1', 'live', '2025-03-20', '2025-03-20'), district('2', 'live', '2025-05-06', '2025-03-20')],
      NOW,
      TEHRAN,
    );
    // 20 March to 6 May: 11 days of March, 30 of April, 6 of May.
    expect(standings.map((s) => [s.daysLate, s.late])).toEqual([
      [0, false],
      [47, true],
    ]);
  });

  it('counts a district not live against today: late once its target is past', () => {
    const standings = districtRollouts(
      [district('3', 'pilot', null, '2025-03-20'), district('4', 'planned', null, '2025-07-01')],
      NOW,
      TEHRAN,
    );
    // 20 March to 15 June: 11 + 30 + 31 + 15 days; 15 June to 1 July: 16 days left.
    expect(standings[0]).toMatchObject({ daysLate: 87, measuredAt: 'today', late: true });
    expect(standings[1]).toMatchObject({ daysLate: -16, measuredAt: 'today', late: false });
  });

  it("takes today in the city's time zone", () => {
    // 00:30 on 15 June in Tehran is still 14 June in UTC.
    const justAfterMidnight = at('2025-06-14T21:00:00Z');
    const rollout = [district('4', 'planned', null, '2025-06-14')];
    expect(districtRollouts(rollout, justAfterMidnight, TEHRAN)[0]).toMatchObject({ daysLate: 1, late: true });
    expect(districtRollouts(rollout, justAfterMidnight, 'UTC')[0]).toMatchObject({ daysLate: 0, late: false });
  });

  it("measures a pilot at today, whatever day it started, and does not guess a live district's missing launch", () => {
    const standings = districtRollouts(
      [district('3', 'pilot', '2025-01-01', '2025-06-10'), district('5', 'live', null, '2025-03-20')],
      NOW,
      TEHRAN,
    );
    expect(standings[0]).toMatchObject({ daysLate: 5, measuredAt: 'today', late: true });
    expect(standings[1]).toMatchObject({ daysLate: null, measuredAt: 'launch', late: false });
  });
});

describe('city rollout', () => {
  const deadline = '2025-03-20';
  const standings = districtRollouts(
    [
      district('5', 'live', '2024-08-19', '2024-08-19'),
      district('1', 'live', '2025-02-10', deadline),
      district('2', 'live', '2025-05-06', deadline),
      district('3', 'pilot', null, deadline),
      district('4', 'planned', null, deadline),
    ],
    NOW,
    TEHRAN,
  );

  it('counts the districts live, live by the deadline and late', () => {
    expect(cityRollout(standings, deadline, NOW, TEHRAN)).toEqual({
      deadline,
      districts: 5,
      live: 3,
      liveByDeadline: 2,
      late: 3,
      daysToDeadline: -87,
    });
  });

  it('takes the latest district target when the city gives no deadline', () => {
    const later = [...standings, ...districtRollouts([district('6', 'planned', null, '2025-09-22')], NOW, TEHRAN)];
    // 15 June to 22 September: 15 + 31 + 31 + 22 days.
    expect(cityRollout(later, null, NOW, TEHRAN)).toMatchObject({
      deadline: '2025-09-22',
      daysToDeadline: 99,
      liveByDeadline: 3,
    });
  });

  it('has no deadline without districts or one given', () => {
    expect(cityRollout([], null, NOW, TEHRAN)).toEqual({
      deadline: null,
      districts: 0,
      live: 0,
      liveByDeadline: 0,
      late: 0,
      daysToDeadline: null,
    });
  });
});
