import { describe, expect, it } from 'vitest';
import { atStreetLevel, FEW_REQUESTS, perObject, showsSingleRequests, STREET_ZOOM, streetZoom } from './layer-kit';
import type { DrawableRequests } from '../../workers/request-protocol';

describe('perObject', () => {
  it('builds once per input object and gives back the same result, so deck.gl sees the same data', () => {
    let builds = 0;
    const wrap = perObject((input: { n: number }) => ({ twice: input.n * 2, build: ++builds }));
    const a = { n: 1 };
    const b = { n: 1 };
    expect(wrap(a)).toBe(wrap(a));
    expect(wrap(b)).not.toBe(wrap(a));
    expect(builds).toBe(2);
  });
});

describe('street level', () => {
  it('starts at STREET_ZOOM on a desktop and one zoom step later for an interface drawn twice as large', () => {
    expect(streetZoom(1)).toBe(STREET_ZOOM);
    expect(streetZoom(2)).toBe(STREET_ZOOM + 1);
    expect(atStreetLevel({ zoom: STREET_ZOOM + 0.5, uiScale: 1 })).toBe(true);
    expect(atStreetLevel({ zoom: STREET_ZOOM + 0.5, uiScale: 2 })).toBe(false);
  });
});

describe('single requests', () => {
  const load = (count: number) => ({ count }) as DrawableRequests;
  const cityZoom = STREET_ZOOM - 3;

  it('are drawn below street level only for a small data set', () => {
    expect(showsSingleRequests({ zoom: cityZoom, uiScale: 1, requests: load(40) })).toBe(true);
    expect(showsSingleRequests({ zoom: cityZoom, uiScale: 1, requests: load(FEW_REQUESTS) })).toBe(true);
    expect(showsSingleRequests({ zoom: cityZoom, uiScale: 1, requests: load(FEW_REQUESTS + 1) })).toBe(false);
    expect(showsSingleRequests({ zoom: cityZoom, uiScale: 1, requests: null })).toBe(false);
  });

  it('are drawn at street level whatever the size of the data set', () => {
    expect(showsSingleRequests({ zoom: STREET_ZOOM, uiScale: 1, requests: load(150_000) })).toBe(true);
  });
});
