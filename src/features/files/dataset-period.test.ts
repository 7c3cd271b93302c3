import { describe, expect, it } from 'vitest';
import { datasetPeriod } from './dataset-period';

describe('datasetPeriod', () => {
  it('spans the data set’s days in its own zone', () => {
    const from = Date.parse('2011-03-01T04:30:00Z') / 1000;
    const to = Date.parse('2011-11-30T23:30:00Z') / 1000;
    expect(datasetPeriod({ range: { from, to }, timeZone: 'America/New_York' })).toEqual({
      period: 'custom',
      from: '2011-02-28',
      to: '2011-11-30',
    });
    expect(datasetPeriod({ range: { from, to }, timeZone: 'Asia/Tehran' })).toEqual({
      period: 'custom',
      from: '2011-03-01',
      to: '2011-12-01',
    });
  });

  it('falls back to this year when nothing was kept', () => {
    expect(datasetPeriod({ range: { from: NaN, to: NaN }, timeZone: 'UTC' })).toEqual({
      period: 'this_year',
      from: null,
      to: null,
    });
  });
});
