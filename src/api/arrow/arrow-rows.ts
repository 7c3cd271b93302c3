/**
 * The rules every row of an Arrow body meets (`rowProblem`, the same as for a JSON record), checked over
 * the columns as they were read, and the set-aside rows taken out of them afterwards.
 */
import {
  BAD_CODE,
  NO_STATUS,
  STATUS_CLOSED,
  STATUS_OPEN,
  rowProblem,
  MAX_ID_BYTES,
  type RowFacts,
} from '../../domain/request-record';
import type { SetAsideReason } from '../../domain/set-aside';
import type { StringColumn } from '../../domain/string-column';
import { FIRST_CLOSED_STAGE, STAGES, stageOfStatus } from '../../domain/vocabulary';

/** A stage or status the row (or the whole body) does not give. */
export const ABSENT = 0xfe;

/** The columns the rules look at, read for every row of the body. */
export interface RowColumns {
  idOffsets: Uint32Array;
  lon: Float64Array;
  lat: Float64Array;
  requestedAt: Uint32Array;
  updatedAt: Uint32Array;
  closedAt: Uint32Array;
  dueAt: Uint32Array;
  service: Uint16Array;
  /** 1 for a service code of the catalogue, by service code index (65,536 entries). */
  serviceKnown: Uint8Array;
  /** STAGES index or BAD_CODE, once `resolveStages` has run. */
  stage: Uint8Array;
  /** STATUS_OPEN, STATUS_CLOSED, BAD_CODE or ABSENT. */
  status: Uint8Array;
}

export interface RowVerdicts {
  /** The rows set aside, in ascending order. */
  dropped: number[];
  /** Why each of them was set aside, in the same order. */
  reasons: SetAsideReason[];
}

const OPEN = stageOfStatus('open');
const CLOSED = stageOfStatus('closed');

/**
 * Gives each row without a stage of its own (ABSENT) the stage it is stored with (`effectiveStage`):
 * Open311's generic `open` or `closed` for its status, BAD_CODE when it has no usable status. The rules
 * read that stage with the status exactly as they read "no stage" with it, so the checks see no ABSENT.
 * Such rows are found with `indexOf`, a native search: next to nothing when every row has its stage.
 */
export function resolveStages(stage: Uint8Array, status: Uint8Array): void {
  for (let i = stage.indexOf(ABSENT); i >= 0; i = stage.indexOf(ABSENT, i + 1)) {
    const given = status[i];
    stage[i] = given === STATUS_OPEN ? OPEN : given === STATUS_CLOSED ? CLOSED : BAD_CODE;
  }
}

/** By stage code: 1 for a closed stage, 0 for an open one, 2 for BAD_CODE or anything else. */
const SHUT = new Uint8Array(256).fill(2);
STAGES.forEach((_, stage) => (SHUT[stage] = stage >= FIRST_CLOSED_STAGE ? STATUS_CLOSED : STATUS_OPEN));

/**
 * Marks the rows with a time that could not be read by a requested time of 0. The rules set such a row
 * aside as `bad_date` whichever of its times it is (unless an earlier rule already sets it aside), and they
 * do the same for a requested time of 0: the checks need no column of their own for it.
 */
export function markUnreadable(requestedAt: Uint32Array, rows: readonly number[]): void {
  for (const row of rows) requestedAt[row] = 0;
}

/**
 * Checks rows 0 … n-1. A row that passes the test inline here meets every rule of `rowProblem` (the test
 * is those rules written over these columns); any other row is judged by `rowProblem` itself, which
 * names the reason. A body whose rows are all valid costs one pass of comparisons on typed arrays, with
 * no call, no object and no write.
 */
