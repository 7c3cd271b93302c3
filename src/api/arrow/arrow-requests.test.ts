import { Float64, Int32, Int64, Null, Utf8, vectorFromArray } from 'apache-arrow';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateRequestTable, NO_AREA, setIds, type RequestTable } from '../../domain/request-table';
import { stringAt, stringColumnOf } from '../../domain/string-column';
import { CHANNELS, FIRST_CLOSED_STAGE } from '../../domain/vocabulary';
import { encodeArrowRequests } from './arrow-encode';
import { ARROW_COLUMNS as C, ArrowFormatError, decodeArrowRequests } from './arrow-requests';
import {
  KNOWN_SERVICES,
  T,
  apacheBody,
  decodedAs,
  knownService,
  raw,
  requestsOf,
  type BodyLayout,
  type RawRequest,
} from './test-bodies';

/** Valid requests with every kind of value the contract allows, numeric ids (an int64 column holds them). */
const REQUESTS: RawRequest[] = [
  raw({ id: '1523590121', stage: 'assigned', updated: T + 60, agency: 'منطقه ۳', channel: 'phone', district: 'd3' }),
  raw({
    id: '1',
    service: 'streetlight',
    status: 'closed',
    stage: 'resolved',
    closed: T + 86_400,
    updated: T + 86_400,
  }),
  raw({ id: '2', service: 'آب', stage: null, status: 'open', channel: 'kiosk', reporter: 'staff', district: 'd1' }),
  raw({ id: '3', stage: null, status: 'closed', closed: T + 5, lon: -122.4194, lat: 37.7749, expected: T + 7_200 }),
  raw({ id: '9007199254740991', stage: 'in_progress', channel: 'app', reporter: 'citizen', agency: 'water' }),
  raw({ id: '4294967296', status: 'closed', stage: 'rejected', closed: T, requested: T, lon: 180, lat: -90 }),
  raw({ id: '5', status: 'closed', stage: 'referred', closed: T + 9, channel: 'in_person', district: 'd3' }),
  raw({ id: '6', stage: 'received', lon: 0, lat: 0, requested: 1, channel: 'web', agency: 'water', district: 'd1' }),
  raw({ id: '7', status: 'closed', stage: 'closed', closed: 0xffffffff, requested: 0xfffffff0, reporter: 'other' }),
];

const decode = (bytes: Uint8Array) => decodeArrowRequests(bytes, knownService);

