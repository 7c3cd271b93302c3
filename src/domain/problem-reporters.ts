/**
 * Requests the city's own staff file (a crew reporting what it found: REPORTERS 'staff') are counted
 * apart from citizens' duplicates: they are clustered only with each other (see linkClass), and the
 * follow-up says how many of a scope's requests they are.
 */
import { firstRow, type ProblemSet } from './problem-set';
import { matchesFilter, type RequestFilter } from './request-filter';
import type { RequestTable } from './request-table';

/** The requests of a scope and how many of them the city's staff filed. */
export interface ReporterCounts {
  requests: number;
  staff: number;
}

/** The requests that pass the filter, and those of them filed by the city's staff (`reporter` ≠ 0). */
export function reporterCounts(table: RequestTable, filter: RequestFilter): ReporterCounts {
  let requests = 0;
  let staff = 0;
  for (let i = 0; i < table.count; i++) {
    if (!matchesFilter(table, i, filter)) continue;
    requests++;
    staff += Number(table.reporter[i]! > 0);
  }
  return { requests, staff };
}

/** Whether problem p is made of staff reports: all its requests are, or none (they are never linked). */
export function isStaffProblem(table: RequestTable, problems: ProblemSet, p: number): boolean {
  return table.reporter[firstRow(problems, p)]! > 0;
}
