import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BAD_CODE,
  NO_STAGE,
  NO_STATUS,
  STATUS_CLOSED,
  STATUS_OPEN,
  recordProblem,
  type RequestRecord,
} from '../../domain/request-record';
import { STAGES } from '../../domain/vocabulary';
import { decodeArrowRequests } from './arrow-requests';
import { dropRows, dropStrings } from './arrow-rows';
import { stringAt, stringColumnOf } from '../../domain/string-column';
import { T, apacheBody, knownService, raw, requestsOf, type RawRequest } from './test-bodies';

const decode = (bytes: Uint8Array) => decodeArrowRequests(bytes, knownService);

describe('checkRows: the same rules as a JSON record', () => {
  /** The same request as the JSON path reads it (request-schema), for `recordProblem`. */
  const asRecord = (r: RawRequest): RequestRecord => {
    const seconds = (t: number | null) => (t === null ? 0 : t >= 0 && t <= 0xffffffff ? t : NaN);
    const stage = (STAGES as readonly string[]).indexOf(r.stage ?? '');
    return {
      id: r.id ?? '',
      serviceCode: r.service ?? '',
      stage: r.stage === null ? NO_STAGE : stage === -1 ? BAD_CODE : stage,
      status:
        r.status === null
          ? NO_STATUS
          : r.status === 'open'
            ? STATUS_OPEN
            : r.status === 'closed'
              ? STATUS_CLOSED
              : BAD_CODE,
      lon: r.lon ?? NaN,
      lat: r.lat ?? NaN,
      requestedAt: seconds(r.requested),
      updatedAt: seconds(r.updated),
      closedAt: seconds(r.closed),
      dueAt: seconds(r.expected),
      agency: '',
      channel: 0,
      reporter: 0,
      districtId: null,
    };
  };
  /** Mostly the valid value, now and then each way of breaking it. */
  const often = <T>(valid: T, ...broken: T[]) =>
    fc.oneof({ arbitrary: fc.constant(valid), weight: 6 * broken.length }, ...broken.map((b) => fc.constant(b)));
  const anyStage = fc.constantFrom<string | null>(...STAGES, 'paused', null);
  const request = fc.record({
    id: often<string | null>('', 'x'.repeat(257), null),
    service: often<string | null>('pothole', 'graffiti', null),
    status: fc.constantFrom<string | null>('open', 'closed', 'open', 'closed', 'pending', null),
    stage: anyStage,
    lon: often<number | null>(45.07, -181, 200, NaN, null),
    lat: often<number | null>(37.55, -91, 90.5, null),
    requested: often<number | null>(T, 0, -5, 2 ** 32, null),
    updated: often<number | null>(T + 5, -1, 2 ** 32),
    closed: fc.constantFrom<number | null>(null, null, T + 9, T + 9, T - 9, 2 ** 32 + 1),
    expected: often<number | null>(null, T + 99, -1),
  });
  const layout = fc.record({
    time: fc.constantFrom<'s' | 'ns'>('s', 'ns'),
    categories: fc.constantFrom<'int8' | 'int32' | 'utf8'>('int8', 'int32', 'utf8'),
    batches: fc.integer({ min: 1, max: 3 }),
  });

  it('keeps and sets aside every row as recordProblem does, with its reason', () => {
    fc.assert(
      fc.property(fc.array(request, { minLength: 1, maxLength: 40 }), layout, (drawn, bodyLayout) => {
        // Unique ids for the rows whose id is not one of the broken ones, so the kept rows can be named.
        const requests = drawn.map((r, i) =>
          raw({ ...r, id: r.id === '' && r.service === 'pothole' ? `r${i}` : r.id }),
        );
        const verdicts = requests.map((r) => recordProblem(asRecord(r), knownService));
        const byReason: Record<string, number> = {};
        for (const v of verdicts) if (v) byReason[v] = (byReason[v] ?? 0) + 1;
        const decoded = decode(apacheBody(requests, bodyLayout));
        expect(decoded.setAside.byReason).toEqual(byReason);
        expect(requestsOf(decoded).map((r) => r.id)).toEqual(requests.filter((_, i) => !verdicts[i]).map((r) => r.id));
      }),
      { numRuns: 150 },
    );
  });
});

describe('dropRows and dropStrings', () => {
  const drawn = fc
    .array(fc.tuple(fc.nat(1_000), fc.string({ unit: 'grapheme', maxLength: 4 }), fc.boolean()), { maxLength: 60 })
    .map((rows) => ({
      numbers: rows.map(([n]) => n),
      texts: rows.map(([, t]) => t),
      dropped: rows.flatMap(([, , drop], i) => (drop ? [i] : [])),
    }));

  it('keep the other rows, in order, in place', () => {
    fc.assert(
      fc.property(drawn, ({ numbers, texts, dropped }) => {
        const n = numbers.length;
        const keep = (_: unknown, i: number) => !dropped.includes(i);
        const column = Float64Array.from(numbers);
        const kept = dropRows(column, dropped, n);
        expect(Array.from(kept)).toEqual(numbers.filter(keep));
        expect(kept.buffer).toBe(column.buffer);
        const strings = dropStrings(stringColumnOf(texts), dropped, n);
        expect(Array.from({ length: n - dropped.length }, (_, i) => stringAt(strings, i))).toEqual(texts.filter(keep));
        expect(strings.bytes.length).toBe(strings.offsets[n - dropped.length]);
      }),
    );
  });
});