describe('decodeArrowRequests: round trip through our encoder', () => {
  /** A table of every column's kinds of value, as the JSON builder or an earlier decode would hold it. */
  function table(): { table: RequestTable; district: Uint16Array; districtIds: string[] } {
    const ids = ['1523590121', '4fbd40b2-aa', '1-1523590121', '۱۲۳', '007', 'x'.repeat(256)];
    const t = allocateRequestTable(ids.length, ['pothole', 'streetlight', 'آب'], ['', 'water', 'منطقه ۳']);
    ids.forEach((_, i) => {
      t.lon[i] = 45 + i / 7;
      t.lat[i] = 37 - i / 9;
      t.requestedAt[i] = T + i * 3_600;
      t.updatedAt[i] = i % 2 ? 0 : T + i * 3_600 + 60;
      t.stage[i] = [0, 1, 2, 4, 5, 7][i]!;
      t.closedAt[i] = t.stage[i]! >= FIRST_CLOSED_STAGE ? T + i * 3_600 + 99 : 0;
      t.dueAt[i] = i === 2 ? T + 99_999 : 0;
      t.service[i] = i % 3;
      t.agency[i] = i % 3;
      t.channel[i] = i % CHANNELS.length;
      t.reporter[i] = i % 2;
    });
    setIds(t, stringColumnOf(ids));
    return { table: t, district: Uint16Array.from([0, NO_AREA, 1, 1, NO_AREA, 0]), districtIds: ['d1', 'd2'] };
  }

  it('gives back every column', () => {
    const source = table();
    const decoded = decode(encodeArrowRequests(source));
    const t = decoded.table;
    const s = source.table;
    expect(decoded.setAside).toEqual({ total: 0, byReason: {} });
    expect(Array.from({ length: t.count }, (_, i) => stringAt(t.ids, i))).toEqual(
      Array.from({ length: s.count }, (_, i) => stringAt(s.ids, i)),
    );
    expect(Array.from(t.idKey)).toEqual(Array.from(s.idKey));
    for (const key of [
      'lon',
      'lat',
      'requestedAt',
      'updatedAt',
      'closedAt',
      'dueAt',
      'stage',
      'channel',
      'reporter',
    ] as const) {
      expect(Array.from(t[key]), key).toEqual(Array.from(s[key]));
    }
    const names = (codes: ArrayLike<number>, values: readonly string[]) => Array.from(codes, (c) => values[c]);
    expect(names(t.service, t.serviceCodes)).toEqual(names(s.service, s.serviceCodes));
    expect(names(t.agency, t.agencies)).toEqual(names(s.agency, s.agencies));
    expect(names(decoded.apiDistrict, decoded.districtIds)).toEqual(names(source.district, source.districtIds));
    expect(Array.from(t.district)).toEqual(Array(6).fill(NO_AREA));
  });

  it('gives back any table', () => {
    const row = fc.record({
      id: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
      lon: fc.double({ min: -180, max: 180, noNaN: true }),
      lat: fc.double({ min: -90, max: 90, noNaN: true }),
      requested: fc.integer({ min: 1, max: 0xfffffff0 }),
      open: fc.nat(3),
      closed: fc.nat(3).map((k) => k + FIRST_CLOSED_STAGE),
      isClosed: fc.boolean(),
      service: fc.nat(2),
      channel: fc.nat(CHANNELS.length - 1),
      reporter: fc.nat(1),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), (rows) => {
        const t = allocateRequestTable(rows.length, [...KNOWN_SERVICES], ['']);
        rows.forEach((r, i) => {
          t.lon[i] = r.lon;
          t.lat[i] = r.lat;
          t.requestedAt[i] = r.requested;
          t.stage[i] = r.isClosed ? r.closed : r.open;
          t.closedAt[i] = r.isClosed ? r.requested + 1 : 0;
          t.service[i] = r.service;
          t.channel[i] = r.channel;
          t.reporter[i] = r.reporter;
        });
        setIds(t, stringColumnOf(rows.map((r) => r.id)));
        const back = decode(
          encodeArrowRequests({ table: t, district: new Uint16Array(rows.length).fill(NO_AREA), districtIds: [] }),
        );
        const view = (x: RequestTable) => ({
          ids: Array.from({ length: x.count }, (_, i) => stringAt(x.ids, i)),
          key: Array.from(x.idKey),
          lon: Array.from(x.lon),
          lat: Array.from(x.lat),
          at: Array.from(x.requestedAt),
          closed: Array.from(x.closedAt),
          stage: Array.from(x.stage),
          service: Array.from(x.service, (c) => x.serviceCodes[c]),
          channel: Array.from(x.channel),
          reporter: Array.from(x.reporter),
        });
        expect(view(back.table)).toEqual(view(t));
      }),
      { numRuns: 50 },
    );
  });
});

