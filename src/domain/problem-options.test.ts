import { describe, expect, it } from 'vitest';
import { clusterRequests } from './problem-clustering';
import {
  DEFAULT_MAX_SPAN_M,
  DEFAULT_PROBLEM_OPTIONS,
  problemOptionsFor,
  resolveProblemParams,
} from './problem-options';
import { NO_PROBLEM } from './problem-set';
import { tableOf } from './test-tables';

const CATALOGUE = [
  { service_code: 's0', group: 'roads' },
  { service_code: 's1', group: 'roads' },
  { service_code: 's2', group: 'lighting' },
];
const codes = CATALOGUE.map((s) => s.service_code);

describe('problemOptionsFor, a city’s setting of the rule', () => {
  it('with no setting is the documented default rule', () => {
    const resolved = resolveProblemParams(3, codes, problemOptionsFor({}, CATALOGUE));
    expect(resolved).toEqual(resolveProblemParams(3, codes, DEFAULT_PROBLEM_OPTIONS));
    expect([...resolved.maxSpanM]).toEqual(Array(6).fill(DEFAULT_MAX_SPAN_M));
  });

  it('applies a group’s setting to each of its categories, and a category’s own setting over it, field by field', () => {
    const options = problemOptionsFor(
      {
        maxSpanM: 300,
        groups: { roads: { radiusM: 150, maxSpanM: 1500 } },
        categories: { s1: { maxSpanM: 800 }, s2: { radiusM: 30, windowDays: 60 } },
      },
      CATALOGUE,
    );
    const resolved = resolveProblemParams(3, codes, options);
    // Both link classes of a category (citizens' and staff reports) share its parameters.
    expect([...resolved.radiusM]).toEqual([150, 150, 150, 150, 30, 30]);
    expect([...resolved.maxSpanM]).toEqual([1500, 1500, 800, 800, 300, 300]);
    expect([...resolved.windowS]).toEqual([30, 30, 30, 30, 60, 60].map((d) => d * 86_400));
  });

  it('lets road work reach farther than a lamp: a resurfaced street is one problem, a row of lamps several', () => {
    // Twelve reports 90 m apart along one street (990 m end to end), the same week, of each category.
    const along = (service: number) =>
      Array.from({ length: 12 }, (_, i) => ({
        service,
        district: 0,
        lon: 45.07 + (i * 90) / 88_000,
        requestedAt: 1e9 + i * 3600,
      }));
    const table = tableOf([...along(0), ...along(2)]);
    const problemsOf = (service: number, set: ReturnType<typeof clusterRequests>) =>
      new Set(Array.from({ length: 12 }, (_, i) => set.problemOf[service === 0 ? i : 12 + i])).size;

    const plain = clusterRequests(table, problemOptionsFor({ radiusM: 100 }, CATALOGUE));
    expect(problemsOf(0, plain)).toBeGreaterThan(1);
    expect(problemsOf(2, plain)).toBeGreaterThan(1);

    const set = problemOptionsFor(
      { radiusM: 100, groups: { roads: { maxSpanM: 1500 }, lighting: { maxSpanM: 100 } } },
      CATALOGUE,
    );
    const tuned = clusterRequests(table, set);
    expect(tuned.problemOf.every((p) => p !== NO_PROBLEM)).toBe(true);
    expect(problemsOf(0, tuned)).toBe(1);
    // 100 m of span holds two lamps 90 m apart, never three: six problems of two.
    expect(problemsOf(2, tuned)).toBe(6);
  });
});
