import { beforeAll, describe, expect, it } from 'vitest';
import { stringAt } from '../../../src/domain/string-column';
import { DistrictCollection, ServiceList } from '../../../src/api/schemas';
import { pointInArea } from '../../../src/domain/geometry';
import { NO_AREA, NO_TIME } from '../../../src/domain/request-table';
import { CHANNELS, FIRST_CLOSED_STAGE, REPORTERS, STAGES } from '../../../src/domain/vocabulary';
import { createDemoCity, type DemoCity } from '../../../mocks/demo-city';
import { DATA_QUALITY, STAFF_SHARE, badRecordCounts, generateRequests } from '../../../mocks/city/requests';
import { CATEGORIES } from '../../../mocks/city/services';
import { DAY, NOW, NOW_SEC, areaOf, metres } from './helpers';

const localDate = (sec: number) => new Date((sec + 3.5 * 3600) * 1000);

let city: DemoCity;
beforeAll(() => {
  city = createDemoCity({ now: NOW });
});

describe('demo requests: volume and records', () => {
  it('generates at least 150,000 requests by default', () => {
    expect(city.requests.table.count).toBeGreaterThanOrEqual(150_000);
  });

  it('numbers requests with unique decimal ids increasing with requested time, all inside the year', () => {
    const t = city.requests.table;
    let disorder = 0;
    for (let i = 1; i < t.count; i++) {
      const [id, previous] = [Number(stringAt(t.ids, i)), Number(stringAt(t.ids, i - 1))];
      if (!(id > previous) || t.requestedAt[i]! < t.requestedAt[i - 1]!) disorder++;
    }
    expect(disorder).toBe(0);
    expect(t.requestedAt[0]!).toBeGreaterThanOrEqual(NOW_SEC - 365 * DAY);
    expect(t.requestedAt[t.count - 1]!).toBeLessThan(NOW_SEC);
  });

  it('keeps stage, closed time and updated time consistent', () => {
    const t = city.requests.table;
    for (let i = 0; i < t.count; i++) {
      const closed = t.closedAt[i]!;
      if (t.stage[i]! >= STAGES.length) throw new Error(`row ${i}: stage`);
      if (t.stage[i]! >= FIRST_CLOSED_STAGE !== (closed !== NO_TIME)) throw new Error(`row ${i}: stage vs closed`);
      if (closed !== NO_TIME && (closed < t.requestedAt[i]! || closed >= NOW_SEC)) throw new Error(`row ${i}: closed`);
      if (t.updatedAt[i]! < t.requestedAt[i]! || t.updatedAt[i]! >= NOW_SEC) throw new Error(`row ${i}: updated`);
      if (closed !== NO_TIME && t.updatedAt[i] !== closed) throw new Error(`row ${i}: updated vs closed`);
    }
  });
});