describe('decodeArrowRequests: bodies written by apache-arrow', () => {
  const expected = REQUESTS.map(decodedAs);
  const layouts: [string, BodyLayout][] = [
    ['timestamps in seconds, UTC', { time: 's', zone: 'UTC' }],
    ['timestamps in milliseconds, no zone', { time: 'ms', zone: null }],
    ['timestamps in microseconds, Asia/Tehran', { time: 'us', zone: 'Asia/Tehran' }],
    ['timestamps in nanoseconds, no zone', { time: 'ns', zone: null }],
    ['categories as plain utf8', { categories: 'utf8' }],
    ['categories with int8 keys', { categories: 'int8' }],
    ['categories with uint8 keys', { categories: 'uint8' }],
    ['categories with int16 keys', { categories: 'int16' }],
    ['categories with uint32 keys', { categories: 'uint32' }],
    ['large_utf8 ids', { ids: 'large_utf8' }],
    ['int64 ids', { ids: 'int64' }],
    ['three record batches, a dictionary each', { batches: 3 }],
    ['four record batches of plain strings and microseconds', { batches: 4, categories: 'utf8', time: 'us' }],
  ];

  it.each(layouts)('%s', (_, layout) => {
    const decoded = decode(apacheBody(REQUESTS, layout));
    expect(decoded.setAside).toEqual({ total: 0, byReason: {} });
    expect(requestsOf(decoded)).toEqual(expected);
  });

  it('float32 coordinates, read as the float32 values', () => {
    const decoded = decode(apacheBody(REQUESTS, { coordinates: 'float32' }));
    const rounded = expected.map((r) => ({ ...r, lon: Math.fround(r.lon!), lat: Math.fround(r.lat!) }));
    expect(requestsOf(decoded)).toEqual(rounded);
  });

  it('no status column: the stage alone', () => {
    const staged = REQUESTS.filter((r) => r.stage !== null);
    expect(requestsOf(decode(apacheBody(staged, { omit: [C.status] })))).toEqual(staged.map(decodedAs));
  });

  it('no stage column: the generic stage of the status', () => {
    const decoded = decode(apacheBody(REQUESTS, { omit: [C.stage] }));
    expect(requestsOf(decoded)).toEqual(expected.map((r, i) => ({ ...r, stage: REQUESTS[i]!.status })));
  });

  it('only the required columns', () => {
    const omit = [C.status, C.updated, C.closed, C.expected, C.agency, C.channel, C.reporter, C.district];
    const open = REQUESTS.filter((r) => r.closed === null && r.stage !== null);
    const decoded = decode(apacheBody(open, { omit }));
    const defaults = {
      updated: 0,
      closed: 0,
      expected: 0,
      agency: '',
      channel: 'other',
      reporter: 'citizen',
      district: null,
    };
    expect(requestsOf(decoded)).toEqual(open.map((r) => ({ ...decodedAs(r), ...defaults })));
  });

  it('optional columns of Arrow’s null type (pandas’ all-None columns) read as absent', () => {
    const open = REQUESTS.filter((r) => r.closed === null);
    const nothing = vectorFromArray(
      open.map(() => null),
      new Null(),
    );
    const names = [C.updated, C.closed, C.expected, C.agency, C.channel, C.reporter, C.district];
    const decoded = decode(apacheBody(open, { replace: Object.fromEntries(names.map((name) => [name, nothing])) }));
    const none = {
      updated: 0,
      closed: 0,
      expected: 0,
      agency: '',
      channel: 'other',
      reporter: 'citizen',
      district: null,
    };
    expect(requestsOf(decoded)).toEqual(open.map((r) => ({ ...decodedAs(r), ...none })));
  });

  it('a stage and a status of nothing but nulls: every row set aside', () => {
    const nothing = vectorFromArray(
      REQUESTS.map(() => null),
      new Null(),
    );
    const decoded = decode(apacheBody(REQUESTS, { replace: { [C.stage]: nothing, [C.status]: nothing } }));
    expect(decoded.setAside).toEqual({ total: REQUESTS.length, byReason: { bad_stage: REQUESTS.length } });
  });

  it('integer service and district codes read as their decimal text, an empty stage as not given (as in JSON)', () => {
    const requests = [raw({ id: '11', service: '40', district: '7', stage: null, status: 'open' })];
    const layout = {
      replace: {
        [C.service]: vectorFromArray([40], new Int32()),
        [C.district]: vectorFromArray([7], new Int32()),
        [C.stage]: vectorFromArray([''], new Utf8()),
      },
    };
    const decoded = decodeArrowRequests(apacheBody(requests, layout), (code) => code === '40');
    expect(decoded.setAside.total).toBe(0);
    expect(decoded.table.serviceCodes).toEqual(['40']);
    expect(decoded.districtIds).toEqual(['7']);
    expect(requestsOf(decoded)[0]).toMatchObject({ service: '40', district: '7', stage: 'open' });
  });

  it('a body of no rows', () => {
    // (apache-arrow writes no dictionary for a dictionary column of no rows, which flechette refuses.)
    const empty = allocateRequestTable(0, [], []);
    setIds(empty, stringColumnOf([]));
    const ours = encodeArrowRequests({ table: empty, district: new Uint16Array(0), districtIds: [] });
    for (const body of [ours, apacheBody([], { categories: 'utf8' })]) {
      const decoded = decode(body);
      expect(decoded.table.count).toBe(0);
      expect(decoded.setAside).toEqual({ total: 0, byReason: {} });
    }
  });

  it('ids that are not numbers, every batch of its own', () => {
    const ids = ['4fbd40b2-aa', '1-1523590121', '۱۲۳', '007', '', 'x'.repeat(257), 'x'.repeat(256), null];
    const requests = ids.map((id) => raw({ id }));
    const decoded = decode(apacheBody(requests, { batches: ids.length }));
    expect(requestsOf(decoded).map((r) => r.id)).toEqual([
      '4fbd40b2-aa',
      '1-1523590121',
      '۱۲۳',
      '007',
      'x'.repeat(256),
    ]);
    expect(decoded.setAside).toEqual({ total: 3, byReason: { invalid_record: 3 } });
  });

  it('nulls in every optional column read as the contract says', () => {
    const requests = [raw({ id: '1', stage: null, status: 'closed', closed: T + 1 }), raw({ id: '2', updated: T })];
    const [first, second] = requestsOf(decode(apacheBody(requests, { categories: 'utf8', batches: 2 })));
    const none = { updated: 0, expected: 0, agency: '', channel: 'other', reporter: 'citizen', district: null };
    expect(first).toMatchObject({ ...none, stage: 'closed', closed: T + 1 });
    expect(second).toMatchObject({ ...none, stage: 'received', closed: 0, updated: T });
  });
});

