import { describe, expect, it } from 'vitest';
import { paddingClearOf, reframe } from './fit-padding';

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

describe('reframe', () => {
  const SIZE = { width: 1440, height: 840 };
  const ltr = paddingClearOf(MAP, [START_LTR, END_LTR], 24);
  // The same panels mirrored, as the right-to-left layout places them.
  const mirror = (s: { left: number; right: number }) => ({ left: MAP.right - s.right, right: MAP.right - s.left });
  const rtl = paddingClearOf(MAP, [mirror(START_LTR), mirror(END_LTR)], 24);

  it('moves the middle of the free part across when the panels trade sides, at the same zoom', () => {
    expect(rtl).toMatchObject({ left: ltr.right, right: ltr.left });
    const move = reframe(SIZE, ltr, rtl);
    // Free part left to right: 440…1140, middle 790; right to left: 300…1000, middle 650.
    expect(move).toEqual({ from: [790, 420], to: [650, 420], zoomBy: 0 });
  });

  it('is undone by switching back', () => {
    const there = reframe(SIZE, ltr, rtl);
    const back = reframe(SIZE, rtl, ltr);
    expect(back.from).toEqual(there.to);
    expect(back.to).toEqual(there.from);
  });

  it('zooms out by as much as the free part has narrowed, never in', () => {
    const wider = { ...ltr, left: ltr.left + 350 };
    // 700 pixels of free width become 350: one zoom step out.
    expect(reframe(SIZE, ltr, wider).zoomBy).toBeCloseTo(-1, 6);
    expect(reframe(SIZE, wider, ltr).zoomBy).toBe(0);
  });

  it('stays put when nothing moved', () => {
    expect(reframe(SIZE, ltr, ltr)).toEqual({ from: [790, 420], to: [790, 420], zoomBy: 0 });
  });
});
