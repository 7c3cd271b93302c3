import { describe, expect, it } from 'vitest';
import { BAD_CODE, NO_STAGE, NO_STATUS, STATUS_CLOSED, STATUS_OPEN } from '../../domain/request-record';
import { NO_TIME } from '../../domain/request-table';
import { CHANNELS, STAGES } from '../../domain/vocabulary';
import { matchColumns } from './column-match';
import { FileRows } from './file-rows';
import { ROW_NUMBER, draftPlan, planGaps, type ImportPlan } from './import-plan';
import { rowReader } from './row-record';
import { readChannel, readCoordinate, readStatus } from './value-reading';

const at = (iso: string) => Date.parse(iso) / 1000;

/** Three rows in the shape of New York City's 311 export (a few of its 41 columns). */
const NYC = [
  [
    'Unique Key',
    'Created Date',
    'Closed Date',
    'Agency',
    'Complaint Type',
    'Descriptor',
    'Status',
    'Due Date',
    'Latitude',
    'Longitude',
    'Open Data Channel Type',
  ],
  [
    '19937896',
    '03/01/2011 02:27:57 PM',
    '03/14/2011 03:59:20 PM',
    'DOF',
    'DOF Property - Payment Issue',
    'Misapplied Payment',
    'Closed',
    '03/22/2011 02:27:57 PM',
    '40.66',
    '-73.99',
    'PHONE',
  ],
  [
    '19937901',
    '03/01/2011 10:41:13 AM',
    '',
    'DOT',
    'Street Sign - Dangling',
    'Street Cleaning - ASP',
    'Assigned',
    '',
    '40.76',
    '-73.80',
    'ONLINE',
  ],
  [
    '19937902',
    '03/01/2011 09:07:45 AM',
    '',
    'NYPD',
    'Noise - Residential',
    'Loud Music/Party',
    'Pending',
    '',
    '',
    '',
    'UNKNOWN',
  ],
];

function nycPlan(): ImportPlan {
  const [headers, ...rows] = NYC;
  return draftPlan(matchColumns(headers!), rows, 'America/New_York').plan;
}

describe('draftPlan', () => {
  it("proposes a complete plan for NYC's export, dates in MM/DD/YYYY", () => {
    const plan = nycPlan();
    expect(planGaps(plan)).toEqual([]);
    expect(plan.dateFormats).toEqual({ requested_datetime: 'mdy', closed_datetime: 'mdy', expected_datetime: 'mdy' });
  });

  it('names what is missing: a required field, the category, a date format', () => {
    const plan: ImportPlan = { columns: { lat: 0, long: 1, requested_datetime: 2 }, dateFormats: {}, timeZone: 'UTC' };
    expect(planGaps(plan)).toEqual([
      { kind: 'missing', field: 'service_request_id' },
      { kind: 'no_category' },
      { kind: 'no_date_format', field: 'requested_datetime' },
    ]);
  });

  it('marks an ambiguous column and an unsure date format for the user', () => {
    const { plan, unsure } = draftPlan(
      matchColumns(['id', 'Created Date', 'Date Created', 'Closed Date']),
      [['1', '', '', '01/02/2021']],
      'UTC',
    );
    expect(plan.columns.requested_datetime).toBeUndefined();
    expect(unsure).toEqual(['requested_datetime', 'closed_datetime']);
  });
});