describe('decodeArrowRequests: rows that break the rules', () => {
  const AFTER_2106 = 2 ** 32;
  const BROKEN: [string, Partial<RawRequest>][] = [
    ['invalid_record', { id: '' }],
    ['invalid_record', { id: 'x'.repeat(257) }],
    ['invalid_record', { id: null }],
    ['no_coordinates', { lon: null }],
    ['no_coordinates', { lat: NaN }],
    ['bad_coordinates', { lon: 180.5 }],
    ['bad_coordinates', { lat: -91, service: 'unknown' }],
    ['unknown_service', { service: 'graffiti' }],
    ['unknown_service', { service: null }],
    ['bad_stage', { stage: 'paused' }],
    ['bad_stage', { stage: null, status: 'pending' }],
    ['bad_stage', { stage: null, status: null }],
    ['bad_stage', { status: 'archived', requested: null }],
    ['bad_date', { requested: null }],
    ['bad_date', { requested: -1 }],
    ['bad_date', { requested: 0 }],
    ['bad_date', { requested: AFTER_2106 }],
    ['bad_date', { updated: -86_400 }],
    ['bad_date', { status: 'closed', stage: 'resolved', closed: AFTER_2106 + 5 }],
    ['bad_date', { expected: AFTER_2106 }],
    ['closed_before_requested', { status: 'closed', stage: 'resolved', closed: T - 1 }],
    ['stage_mismatch', { status: 'open', stage: 'resolved', closed: T + 1 }],
    ['stage_mismatch', { status: 'closed', stage: 'resolved' }],
    ['stage_mismatch', { status: 'closed', stage: 'received', closed: T + 1 }],
    ['stage_mismatch', { stage: null, status: 'open', closed: T + 1 }],
  ];
  const requests = [
    ...REQUESTS.slice(0, 3),
    ...BROKEN.map(([, fields], i) => raw({ id: `broken-${i}`, ...fields })),
    ...REQUESTS.slice(3),
  ];
  const tally = () => {
    const byReason: Record<string, number> = {};
    for (const [reason] of BROKEN) byReason[reason] = (byReason[reason] ?? 0) + 1;
    return byReason;
  };

  it.each<[string, BodyLayout]>([
    ['seconds', {}],
    ['nanoseconds in three batches', { time: 'ns', batches: 3 }],
    ['plain strings', { categories: 'utf8' }],
  ])('counts every reason and keeps the valid rows (%s)', (_, layout) => {
    const decoded = decode(apacheBody(requests, layout));
    expect(decoded.setAside.total).toBe(BROKEN.length);
    expect(decoded.setAside.byReason).toEqual(tally());
    expect(requestsOf(decoded)).toEqual(REQUESTS.map(decodedAs));
  });

  it('keeps the rows set aside by their ids, so a change that sends one again can replace it', () => {
    const decoded = decode(apacheBody(requests));
    const { byId, withoutId } = decoded.setAsideLedger;
    // The first three break the id itself.
    expect(withoutId).toEqual({ total: 3, byReason: { invalid_record: 3 } });
    expect(byId.size).toBe(BROKEN.length - 3);
    BROKEN.slice(3).forEach(([reason], i) => expect(byId.get(`broken-${i + 3}`)).toBe(reason));
    // A row whose id breaks the contract cannot be named: it is only counted.
    const unnamed = decode(
      apacheBody([raw({ id: '', lon: NaN }), raw({ id: 'x'.repeat(257) }), raw({ id: 'ok', lon: NaN })]),
    );
    expect(unnamed.setAsideLedger.withoutId).toEqual({ total: 2, byReason: { invalid_record: 2 } });
    expect([...unnamed.setAsideLedger.byId]).toEqual([['ok', 'no_coordinates']]);
  });

  it('sets aside by the rules’ order, the first rule broken giving the reason', () => {
    const first = raw({ id: '', lon: NaN, service: 'graffiti', requested: null });
    const second = raw({ id: 'a', lon: NaN, service: 'graffiti', requested: null });
    const third = raw({ id: 'b', service: 'graffiti', stage: 'paused' });
    const decoded = decode(apacheBody([first, second, third]));
    expect(decoded.setAside.byReason).toEqual({ invalid_record: 1, no_coordinates: 1, unknown_service: 1 });
  });
});