describe('demo requests: geography', () => {
  it('puts every valid request inside the city and inside the district the API gives it', () => {
    const districts = DistrictCollection.parse(city.districts).features;
    const r = city.requests;
    let checked = 0;
    for (let i = 0; i < r.table.count; i++) {
      const d = r.district[i]!;
      if (d === NO_AREA) continue;
      const x = r.table.lon[i]!;
      const y = r.table.lat[i]!;
      if (!pointInArea(x, y, districts[d]!.geometry)) throw new Error(`row ${i} not in district ${r.districtIds[d]}`);
      checked++;
    }
    // Only the bad records and the small documented omitted share go without a district.
    expect(checked / r.table.count).toBeGreaterThan(0.97);
  });

  it('holds exactly the documented bad records: no coordinates, and a few dozen just outside the city', () => {
    const districts = DistrictCollection.parse(city.districts).features;
    const r = city.requests;
    let noCoordinates = 0;
    let outside = 0;
    let omitted = 0;
    for (let i = 0; i < r.table.count; i++) {
      const x = r.table.lon[i]!;
      const y = r.table.lat[i]!;
      if (Number.isNaN(x) || Number.isNaN(y)) {
        noCoordinates++;
        if (r.district[i] !== NO_AREA) throw new Error(`row ${i}: no coordinates but a district`);
      } else if (!districts.some((d) => pointInArea(x, y, d.geometry))) {
        outside++;
        if (r.district[i] !== NO_AREA) throw new Error(`row ${i}: outside the city but a district`);
      } else if (r.district[i] === NO_AREA) omitted++;
    }
    const expected = badRecordCounts(r.table.count);
    expect(noCoordinates).toBe(expected.noCoordinates);
    expect(noCoordinates / r.table.count).toBeCloseTo(DATA_QUALITY.noCoordinatesPerRow, 4);
    expect(outside).toBe(expected.outsideCity);
    expect(outside).toBeGreaterThanOrEqual(24);
    expect(outside).toBeLessThanOrEqual(60);
    expect(omitted / r.table.count).toBeGreaterThan(DATA_QUALITY.districtOmittedShare / 2);
    expect(omitted / r.table.count).toBeLessThan(DATA_QUALITY.districtOmittedShare * 2);
  });

  it('is denser in the old centre (District 1) than in the outer districts', () => {
    const districts = DistrictCollection.parse(city.districts).features;
    const counts = new Array<number>(districts.length).fill(0);
    const r = city.requests;
    for (let i = 0; i < r.table.count; i++) if (r.district[i] !== NO_AREA) counts[r.district[i]!]!++;
    const density = counts.map((n, d) => n / areaOf(districts[d]!.geometry));
    for (let d = 1; d < districts.length; d++) expect(density[0]!).toBeGreaterThan(1.5 * density[d]!);
    for (const n of counts) expect(n).toBeGreaterThan(0.05 * r.table.count);
  });
});

