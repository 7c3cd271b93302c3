import { describe, expect, it } from 'vitest';
import { classify } from '../choropleth';
import { shareBreaks } from './share-breaks';

describe('shareBreaks', () => {
  it('cuts shares from 52 % to 71 % at every 5 points when the ramp has the classes for it', () => {
    expect(shareBreaks([0.52, 0.6, 0.71], 7)).toEqual([0.55, 0.6, 0.65, 0.7]);
  });

  it('takes 10 points when 5 would need more classes than the ramp has', () => {
    expect(shareBreaks([0.12, 0.55, 0.78], 7)).toEqual([0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
  });

  it('puts a share on a bound in the class above it, even when computed a hair under it', () => {
    const breaks = shareBreaks([0.5, 0.1 * 6, 0.64], 7);
    expect(breaks).toEqual([0.55, 0.6]);
    expect(classify(0.1 * 6, breaks)).toBe(2);
    expect(classify(0.5, breaks)).toBe(0);
  });

  it('keeps two classes when every share falls in one step', () => {
    expect(shareBreaks([0.61, 0.62], 7)).toEqual([0.65]);
  });

  it('leaves out districts without a share, and gives no classes without any share', () => {
    expect(shareBreaks([null, 0.3, null], 7)).toEqual([0.35]);
    expect(shareBreaks([null, null], 7)).toEqual([]);
    expect(shareBreaks([], 7)).toEqual([]);
  });

  it('never puts a bound above 100 %', () => {
    expect(shareBreaks([0.0, 1], 5)).toEqual([0.25, 0.5, 0.75, 1]);
    expect(shareBreaks([1, 1], 5)).toEqual([1]);
  });
});
