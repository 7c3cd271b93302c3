/**
 * The CSV import under random input: whatever the header and the cells, matching the columns, drafting a
 * plan and reading the rows never throw, and every row read is either kept or set aside with a reason.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchColumns } from './column-match';
import { FILE_FIELDS } from './file-fields';
import { FileRows } from './file-rows';
import { DATE_FORMATS } from './date-reading';
import { draftPlan } from './import-plan';

/** Cells that look like the values of real exports, and some that only nearly do. */
const cell = fc.oneof(
  fc.string(),
  fc.constantFrom('', ' ', 'NULL', 'N/A', '0', '-0', '1e400', 'NaN', '۱۲۳', '٤٥٫٦', '40.66', '-73.99'),
  fc.constantFrom('03/01/2011 02:27:57 PM', '2011-03-01T14:27:57', '1399/11/05', '01/01/1900', '44197.5', '13/13/2013'),
  fc.constantFrom('Closed', 'Open', 'Pending', 'resolved', 'PHONE', 'Mobile', 'other'),
);
const header = fc.oneof(
  fc.string(),
  fc.constantFrom(...FILE_FIELDS),
  fc.constantFrom('Unique Key', 'Created Date', 'Latitude', 'Longitude', 'Complaint Type', 'Status', 'Kategorie'),
);

describe('the CSV import under random input', () => {
  it('matches, plans and reads any file without throwing, and accounts for every row', () => {
    fc.assert(
      fc.property(
        fc.array(header, { minLength: 1, maxLength: 12 }),
        fc.array(fc.array(cell, { maxLength: 14 }), { maxLength: 30 }),
        fc.constantFrom('UTC', 'Asia/Tehran', 'America/New_York', 'Pacific/Chatham'),
        fc.option(fc.constantFrom(...DATE_FORMATS)),
        (headers, rows, timeZone, forced) => {
          const { plan } = draftPlan(matchColumns(headers), rows, timeZone);
          // The user may pick any format for the received date in the dialog.
          if (forced !== null && plan.columns.requested_datetime !== undefined) {
            plan.dateFormats.requested_datetime = forced;
          }
          const reader = new FileRows(plan);
          reader.add(rows);
          const { decoded, rows: read } = reader.finish();
          expect(read).toBe(rows.length);
          expect(decoded.table.count + decoded.setAside.total).toBe(rows.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses a plan whose time zone this browser does not know, naming it, before reading a row', () => {
    const { plan } = draftPlan(matchColumns(['id', 'lat', 'long', 'requested_datetime']), [], 'UTC');
    expect(() => new FileRows({ ...plan, timeZone: 'Mars/Olympus' })).toThrow('unknown time zone: Mars/Olympus');
  });
});
