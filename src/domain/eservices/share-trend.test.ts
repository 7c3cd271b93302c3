import { describe, expect, it } from 'vitest';
import { shareTrend } from './share-trend';

const month = (online: number, inPerson: number) => ({ online, inPerson });

describe('share trend', () => {
  it('is the last three months together minus the three before', () => {
    // Before: 60 online of 300 = 0.2; last: 150 of 300 = 0.5.
    const monthly = [month(10, 90), month(20, 80), month(30, 70), month(40, 60), month(50, 50), month(60, 40)];
    expect(shareTrend(monthly)).toBeCloseTo(0.3, 12);
  });

  it('weighs each month by its transactions, not each month alike', () => {
    // Last window: 90 online of 110 = 0.8182, where the mean of its monthly shares would be (0 + 0 + 1) / 3.
    const monthly = [month(5, 5), month(5, 5), month(5, 5), month(0, 10), month(0, 10), month(90, 0)];
    expect(shareTrend(monthly)).toBeCloseTo(90 / 110 - 0.5, 12);
  });

  it('reads only the last two windows of a longer series', () => {
    const monthly = [
      month(0, 100),
      month(100, 0),
      month(1, 1),
      month(1, 1),
      month(1, 1),
      month(3, 1),
      month(3, 1),
      month(3, 1),
    ];
    expect(shareTrend(monthly)).toBeCloseTo(0.25, 12);
  });

  it('falls', () => {
    expect(shareTrend([month(3, 1), month(1, 1)], 1)).toBeCloseTo(-0.25, 12);
  });

  it('has none with too few months or a window without transactions', () => {
    expect(shareTrend([month(1, 1), month(1, 1), month(1, 1), month(1, 1), month(1, 1)])).toBeNull();
    expect(shareTrend([month(0, 0), month(0, 0), month(0, 0), month(1, 1), month(1, 1), month(1, 1)])).toBeNull();
    expect(shareTrend([])).toBeNull();
  });
});
