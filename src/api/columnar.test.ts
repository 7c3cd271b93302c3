import { describe, expect, it } from 'vitest';
import { NO_AREA } from '../domain/request-table';
import { tableOf } from '../domain/test-tables';
import { STAGES } from '../domain/vocabulary';
import { ColumnarFormatError, decodeColumnar, encodeColumnar } from './columnar';

const T = 1_760_000_000;
const known = new Set(['s0', 's1', 's2']);

function encode(rows: Parameters<typeof tableOf>[0], district?: number[]) {
  const table = tableOf(rows);
  const d = Uint16Array.from(district ?? rows.map(() => 0));
  return { table, buffer: encodeColumnar({ table, district: d, districtIds: ['d1', 'd2'] }) };
}

describe('columnar requests', () => {
  it('round-trips every column of every valid row', () => {
    const { table, buffer } = encode(
      [
        { lon: 45.01, lat: 37.5, requestedAt: T, service: 2, stage: 'assigned' },
        { lon: 45.1, lat: 37.6, requestedAt: T + 60, closedAt: T + 7200, service: 1 },
      ],
      [1, NO_AREA],
    );
    const decoded = decodeColumnar(buffer, known);
    expect(decoded.setAside.total).toBe(0);
    expect([...decoded.table.id]).toEqual([...table.id]);
    expect([...decoded.table.lon]).toEqual([45.01, 45.1]);
    expect([...decoded.table.lat]).toEqual([37.5, 37.6]);
    expect([...decoded.table.requestedAt]).toEqual([T, T + 60]);
    expect([...decoded.table.closedAt]).toEqual([0, T + 7200]);
    expect([...decoded.table.service]).toEqual([2, 1]);
    expect([...decoded.table.stage]).toEqual([STAGES.indexOf('assigned'), STAGES.indexOf('resolved')]);
    expect(decoded.table.serviceCodes).toEqual(['s0', 's1', 's2']);
    expect([...decoded.apiDistrict]).toEqual([1, NO_AREA]);
    expect(decoded.districtIds).toEqual(['d1', 'd2']);
  });

  it('sets aside each broken row with its reason and keeps the rest', () => {
    const { buffer } = encode([
      { requestedAt: T },
      { lon: NaN, lat: NaN, requestedAt: T },
      { lon: 200, requestedAt: T },
      { requestedAt: 0 },
      { requestedAt: T, closedAt: T - 10 },
      { requestedAt: T, closedAt: T + 10, stage: 'in_progress' },
      { requestedAt: T, stage: 'resolved' },
    ]);
    const decoded = decodeColumnar(buffer, known);
    expect(decoded.table.count).toBe(1);
    expect(decoded.setAside).toEqual({
      total: 6,
      byReason: {
        no_coordinates: 1,
        bad_coordinates: 1,
        bad_date: 1,
        closed_before_requested: 1,
        stage_mismatch: 2,
      },
    });
  });

  it('sets aside rows whose category the API does not list', () => {
    const { buffer } = encode([
      { requestedAt: T, service: 0 },
      { requestedAt: T, service: 1 },
    ]);
    const decoded = decodeColumnar(buffer, new Set(['s1']));
    expect(decoded.table.count).toBe(1);
    expect(decoded.setAside.byReason).toEqual({ unknown_service: 1 });
  });

  it('keeps a header whose dictionaries hold Persian text', () => {
    const table = tableOf([{ requestedAt: T }]);
    table.agencies = ['شهرداری منطقه ۱', 'شرکت آب و فاضلاب'];
    const buffer = encodeColumnar({ table, district: Uint16Array.from([0]), districtIds: ['منطقه-۱'] });
    const decoded = decodeColumnar(buffer, known);
    expect(decoded.table.agencies).toEqual(['شهرداری منطقه ۱', 'شرکت آب و فاضلاب']);
    expect(decoded.districtIds).toEqual(['منطقه-۱']);
  });

  it('refuses a response that is not the columnar form, saying why', () => {
    expect(() => decodeColumnar(new TextEncoder().encode('{"data":[]}').buffer, known)).toThrow(ColumnarFormatError);
    const { buffer } = encode([{ requestedAt: T }]);
    expect(() => decodeColumnar(buffer.slice(0, buffer.byteLength - 16), known)).toThrow(/outside the response/);
  });
});