describe('decodeArrowRequests: bodies it cannot read', () => {
  const valid = apacheBody(REQUESTS);
  const failure = (bytes: Uint8Array) => {
    try {
      decode(bytes);
    } catch (error) {
      return error;
    }
    return null;
  };

  it('refuses what is not Arrow', () => {
    for (const body of ['{"requests": []}', 'service_request_id,lat\n1,2', 'ARROW1\0\0']) {
      expect(failure(new TextEncoder().encode(body))).toBeInstanceOf(ArrowFormatError);
    }
  });

  it.each([C.id, C.service, C.lon, C.lat, C.requested])('names a missing required column: %s', (name) => {
    const error = failure(apacheBody(REQUESTS, { omit: [name] }));
    expect(error).toBeInstanceOf(ArrowFormatError);
    expect((error as Error).message).toContain(`"${name}"`);
  });

  it('needs a stage or a status', () => {
    const error = failure(apacheBody(REQUESTS, { omit: [C.stage, C.status] }));
    expect(error).toBeInstanceOf(ArrowFormatError);
    expect((error as Error).message).toContain(C.stage);
  });

  it.each([
    [
      C.lon,
      vectorFromArray(
        REQUESTS.map((r) => String(r.lon)),
        new Utf8(),
      ),
    ],
    [
      C.requested,
      vectorFromArray(
        REQUESTS.map(() => BigInt(T)),
        new Int64(),
      ),
    ],
    [
      C.closed,
      vectorFromArray(
        REQUESTS.map(() => 'tomorrow'),
        new Utf8(),
      ),
    ],
    [
      C.service,
      vectorFromArray(
        REQUESTS.map(() => 1),
        new Float64(),
      ),
    ],
    [
      C.stage,
      vectorFromArray(
        REQUESTS.map(() => 1),
        new Float64(),
      ),
    ],
  ])('names a column of the wrong type: %s', (name, column) => {
    const error = failure(apacheBody(REQUESTS, { replace: { [name]: column } }));
    expect(error).toBeInstanceOf(ArrowFormatError);
    expect((error as Error).message).toContain(`"${name}"`);
  });

  it('throws nothing but ArrowFormatError for random, cut or damaged bodies', () => {
    const damaged = fc.oneof(
      fc.uint8Array({ maxLength: 2_000 }),
      fc.nat(valid.length).map((n) => valid.slice(0, n)),
      fc
        .array(fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 })
        .map((changes) => {
          const bytes = valid.slice();
          for (const [at, value] of changes) bytes[at] = value;
          return bytes;
        }),
    );
    fc.assert(
      fc.property(damaged, (bytes) => {
        const error = failure(bytes);
        expect(error === null || error instanceof ArrowFormatError, String(error)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
