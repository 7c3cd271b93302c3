import { describe, expect, it } from 'vitest';
import { NO_STAGE, STATUS_CLOSED, STATUS_OPEN, recordProblem } from '../../domain/request-record';
import { NO_TIME } from '../../domain/request-table';
import { readOpen311Request, type Open311Reading } from './open311-request';

const ZONE = 'America/Indiana/Indianapolis';
const at = (iso: string) => Date.parse(iso) / 1000;

/** A record as Bloomington's endpoint writes one. */
const base = {
  service_request_id: '4fbd3beeb1fe2c9f5c000001',
  status: 'open',
  service_name: 'Graffiti',
  service_code: '4e090d24992b941e78000027',
  description: 'Graffiti on mailboxes',
  agency_responsible: 'Police Department',
  requested_datetime: '2012-05-23T15:35:08-04:00',
  updated_datetime: '2012-05-23T15:35:10-04:00',
  address: '2303-2559 S Olcott Blvd',
  address_id: null,
  zipcode: null,
  lat: 39.146551871103,
  long: -86.485448337464,
  media_url: '',
};

function read(patch: Record<string, unknown>): Open311Reading {
  const reading = readOpen311Request({ ...base, ...patch }, ZONE);
  if (typeof reading === 'string') throw new Error(`set aside: ${reading}`);
  return reading;
}

describe('readOpen311Request', () => {
  it('maps every field of a record', () => {
    const { record, serviceName } = read({ expected_datetime: '2012-05-30T17:00:00-04:00' });
    expect(serviceName).toBe('Graffiti');
    expect(record).toEqual({
      id: '4fbd3beeb1fe2c9f5c000001',
      serviceCode: '4e090d24992b941e78000027',
      stage: NO_STAGE,
      status: STATUS_OPEN,
      lon: -86.485448337464,
      lat: 39.146551871103,
      requestedAt: at('2012-05-23T19:35:08Z'),
      updatedAt: at('2012-05-23T19:35:10Z'),
      closedAt: NO_TIME,
      dueAt: at('2012-05-30T21:00:00Z'),
      agency: 'Police Department',
      channel: 4,
      reporter: 0,
      districtId: null,
    });
    expect(recordProblem(record, () => true)).toBeNull();
  });

  const cases: { name: string; patch: Record<string, unknown>; expect: Partial<Open311Reading['record']> }[] = [
    {
      name: 'coordinates as strings',
      patch: { lat: '39.1465', long: ' -86.4854' },
      expect: { lat: 39.1465, lon: -86.4854 },
    },
    { name: 'integer coordinates', patch: { lat: 39, long: -86 }, expect: { lat: 39, lon: -86 } },
    { name: 'null coordinates', patch: { lat: null, long: null }, expect: { lat: NaN, lon: NaN } },
    { name: 'absent coordinates', patch: { lat: undefined, long: undefined }, expect: { lat: NaN, lon: NaN } },
    { name: 'empty coordinates', patch: { lat: '', long: ' ' }, expect: { lat: NaN, lon: NaN } },
    { name: '"null island" (0, 0)', patch: { lat: 0, long: 0 }, expect: { lat: NaN, lon: NaN } },
    { name: '"null island" as strings', patch: { lat: '0', long: '0.0' }, expect: { lat: NaN, lon: NaN } },
    { name: 'a numeric id', patch: { service_request_id: 1006 }, expect: { id: '1006' } },
    { name: 'a numeric service code', patch: { service_code: 42 }, expect: { serviceCode: '42' } },
    {
      name: 'a date without seconds',
      patch: { requested_datetime: '2012-05-23T15:35-04:00', updated_datetime: '2012-05-23T15:36-04:00' },
      expect: { requestedAt: at('2012-05-23T19:35:00Z'), updatedAt: at('2012-05-23T19:36:00Z') },
    },
    {
      name: 'a date with a fraction of a second',
      patch: { requested_datetime: '2012-05-23T19:35:08.734Z' },
      expect: { requestedAt: at('2012-05-23T19:35:08Z') },
    },
    {
      name: 'a date without an offset (the city’s zone: EDT in May)',
      patch: { requested_datetime: '2012-05-23T15:35:08' },
      expect: { requestedAt: at('2012-05-23T19:35:08Z') },
    },
    {
      name: 'closed without closed_datetime: closes at its last update',
      patch: { status: 'closed' },
      expect: { status: STATUS_CLOSED, closedAt: at('2012-05-23T19:35:10Z') },
    },
    {
      name: 'closed with a closed_datetime (an extension): closes then',
      patch: { status: 'closed', closed_datetime: '2012-05-24T09:00:00-04:00' },
      expect: { status: STATUS_CLOSED, closedAt: at('2012-05-24T13:00:00Z') },
    },
    { name: 'a status in capitals', patch: { status: ' Closed ' }, expect: { status: STATUS_CLOSED } },
    { name: 'no agency', patch: { agency_responsible: null }, expect: { agency: '' } },
    { name: 'no expected_datetime: no due time', patch: { expected_datetime: null }, expect: { dueAt: NO_TIME } },
  ];
  it.each(cases)('reads $name', ({ patch, expect: fields }) => {
    expect(read(patch).record).toMatchObject(fields);
  });

  it('keeps what the details show and gives the record’s category name', () => {
    expect(read({ service_name: '  Sidewalk Snow ' }).serviceName).toBe('Sidewalk Snow');
    expect(read({ service_name: null }).serviceName).toBeNull();
    expect(read({ service_name: '' }).serviceName).toBeNull();
  });

  const setAside: { name: string; patch: Record<string, unknown>; reason: string }[] = [
    { name: 'no id', patch: { service_request_id: '' }, reason: 'invalid_record' },
    { name: 'no service code', patch: { service_code: null }, reason: 'invalid_record' },
    { name: 'unreadable coordinates', patch: { lat: 'north', long: -86.5 }, reason: 'bad_coordinates' },
    { name: 'no requested_datetime', patch: { requested_datetime: null }, reason: 'bad_date' },
  ];
  it.each(setAside)('sets aside a record with $name', ({ patch, reason }) => {
    expect(readOpen311Request({ ...base, ...patch }, ZONE)).toBe(reason);
  });

  it('sets aside what is not a record at all', () => {
    for (const raw of [null, 'r-1', 7, [base]]) expect(readOpen311Request(raw, ZONE)).toBe('invalid_record');
  });

  // The rules every source meets decide the rest: these records are read, then set aside by them.
  const ruled: { name: string; patch: Record<string, unknown>; reason: string }[] = [
    { name: 'null island', patch: { lat: 0, long: 0 }, reason: 'no_coordinates' },
    { name: 'a status outside Open311’s two', patch: { status: 'pending' }, reason: 'bad_stage' },
    { name: 'a date that is not one', patch: { requested_datetime: 'yesterday' }, reason: 'bad_date' },
    {
      name: 'closed without any time to close at',
      patch: { status: 'closed', updated_datetime: null },
      reason: 'stage_mismatch',
    },
    {
      name: 'open with a closing time',
      patch: { closed_datetime: '2012-05-24T09:00:00-04:00' },
      reason: 'stage_mismatch',
    },
    {
      name: 'closed before it was received',
      patch: { status: 'closed', closed_datetime: '2012-05-22T09:00:00-04:00' },
      reason: 'closed_before_requested',
    },
  ];
  it.each(ruled)('leaves $name to the common rules', ({ patch, reason }) => {
    expect(recordProblem(read(patch).record, () => true)).toBe(reason);
  });
});