export function checkRows(c: RowColumns, n: number): RowVerdicts {
  const { idOffsets, lon, lat, requestedAt, closedAt, service, serviceKnown, stage, status } = c;
  const verdicts: RowVerdicts = { dropped: [], reasons: [] };
  let idStart = idOffsets[0]!;
  for (let i = 0; i < n; i++) {
    const idEnd = idOffsets[i + 1]!;
    const idLength = idEnd - idStart;
    idStart = idEnd;
    const x = lon[i]!;
    const y = lat[i]!;
    const given = status[i]!;
    // Closed-ness as the status codes write it: a valid status must equal it, and it says whether the row
    // must have a closing time.
    const shut = SHUT[stage[i]!]!;
    const requested = requestedAt[i]!;
    const closed = closedAt[i]!;
    // Each test is true for every valid row, so that its branch is always predicted: half the rows are
    // closed, and a test of `closed === 0` cost a mispredicted branch every other row (the pass took
    // 2.7 times as long). `(closed | -closed) >>> 31` is 1 for a closing time and 0 for none; and with
    // `- 1` wrapping 0 to the largest Uint32, one unsigned comparison says "none, or not before requested".
    const valid =
      idLength > 0 &&
      idLength <= MAX_ID_BYTES &&
      x >= -180 &&
      x <= 180 &&
      y >= -90 &&
      y <= 90 &&
      serviceKnown[service[i]!] === 1 &&
      shut !== 2 &&
      (given === ABSENT || given === shut) &&
      requested !== 0 &&
      (closed | -closed) >>> 31 === shut &&
      (closed - 1) >>> 0 >= (requested - 1) >>> 0;
    if (!valid) judge(c, i, verdicts);
  }
  return verdicts;
}

const facts: RowFacts = {
  idLength: 0,
  lon: 0,
  lat: 0,
  serviceKnown: false,
  stage: 0,
  status: 0,
  requestedAt: 0,
  updatedAt: 0,
  closedAt: 0,
  dueAt: 0,
};

/** Row i by the rules themselves: set aside with its reason, or kept (its stage is already the stored one). */
function judge(c: RowColumns, i: number, verdicts: RowVerdicts): void {
  facts.idLength = c.idOffsets[i + 1]! - c.idOffsets[i]!;
  facts.lon = c.lon[i]!;
  facts.lat = c.lat[i]!;
  facts.serviceKnown = c.serviceKnown[c.service[i]!] === 1;
  facts.stage = c.stage[i]!;
  facts.status = c.status[i] === ABSENT ? NO_STATUS : c.status[i]!;
  facts.requestedAt = c.requestedAt[i]!;
  facts.updatedAt = c.updatedAt[i]!;
  facts.closedAt = c.closedAt[i]!;
  facts.dueAt = c.dueAt[i]!;
  const reason = rowProblem(facts);
  if (reason === null) return;
  verdicts.dropped.push(i);
  verdicts.reasons.push(reason);
}

type Column = Float64Array | Uint32Array | Uint16Array | Uint8Array;

/**
 * Takes the `dropped` rows (ascending) out of each column of `n` rows, in place: the kept rows move down
 * in runs (a few long ones, set-aside rows being few), and each column becomes a view of its first
 * n - dropped.length rows. Nothing is allocated, and a body with no row set aside costs nothing.
 */
export function dropRows<T extends Column>(column: T, dropped: readonly number[], n: number): T {
  if (dropped.length === 0) return column;
  let to = dropped[0]!;
  for (let k = 0; k < dropped.length; k++) {
    const from = dropped[k]! + 1;
    const end = k + 1 < dropped.length ? dropped[k + 1]! : n;
    if (end > from) column.copyWithin(to, from, end);
    to += end - from;
  }
  return column.subarray(0, to) as T;
}

/** The same for a string column: bytes and offsets move down in place. */
export function dropStrings(column: StringColumn, dropped: readonly number[], n: number): StringColumn {
  if (dropped.length === 0) return column;
  const { offsets, bytes } = column;
  let row = dropped[0]!;
  let byte = offsets[row]!;
  for (let k = 0; k < dropped.length; k++) {
    const from = dropped[k]! + 1;
    const end = k + 1 < dropped.length ? dropped[k + 1]! : n;
    const start = offsets[from]!;
    const stop = offsets[end]!;
    bytes.copyWithin(byte, start, stop);
    // Each kept row's end moves down by the bytes dropped before it; the writes stay behind the reads.
    const shift = start - byte;
    for (let r = from; r < end; r++) offsets[++row] = offsets[r + 1]! - shift;
    byte += stop - start;
  }
  return { offsets: offsets.subarray(0, row + 1), bytes: bytes.subarray(0, byte) };
}
