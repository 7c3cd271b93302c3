/**
 * The demo's fiber network: its contractors keep their dates unevenly (the scores have something to
 * show), started and completed segments carry their start date, and the worked example of
 * docs/forecast.md is what the forecast gives for it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDistricts } from '../../../mocks/city/areas';
import { buildFiber } from '../../../mocks/city/fiber';
import { DEFAULT_SEED } from '../../../mocks/demo-city';
import { fiberSegmentInputs } from '../../../src/api/fiber-segments';
import { buildAreaIndex } from '../../../src/domain/area-index';
import { fiberAccountability } from '../../../src/domain/fiber/accountability';
import { fiberCurves } from '../../../src/domain/fiber/burn-up';
import { fiberForecasts } from '../../../src/domain/fiber/forecast';
import { buildFiberNetwork } from '../../../src/domain/fiber/network';
import { NOW, NOW_SEC } from './helpers';

const TIME_ZONE = 'Asia/Tehran';
const fiber = buildFiber(DEFAULT_SEED, NOW);
const districts = buildDistricts();
const { segments, contractors } = fiberSegmentInputs(
  fiber,
  districts.features.map((f) => f.properties.id),
);
const network = buildFiberNetwork(segments, buildAreaIndex(districts.features.map((f) => f.geometry)), {
  districtCount: districts.features.length,
  contractorCount: contractors.length,
  timeZone: TIME_ZONE,
  asOf: NOW_SEC,
});
const curves = fiberCurves(network);

describe('the demo fiber network', () => {
  it('gives a start date to every begun segment and none to a planned one', () => {
    for (const { properties: p } of fiber.features) expect(p.started_at !== undefined).toBe(p.status !== 'planned');
  });

  it('has contractors from the punctual to the habitually late, and segments not yet awarded', () => {
    const shares = fiberAccountability(network, curves, NOW_SEC).byContractor.map((s) => s.onTime.share!);
    expect(contractors.length).toBe(4);
    expect(Math.max(...shares) - Math.min(...shares)).toBeGreaterThan(0.3);
    expect(fiber.features.some((f) => f.properties.contractor === undefined)).toBe(true);
  });

  it('gives the worked example of docs/forecast.md', () => {
    const doc = readFileSync(new URL('../../../docs/forecast.md', import.meta.url), 'utf8');
    const city = fiberForecasts(curves, NOW_SEC, { calendar: 'persian', timeZone: TIME_ZONE }).city;
    if (city.kind !== 'forecast') throw new Error(`no forecast for the demo city: ${city.kind}`);
    const date = (t: number) =>
      new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, dateStyle: 'long' }).format(t * 1000);
    for (const t of [city.likely, city.optimistic, city.pessimistic!]) expect(doc).toContain(`**${date(t)}**`);
    expect(doc).toContain(`${city.remainingKm.toFixed(2)} km remain`);
    expect(doc).toContain(`${city.pace.median.toFixed(4)} km a day`);
  });
});
