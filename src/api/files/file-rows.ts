/**
 * The rows of a dropped file, chunk by chunk, into a request table: each row read by the plan, checked by
 * the table builder's rules, and its category noted — the categories of a file are those its rows name,
 * in order of first appearance, with no target time (a file's targets are its rows' own due dates).
 */
import type { BBox } from '../../domain/geometry';
import { RequestTableBuilder, type DecodedRequests } from '../../domain/request-table-builder';
import { isTimeZone, type Service } from '../schemas';
import type { ImportPlan } from './import-plan';
import { rowReader, type RowReader } from './row-record';

/** A service index is a Uint16 in the table. */
const MAX_CATEGORIES = 0x10000;

export interface FileRequests {
  decoded: DecodedRequests;
  /** The categories the rows name, as the dashboard's catalogue. */
  services: Service[];
  /** [west, south, east, north] of the kept rows; null when none was kept. */
  bbox: BBox | null;
  /** Earliest and latest request time kept, epoch seconds (NaN when none). */
  range: { from: number; to: number };
  /** Data rows read (kept and set aside). */
  rows: number;
}

export class FileRows {
  private readonly read: RowReader;
  private readonly builder: RequestTableBuilder;
  private readonly names = new Map<string, string>();
  private rows = 0;

  constructor(plan: ImportPlan, expectedRows = 1024) {
    // The dialog offers only the browser's zones; a stored plan from another browser may name one this lacks.
    if (!isTimeZone(plan.timeZone)) throw new Error(`unknown time zone: ${plan.timeZone}`);
    this.read = rowReader(plan);
    // A category is known when the row names one: the catalogue is what the rows name.
    this.builder = new RequestTableBuilder(
      (code) => code !== '' && (this.names.has(code) || this.names.size < MAX_CATEGORIES),
      expectedRows,
    );
  }

  /** Data rows read so far. */
  get rowCount(): number {
    return this.rows;
  }

  /** Adds data rows (cells as text), in file order. */
  add(rows: readonly (readonly string[])[]): void {
    for (const row of rows) {
      const { record, serviceName } = this.read(row, this.rows++);
      if (this.builder.append(record) === null && !this.names.has(record.serviceCode)) {
        this.names.set(record.serviceCode, serviceName || record.serviceCode);
      }
    }
  }

  finish(): FileRequests {
    const decoded = this.builder.finish();
    return { decoded, services: servicesOf(this.names), ...extentOf(decoded), rows: this.rows };
  }
}

function servicesOf(names: Map<string, string>): Service[] {
  return [...names].map(([code, name], i) => {
    const label = { fa: name, en: name };
    // Groups are URL keys (`?group=`): a short id rather than the category's own text.
    return {
      service_code: code,
      service_name: label,
      group: `c${i + 1}`,
      group_name: label,
      jurisdiction: 'municipal',
    };
  });
}

/** Where and when the kept rows are. */
function extentOf({ table }: DecodedRequests): Pick<FileRequests, 'bbox' | 'range'> {
  if (table.count === 0) return { bbox: null, range: { from: NaN, to: NaN } };
  let [west, south, east, north, from, to] = [Infinity, Infinity, -Infinity, -Infinity, Infinity, -Infinity];
  for (let i = 0; i < table.count; i++) {
    const lon = table.lon[i]!;
    const lat = table.lat[i]!;
    const t = table.requestedAt[i]!;
    if (lon < west) west = lon;
    if (lon > east) east = lon;
    if (lat < south) south = lat;
    if (lat > north) north = lat;
    if (t < from) from = t;
    if (t > to) to = t;
  }
  return { bbox: [west, south, east, north], range: { from, to } };
}
