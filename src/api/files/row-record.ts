/**
 * A row of a dropped file (its cells as text) read as the table builder's RequestRecord, by the user's
 * plan. The builder then applies the rules every source's records meet, so a file's unreadable rows are set
 * aside with the same reasons as the API's. The category's code is its text when the file has no code
 * column (categories are derived from the data).
 */
import {
  MAX_ID_BYTES,
  NO_STAGE,
  NO_STATUS,
  STATUS_CLOSED,
  STATUS_OPEN,
  type RequestRecord,
} from '../../domain/request-record';
import { NO_TIME } from '../../domain/request-table';
import { CHANNELS, REPORTERS } from '../../domain/vocabulary';
import { MAX_NAME_LENGTH } from '../schemas';
import { dateReader, type DateReader } from './date-reading';
import type { DateField, FileField } from './file-fields';
import { ROW_NUMBER, type ImportPlan } from './import-plan';
import { readChannel, readCoordinate, readStage, readStatus } from './value-reading';

export interface FileRow {
  record: RequestRecord;
  /** The category's name as the row writes it ('' when the file names categories by code only). */
  serviceName: string;
}

/** Reads rows by a plan; `index` is the row's position among the data rows (0 for the first after the header). */
export type RowReader = (row: readonly string[], index: number) => FileRow;

const NO_DATE: DateReader = () => NO_TIME;
const OTHER_CHANNEL = CHANNELS.indexOf('other');
const CITIZEN = REPORTERS.indexOf('citizen');

/**
 * Status and stage from their cells: the stage cell's stage, else the one the status word names; a row
 * with neither is open or closed by whether it has a closing time.
 */
function lifecycle(statusText: string, stageText: string, closedAt: number): { status: number; stage: number } {
  const stage = readStage(stageText);
  if (statusText.trim() !== '') {
    const reading = readStatus(statusText);
    return { status: reading.status, stage: stage === NO_STAGE ? reading.stage : stage };
  }
  if (stage !== NO_STAGE) return { status: NO_STATUS, stage };
  return { status: closedAt === NO_TIME ? STATUS_OPEN : STATUS_CLOSED, stage: NO_STAGE };
}

export function rowReader(plan: ImportPlan): RowReader {
  const { columns } = plan;
  const cell = (field: FileField) => {
    const column = columns[field];
    return column === undefined ? () => '' : (row: readonly string[]) => row[column] ?? '';
  };
  const date = (field: DateField) => {
    const format = plan.dateFormats[field];
    return columns[field] === undefined || !format ? NO_DATE : dateReader(format, plan.timeZone);
  };
  const [readRequested, readUpdated, readClosed, readDue] = (
    ['requested_datetime', 'updated_datetime', 'closed_datetime', 'expected_datetime'] as const
  ).map((f) => [cell(f), date(f)] as const);
  const idCell = columns.service_request_id === ROW_NUMBER ? null : cell('service_request_id');
  const codeCell = cell('service_code');
  const nameCell = cell('service_name');
  const hasCode = columns.service_code !== undefined;
  const statusCell = cell('status');
  const stageCell = cell('stage');
  const channelCell = columns.channel === undefined ? null : cell('channel');
  const lat = cell('lat');
  const lon = cell('long');
  const agency = cell('agency_responsible');
  const district = cell('district_id');
  const at = ([text, read]: readonly [(row: readonly string[]) => string, DateReader], row: readonly string[]) =>
    read(text(row));

  return (row, index) => {
    const name = nameCell(row).trim().slice(0, MAX_NAME_LENGTH);
    const requestedAt = at(readRequested!, row);
    const closedAt = at(readClosed!, row);
    const { status, stage } = lifecycle(statusCell(row), stageCell(row), closedAt);
    const districtId = district(row).trim();
    let lonValue = readCoordinate(lon(row));
    let latValue = readCoordinate(lat(row));
    // Exports write 0, 0 for "no location" (the sea off Ghana is nobody's city).
    if (lonValue === 0 && latValue === 0) lonValue = latValue = NaN;
    return {
      serviceName: name,
      record: {
        id: idCell ? idCell(row).trim() : String(index + 1),
        serviceCode: hasCode ? codeCell(row).trim().slice(0, MAX_ID_BYTES) : name,
        stage,
        status,
        lon: lonValue,
        lat: latValue,
        requestedAt: requestedAt === NO_TIME ? NaN : requestedAt,
        updatedAt: at(readUpdated!, row),
        closedAt,
        dueAt: at(readDue!, row),
        agency: agency(row).trim().slice(0, MAX_NAME_LENGTH),
        channel: channelCell ? readChannel(channelCell(row)) : OTHER_CHANNEL,
        reporter: CITIZEN,
        districtId: districtId === '' ? null : districtId.slice(0, MAX_ID_BYTES),
      },
    };
  };
}
