import { describe, expect, it } from 'vitest';
import { readOpen311Services, unlistedService } from './open311-services';

describe('readOpen311Services', () => {
  it('maps services.json to the catalogue: one name for both languages, the group by its name', () => {
    const { services, setAside } = readOpen311Services([
      {
        service_code: '4e090d24992b941e78000027',
        service_name: 'Graffiti',
        type: 'realtime',
        description: 'Report graffiti on public or private structures',
        metadata: true,
        keywords: '',
        group: 'Most Popular',
      },
      { service_code: 17, service_name: 'Potholes', metadata: false, group: '' },
      { service_code: 'weeds', service_name: 'Weeds', group: null },
    ]);
    expect(setAside).toBe(0);
    expect(services).toEqual([
      {
        service_code: '4e090d24992b941e78000027',
        service_name: { fa: 'Graffiti', en: 'Graffiti' },
        group: 'Most Popular',
        group_name: { fa: 'Most Popular', en: 'Most Popular' },
        jurisdiction: 'municipal',
      },
      // No group (or an empty one): a group of its own, under its own name.
      {
        service_code: '17',
        service_name: { fa: 'Potholes', en: 'Potholes' },
        group: '17',
        group_name: { fa: 'Potholes', en: 'Potholes' },
        jurisdiction: 'municipal',
      },
      {
        service_code: 'weeds',
        service_name: { fa: 'Weeds', en: 'Weeds' },
        group: 'weeds',
        group_name: { fa: 'Weeds', en: 'Weeds' },
        jurisdiction: 'municipal',
      },
    ]);
    // No target time: only a request's own expected_datetime makes it overdue.
    expect(services.every((s) => s.sla_hours === undefined)).toBe(true);
  });

  it('counts the entries it cannot use instead of failing on them', () => {
    const { services, setAside } = readOpen311Services([
      { service_code: 'a', service_name: 'A' },
      { service_code: 'a', service_name: 'A again' },
      { service_code: 'b' },
      { service_name: 'no code' },
      'text',
    ]);
    expect(services.map((s) => s.service_code)).toEqual(['a']);
    expect(setAside).toBe(4);
  });
});

describe('unlistedService', () => {
  it('is a municipal category of its own, named by the requests', () => {
    expect(unlistedService('retired-01', 'Sidewalk Snow')).toEqual({
      service_code: 'retired-01',
      service_name: { fa: 'Sidewalk Snow', en: 'Sidewalk Snow' },
      group: 'retired-01',
      group_name: { fa: 'Sidewalk Snow', en: 'Sidewalk Snow' },
      jurisdiction: 'municipal',
    });
  });
});
