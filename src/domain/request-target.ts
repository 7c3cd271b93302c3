/**
 * A request's target and outcome, one rule for every figure: the time it has to be closed is its own due
 * time when the source gives one (Open311 `expected_datetime`), else its category's `sla_hours`; a request
 * closed with an outcome not given (Open311's plain `closed`) counts as resolved.
 */
import { NO_TIME, type RequestTable } from './request-table';
import { STAGES } from './vocabulary';

const HOUR = 3600;
const RESOLVED = STAGES.indexOf('resolved');
const CLOSED = STAGES.indexOf('closed');

/** Seconds row i has from receipt to closing; Infinity when it has no target. */
export function allowedSeconds(table: RequestTable, i: number, slaHours: Float64Array): number {
  const due = table.dueAt[i]!;
  if (due !== NO_TIME) return due - table.requestedAt[i]!;
  return (slaHours[table.service[i]!] ?? Infinity) * HOUR;
}

/** True for the stages that mean the work was done: resolved, or closed with no outcome given. */
export function isResolvedStage(stage: number): boolean {
  return stage === RESOLVED || stage === CLOSED;
}
