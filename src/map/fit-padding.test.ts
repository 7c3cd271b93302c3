import { describe, expect, it } from 'vitest';
import { paddingClearOf } from './fit-padding';

// A 1440-pixel-wide map with a 400-pixel panel on one side and a 260-pixel panel on the other, 16 pixels in.
const MAP = { left: 0, right: 1440 };
const START_LTR = { left: 16, right: 416 };
const END_LTR = { left: 1164, right: 1424 };

describe('paddingClearOf', () => {
  it('clears each panel on its own side, plus the margin', () => {
    expect(paddingClearOf(MAP, [START_LTR, END_LTR], 24)).toEqual({ top: 24, bottom: 24, left: 440, right: 300 });
  });

  it('mirrors when the panels swap sides (right-to-left)', () => {
    const startRtl = { left: 1440 - 416, right: 1440 - 16 };
    const endRtl = { left: 16, right: 276 };
    expect(paddingClearOf(MAP, [startRtl, endRtl], 24)).toEqual({ top: 24, bottom: 24, left: 300, right: 440 });
  });

  it('measures from the map, wherever the map sits on the page', () => {
    const shifted = (s: { left: number; right: number }) => ({ left: s.left + 100, right: s.right + 100 });
    expect(paddingClearOf(shifted(MAP), [shifted(START_LTR), shifted(END_LTR)], 24)).toEqual(
      paddingClearOf(MAP, [START_LTR, END_LTR], 24),
    );
  });

  it('keeps the widest of the panels on one side', () => {
    const narrow = { left: 16, right: 200 };
    expect(paddingClearOf(MAP, [narrow, START_LTR], 24).left).toBe(440);
  });

  it('leaves only the margin without panels, or with empty ones', () => {
    const margin = { top: 24, bottom: 24, left: 24, right: 24 };
    expect(paddingClearOf(MAP, [], 24)).toEqual(margin);
    expect(paddingClearOf(MAP, [{ left: 300, right: 300 }], 24)).toEqual(margin);
  });
});
