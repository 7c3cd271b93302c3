import { describe, expect, it } from 'vitest';
import { SHARE_RAMP, spreadRamp } from './palette';

describe('spreadRamp', () => {
  it('takes the lightest and the darkest for two classes, and evenly between them for more', () => {
    expect(spreadRamp(SHARE_RAMP, 2)).toEqual([SHARE_RAMP[0], SHARE_RAMP[5]]);
    expect(spreadRamp(SHARE_RAMP, 4)).toEqual([SHARE_RAMP[0], SHARE_RAMP[2], SHARE_RAMP[3], SHARE_RAMP[5]]);
  });

  it('gives the whole ramp when as many classes are asked, the middle for one, none for none', () => {
    expect(spreadRamp(SHARE_RAMP, 6)).toEqual(SHARE_RAMP);
    expect(spreadRamp(SHARE_RAMP, 9)).toEqual(SHARE_RAMP);
    expect(spreadRamp(SHARE_RAMP, 1)).toEqual([SHARE_RAMP[3]]);
    expect(spreadRamp(SHARE_RAMP, 0)).toEqual([]);
  });
});
