import { describe, expect, it } from 'vitest';
import { fitView } from './fit-view';

describe('fitView', () => {
  it('frames a box one tile wide at the equator in a 512-pixel map at zoom 0 plus the box’s share of the world', () => {
    // 360° / 2^4 = 22.5° of longitude is a sixteenth of the world: 512 px at zoom 4.
    const view = fitView([0, -1, 22.5, 1], { width: 512, height: 2000 }, 0);
    expect(view.zoom).toBeCloseTo(4, 6);
    expect(view.center[0]).toBeCloseTo(11.25, 6);
    expect(view.center[1]).toBeCloseTo(0, 6);
  });

  it('lets the tighter side decide, and keeps the padding clear', () => {
    const wide = fitView([0, -1, 22.5, 1], { width: 512 + 2 * 50, height: 2000 }, 50);
    expect(wide.zoom).toBeCloseTo(4, 6);
    // A box 20° tall and 1° wide: its height decides, so halving the map's height zooms out.
    const tall = fitView([0, -10, 1, 10], { width: 2000, height: 512 }, 0);
    expect(tall.zoom).toBeLessThan(fitView([0, -10, 1, 10], { width: 2000, height: 1024 }, 0).zoom);
  });

  it('centres on the middle in Mercator, north of the middle latitude, as the map does', () => {
    const view = fitView([44.9, 37.4, 45.2, 37.7], { width: 1600, height: 1000 }, 24);
    expect(view.center[0]).toBeCloseTo(45.05, 6);
    expect(view.center[1]).toBeGreaterThan(37.55);
    expect(view.center[1]).toBeLessThan(37.551);
  });
});