describe('rowReader', () => {
  it("reads NYC's rows: category from its text, status and stage from NYC's words, channel and due date", () => {
    const read = rowReader(nycPlan());
    const closed = read(NYC[1]!, 0);
    expect(closed.serviceName).toBe('DOF Property - Payment Issue');
    expect(closed.record).toEqual({
      id: '19937896',
      serviceCode: 'DOF Property - Payment Issue',
      stage: STAGES.indexOf('closed'),
      status: STATUS_CLOSED,
      lon: -73.99,
      lat: 40.66,
      requestedAt: at('2011-03-01T19:27:57Z'),
      updatedAt: NO_TIME,
      closedAt: at('2011-03-14T19:59:20Z'),
      dueAt: at('2011-03-22T18:27:57Z'),
      agency: 'DOF',
      channel: CHANNELS.indexOf('phone'),
      reporter: 0,
      districtId: null,
    });
    const assigned = read(NYC[2]!, 1).record;
    expect([assigned.stage, assigned.status, assigned.closedAt]).toEqual([
      STAGES.indexOf('assigned'),
      STATUS_OPEN,
      NO_TIME,
    ]);
    expect(assigned.channel).toBe(CHANNELS.indexOf('web'));
    const pending = read(NYC[3]!, 2).record;
    expect([pending.stage, pending.status]).toEqual([NO_STAGE, STATUS_OPEN]);
    expect([pending.lon, pending.lat]).toEqual([NaN, NaN]);
    expect(pending.channel).toBe(CHANNELS.indexOf('other'));
  });

  it('numbers the rows when the file has no ids, and derives the status from the closing time', () => {
    const plan: ImportPlan = {
      columns: {
        service_request_id: ROW_NUMBER,
        service_name: 0,
        lat: 1,
        long: 2,
        requested_datetime: 3,
        closed_datetime: 4,
      },
      dateFormats: { requested_datetime: 'iso', closed_datetime: 'iso' },
      timeZone: 'Asia/Tehran',
    };
    const read = rowReader(plan);
    const open = read(['چاله', '37.55', '45.07', '2024-05-01 10:00', ''], 6).record;
    expect([open.id, open.status, open.stage]).toEqual(['7', STATUS_OPEN, NO_STAGE]);
    const closed = read(['چاله', '37.55', '45.07', '2024-05-01 10:00', '2024-05-02 10:00'], 7).record;
    expect(closed.status).toBe(STATUS_CLOSED);
  });

  it('reads a stage column of the contract, and reads 0, 0 as no location', () => {
    const plan: ImportPlan = {
      columns: { service_request_id: 0, service_code: 1, stage: 2, lat: 3, long: 4, requested_datetime: 5 },
      dateFormats: { requested_datetime: 'iso' },
      timeZone: 'UTC',
    };
    const r = rowReader(plan)(['a', 'pothole', 'in_progress', '0', '0', '2024-05-01T10:00:00Z'], 0).record;
    expect([r.stage, r.status, r.lon, r.lat]).toEqual([STAGES.indexOf('in_progress'), NO_STATUS, NaN, NaN]);
  });
});

describe('cell values', () => {
  it('reads coordinates with Persian digits or a decimal comma; text is a bad coordinate, not a missing one', () => {
    expect(readCoordinate(' 37.5 ')).toBe(37.5);
    expect(readCoordinate('۳۷٫۵')).toBe(37.5);
    expect(readCoordinate('37,5')).toBe(37.5);
    expect(readCoordinate('')).toBeNaN();
    expect(readCoordinate('north')).toBe(Infinity);
  });

  it('reads status words of NYC and of a 137 export; an unknown word cannot be read', () => {
    expect(readStatus('Closed')).toEqual({ status: STATUS_CLOSED, stage: STAGES.indexOf('closed') });
    expect(readStatus('بسته شده')).toEqual({ status: STATUS_CLOSED, stage: NO_STAGE });
    expect(readStatus('In Progress')).toEqual({ status: STATUS_OPEN, stage: STAGES.indexOf('in_progress') });
    expect(readStatus('در حال بررسی')).toEqual({ status: STATUS_OPEN, stage: NO_STAGE });
    expect(readStatus('Unspecified').status).toBe(BAD_CODE);
  });

  it('maps channels: PHONE → phone, ONLINE and WEB → web, MOBILE → app, others → other', () => {
    const name = (raw: string) => CHANNELS[readChannel(raw)];
    expect(['PHONE', 'ONLINE', 'WEB', 'MOBILE', 'OTHER', 'UNKNOWN', 'تلفنی', 'حضوری', ''].map(name)).toEqual([
      'phone',
      'web',
      'web',
      'app',
      'other',
      'other',
      'phone',
      'in_person',
      'other',
    ]);
  });
});

describe('FileRows', () => {
  it('keeps the readable rows, sets the others aside with the API’s reasons, and derives the categories', () => {
    const rows = new FileRows(nycPlan());
    const bad = [...NYC[1]!];
    bad[0] = '19937999';
    bad[1] = '02/30/2011 10:00:00 AM';
    const mismatch = [...NYC[2]!];
    // Still open by its status, yet closed by its closing time.
    mismatch[2] = '03/05/2011 10:00:00 AM';
    rows.add([...NYC.slice(1), bad, mismatch]);
    const { decoded, services, bbox, range, rows: read } = rows.finish();
    expect(range).toEqual({ from: at('2011-03-01T15:41:13Z'), to: at('2011-03-01T19:27:57Z') });
    expect(read).toBe(5);
    expect(decoded.table.count).toBe(2);
    expect(decoded.setAside).toEqual({ total: 3, byReason: { no_coordinates: 1, bad_date: 1, stage_mismatch: 1 } });
    expect(services.map((s) => [s.service_code, s.group, s.sla_hours])).toEqual([
      ['DOF Property - Payment Issue', 'c1', undefined],
      ['Street Sign - Dangling', 'c2', undefined],
    ]);
    expect(bbox).toEqual([-73.99, 40.66, -73.8, 40.76]);
    expect(decoded.table.agencies).toEqual(['DOF', 'DOT']);
  });
});