describe('demo requests: structure', () => {
  it('has about thirty categories in groups, about a tenth outside municipal jurisdiction', () => {
    const services = ServiceList.parse(city.services);
    expect(services.length).toBeGreaterThanOrEqual(25);
    expect(services.length).toBeLessThanOrEqual(40);
    expect(new Set(services.map((s) => s.group)).size).toBeGreaterThanOrEqual(6);
    const external = new Set(services.flatMap((s, i) => (s.jurisdiction === 'municipal' ? [] : [i])));
    const t = city.requests.table;
    let n = 0;
    for (let i = 0; i < t.count; i++) if (external.has(t.service[i]!)) n++;
    expect(n / t.count).toBeGreaterThan(0.07);
    expect(n / t.count).toBeLessThan(0.13);
    // Requests for outside agencies are mostly referred on.
    let referred = 0;
    for (let i = 0; i < t.count; i++) if (external.has(t.service[i]!) && STAGES[t.stage[i]!] === 'referred') referred++;
    expect(referred / n).toBeGreaterThan(0.6);
  });

  it('has fewer requests on Fridays than on an average working day', () => {
    const t = city.requests.table;
    const byDay = new Array<number>(7).fill(0);
    for (let i = 0; i < t.count; i++) byDay[localDate(t.requestedAt[i]!).getUTCDay()]!++;
    const workdays = [6, 0, 1, 2, 3].map((d) => byDay[d]!);
    expect(byDay[5]!).toBeLessThan(0.8 * (workdays.reduce((a, b) => a + b, 0) / workdays.length));
  });

  it('follows the seasons: snow removal in winter, not in summer', () => {
    const t = city.requests.table;
    const snow = t.serviceCodes.indexOf('ROAD_SNOW');
    expect(snow).toBeGreaterThanOrEqual(0);
    let winter = 0;
    let summer = 0;
    for (let i = 0; i < t.count; i++) {
      if (t.service[i] !== snow) continue;
      const m = localDate(t.requestedAt[i]!).getUTCMonth();
      if (m === 11 || m <= 1) winter++;
      if (m >= 5 && m <= 7) summer++;
    }
    expect(winter).toBeGreaterThan(10 * Math.max(1, summer));
  });

  it('has bursts of duplicates: dozens of one category within tens of metres and a few days', () => {
    const t = city.requests.table;
    // Bucket by category, ~100 m cell and week; then look for a tight cluster inside a bucket.
    const buckets = new Map<string, number[]>();
    for (let i = 0; i < t.count; i++) {
      if (!Number.isFinite(t.lon[i]!)) continue;
      const key = `${t.service[i]}:${Math.floor(t.lon[i]! / 0.0011)}:${Math.floor(t.lat[i]! / 0.0009)}:${Math.floor(t.requestedAt[i]! / (7 * DAY))}`;
      const rows = buckets.get(key) ?? [];
      rows.push(i);
      buckets.set(key, rows);
    }
    let bursts = 0;
    for (const rows of buckets.values()) {
      if (rows.length < 20) continue;
      const a = rows[0]!;
      const near = rows.filter((i) => metres(t.lon[a]!, t.lat[a]!, t.lon[i]!, t.lat[i]!) <= 80);
      const span = t.requestedAt[near[near.length - 1]!]! - t.requestedAt[near[0]!]!;
      if (near.length >= 20 && span <= 7 * DAY) bursts++;
    }
    expect(bursts).toBeGreaterThanOrEqual(10);
  });

  it('resolves around each category SLA with an overdue tail, closed late and still open', () => {
    const services = ServiceList.parse(city.services);
    const t = city.requests.table;
    const resolved = STAGES.indexOf('resolved');
    let done = 0;
    let late = 0;
    let openOverdue = 0;
    for (let i = 0; i < t.count; i++) {
      const sla = services[t.service[i]!]!.sla_hours! * 3600;
      if (t.stage[i] === resolved) {
        done++;
        if (t.closedAt[i]! - t.requestedAt[i]! > sla) late++;
      } else if (t.closedAt[i] === NO_TIME && NOW_SEC - t.requestedAt[i]! > sla) openOverdue++;
    }
    expect(late / done).toBeGreaterThan(0.03);
    expect(late / done).toBeLessThan(0.4);
    expect(openOverdue).toBeGreaterThan(0.005 * t.count);
  });

  it('uses every channel', () => {
    const t = city.requests.table;
    const used = new Set<number>();
    for (let i = 0; i < t.count; i++) used.add(t.channel[i]!);
    expect(used.size).toBe(CHANNELS.length);
  });

  it('has a few municipal requests filed by the city’s own crews, through their work app', () => {
    const t = city.requests.table;
    const staff = REPORTERS.indexOf('staff');
    let crews = 0;
    for (let i = 0; i < t.count; i++) {
      if (t.reporter[i] !== staff) continue;
      crews++;
      expect(CHANNELS[t.channel[i]!]).toBe('other');
      expect(CATEGORIES[t.service[i]!]!.service.jurisdiction).toBe('municipal');
    }
    expect(crews / t.count).toBeGreaterThan(STAFF_SHARE / 2);
    expect(crews / t.count).toBeLessThan(STAFF_SHARE);
  });
});

describe('demo requests: determinism', () => {
  it('gives byte-identical columns for the same seed and now, and different ones for another seed', () => {
    const a = createDemoCity({ seed: 5, now: NOW, requestCount: 20_000 });
    const b = createDemoCity({ seed: 5, now: NOW, requestCount: 20_000 });
    const c = createDemoCity({ seed: 6, now: NOW, requestCount: 20_000 });
    const all = { start: null, end: null, services: null, status: null, district: null, updatedAfter: null };
    const bytes = (x: DemoCity) => x.arrow(all);
    expect(Buffer.from(bytes(a)).equals(Buffer.from(bytes(b)))).toBe(true);
    expect(Buffer.from(bytes(a)).equals(Buffer.from(bytes(c)))).toBe(false);
    expect(JSON.stringify([a.fiber, a.eservices])).toBe(JSON.stringify([b.fiber, b.eservices]));
  });

  it('moves the year with now', () => {
    const later = new Date(NOW.getTime() + 30 * DAY * 1000);
    const r = generateRequests({ seed: 1, now: later, count: 5000 });
    expect(r.table.requestedAt[0]!).toBeGreaterThanOrEqual(later.getTime() / 1000 - 365 * DAY);
    expect(r.table.requestedAt[r.table.count - 1]!).toBeLessThan(later.getTime() / 1000);
  });
});
