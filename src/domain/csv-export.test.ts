import { describe, expect, it } from 'vitest';
import { BOM, csvText, exportFileName, problemsCsv, requestsCsv } from './csv-export';
import { clusterRequests } from './problem-clustering';
import { everyRequest, tableOf } from './test-tables';

const T0 = 1_760_000_000;
const DAY = 86_400;
const names = { districtIds: ['منطقه-۱', 'd2'], neighbourhoodIds: ['n1'] };

/** Splits a CSV text into rows of fields (enough of RFC 4180 for these files: quotes, doubled quotes). */
function parse(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      endField();
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}

describe('CSV export', () => {
  it('quotes what must be quoted and keeps would-be formulas as text', () => {
    expect(csvText('plain')).toBe('plain');
    expect(csvText('a, "b"\nc')).toBe('"a, ""b""\nc"');
    expect(csvText('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvText('+98 44')).toBe("'+98 44");
    expect(csvText('-1')).toBe("'-1");
  });

  it('writes every request of the filter with its distinct problem, after a byte-order mark', () => {
    const table = tableOf([
      { requestedAt: T0, district: 0, neighbourhood: 0 },
      { requestedAt: T0 + 60, district: 0 },
      { requestedAt: T0 + DAY, district: 1, lon: 45.2, closedAt: T0 + 2 * DAY },
      { requestedAt: T0 + 40 * DAY, district: 1 },
    ]);
    const problems = clusterRequests(table);
    const text = requestsCsv(table, problems, everyRequest(T0, T0 + 30 * DAY), names);
    expect(text.startsWith(BOM)).toBe(true);
    const rows = parse(text.slice(1));
    expect(rows[0]![0]).toBe('service_request_id');
    expect(rows.slice(1).map((r) => r[0])).toEqual(['1', '2', '3']);
    const column = (name: string) => rows.slice(1).map((r) => r[rows[0]!.indexOf(name)]);
    expect(column('district_id')).toEqual(['منطقه-۱', 'منطقه-۱', 'd2']);
    expect(column('status')).toEqual(['open', 'open', 'closed']);
    expect(column('requested_datetime')[0]).toBe(new Date(T0 * 1000).toISOString());
    // The two requests a minute apart at one spot are one problem; the third is its own.
    const [a, b, c] = column('problem_id');
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it('writes each distinct problem once, with its size in the load and in the selection', () => {
    const table = tableOf([
      { requestedAt: T0, district: 0 },
      { requestedAt: T0 + DAY, district: 0 },
      { requestedAt: T0 + 2 * DAY, district: 0 },
    ]);
    const problems = clusterRequests(table);
    const rows = parse(problemsCsv(table, problems, everyRequest(T0, T0 + DAY + 1), names).slice(1));
    expect(rows).toHaveLength(2);
    const header = rows[0]!;
    expect(rows[1]![header.indexOf('requests')]).toBe('3');
    expect(rows[1]![header.indexOf('requests_in_selection')]).toBe('2');
  });

  it('names the file by what, where, which days and which filter, in the city’s days', () => {
    const from = Date.parse('2026-03-20T20:30:00Z') / 1000; // 21 March in Tehran
    const to = Date.parse('2026-12-01T20:30:00Z') / 1000;
    const name = exportFileName('problems', {
      area: 'منطقه ۱/شمال',
      from,
      to,
      timeZone: 'Asia/Tehran',
      group: 'roads',
      status: 'open',
    });
    expect(name).toBe('shahrnama-problems-منطقه_۱_شمال-2026-03-21_2026-12-01-roads-open.csv');
  });
});

describe('the map image file name', () => {
  it('names the view as the CSV of the same view does, with what it is and its own extension', () => {
    const parts = {
      area: 'd2',
      from: Date.parse('2026-03-20T20:30:00Z') / 1000,
      to: Date.parse('2026-04-20T20:30:00Z') / 1000,
      timeZone: 'Asia/Tehran',
      group: null,
      status: 'all',
    };
    expect(exportFileName('map', parts, 'png')).toBe('shahrnama-map-d2-2026-03-21_2026-04-20.png');
    expect(exportFileName('requests', parts)).toBe('shahrnama-requests-d2-2026-03-21_2026-04-20.csv');
  });
});
