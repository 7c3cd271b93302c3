import { describe, expect, it } from 'vitest';
import { configIssue, ConfigError } from './config';
import { AppConfig } from './schemas';

const problemOf = (body: unknown) => {
  const parsed = AppConfig.safeParse(body);
  expect(parsed.success).toBe(false);
  return configIssue(body, parsed.success ? undefined : parsed.error.issues[0]);
};

describe('config.json problems', () => {
  it('names the field and its limit for a value out of range', () => {
    // The first whole number of seconds past 2^31 ms, the longest delay a browser timer holds.
    const error = problemOf({ refreshIntervalSeconds: Math.ceil(2 ** 31 / 1000) });
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.field).toBe('refreshIntervalSeconds');
    expect(error.problem).toEqual({ kind: 'too_big', limit: 604_800 });
    expect(error.message).toMatch(/^refreshIntervalSeconds: /);
    expect(problemOf({ refreshIntervalSeconds: 0 }).problem).toEqual({ kind: 'too_small', limit: 0, inclusive: false });
  });

  it('tells a wrong type from a missing field, and names nested fields by their path', () => {
    expect(problemOf({ refreshIntervalSeconds: '300' }).problem).toEqual({ kind: 'type', expected: 'number' });
    expect(problemOf({ refreshIntervalSeconds: 1.5 }).problem).toEqual({ kind: 'type', expected: 'int' });
    const nested = problemOf({ source: { type: 'open311' } });
    expect(nested.field).toBe('source.baseUrl');
    expect(nested.problem).toEqual({ kind: 'missing' });
    expect(problemOf({ defaultLanguage: 'de' }).problem).toEqual({ kind: 'one_of', values: ['fa', 'en'] });
  });

  it('checks the distinct-problem rule per group and category, naming the setting at fault', () => {
    const rule = { radiusM: 60, groups: { roads: { maxSpanM: 1500 } }, categories: { LIGHT_OUT: { windowDays: 14 } } };
    expect(AppConfig.parse({ problems: rule }).problems).toEqual(rule);
    expect(AppConfig.parse({}).problems).toEqual({});
    const negative = problemOf({ problems: { groups: { roads: { maxSpanM: -1 } } } });
    expect(negative.field).toBe('problems.groups.roads.maxSpanM');
    expect(negative.problem).toEqual({ kind: 'too_small', limit: 0, inclusive: false });
    // A misspelt parameter is refused, not silently ignored.
    expect(problemOf({ problems: { categories: { LIGHT_OUT: { spanM: 80 } } } }).field).toBe(
      'problems.categories.LIGHT_OUT',
    );
  });

  it('speaks of the file as a whole when it is not an object', () => {
    for (const body of [[], null, 'text', 42]) {
      const error = problemOf(body);
      expect(error.field).toBeNull();
      expect(error.message).toMatch(/^config\.json: /);
    }
  });
});
