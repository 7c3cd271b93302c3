/**
 * The rollout the progress, playback and burn-up tests share, in Tehran (Jalali months: Farvardin 1403 from
 * 20 March 2024, Ordibehesht from 20 April, Khordad from 21 May):
 * - a: 2 km, west district, begun 1 March, planned to end 25 March, built 5 April (late by 11 days);
 * - b: 1 km, west district, planned 1 – 25 April, built 22 April (ahead), no start date;
 * - c: 1 km across both districts (a quarter west, three quarters east), begun 5 May, planned to end
 *   10 May, not built.
 */
import { ACROSS_BOTH, built, networkOf, noon, segment } from './test-network';

export const ROLLOUT_AS_OF = noon('2024-05-15');

export const rolloutNetwork = () =>
  networkOf(
    [
      built({ id: 'a', lengthM: 2000, startedAt: '2024-03-01', plannedEnd: '2024-03-25', completedAt: '2024-04-05' }),
      built({ id: 'b', plannedStart: '2024-04-01', plannedEnd: '2024-04-25', completedAt: '2024-04-22' }),
      segment({
        id: 'c',
        status: 'under_construction',
        district: -1,
        coordinates: ACROSS_BOTH,
        startedAt: '2024-05-05',
        plannedEnd: '2024-05-10',
      }),
    ],
    ROLLOUT_AS_OF,
  );
