/** The follow-up of one scope as the panel shows it: figures against the previous period and its lists. */
import { compareWithPreviousPeriod } from '../domain/follow-up';
import { overdueRows } from '../domain/overdue';
import { largestProblems, topOpenProblems } from '../domain/problem-lists';
import { isStaffProblem, reporterCounts } from '../domain/problem-reporters';
import { scoreboard } from '../domain/scoreboard';
import type { ProblemSet } from '../domain/problem-set';
import { firstRow, lastRow, NO_PROBLEM } from '../domain/problem-set';
import type { RequestFilter } from '../domain/request-filter';
import type { RequestTable } from '../domain/request-table';
import { stringAt } from '../domain/string-column';
import type { FollowUpResult, OverdueItem, ProblemItem, ProblemLists } from './request-protocol';

const HOUR = 3600;
const OVERDUE_LIMIT = 50;
const TOP_PROBLEMS = 8;
const MATES_LIMIT = 50;

export interface FollowUpInputs {
  table: RequestTable;
  problems: ProblemSet;
  slaHours: Float64Array;
  jurisdiction: Uint8Array;
  districtCount: number;
}

export function followUpView(
  inputs: FollowUpInputs,
  filter: RequestFilter,
  cityFilter: RequestFilter,
  countBy: 'requests' | 'problems',
  now: number,
): FollowUpResult {
  const { table, problems, slaHours, jurisdiction } = inputs;
  const comparison = compareWithPreviousPeriod(table, filter, { now, slaHours, jurisdiction, countBy, problems });
  const overdue = Array.from(overdueRows(table, filter, { now, slaHours, jurisdiction, limit: OVERDUE_LIMIT }), (row) =>
    overdueItem(inputs, row, now),
  );
  const open = topOpenProblems(table, problems, filter, jurisdiction, TOP_PROBLEMS);
  const all = largestProblems(table, problems, filter, jurisdiction, TOP_PROBLEMS);
  const { items: topProblems, lists: problemLists } = listItems(inputs, open, all);
  const scores = scoreboard(table, cityFilter, { now, slaHours, jurisdiction, districtCount: inputs.districtCount });
  const reporters = reporterCounts(table, filter);
  return {
    comparison,
    overdue,
    topProblems,
    problemLists,
    problemCount: problems.count,
    reporters,
    scoreboard: scores,
  };
}

/** The items of both lists, each problem once, and each list as indexes into them. */
function listItems(
  inputs: FollowUpInputs,
  open: Uint32Array,
  all: Uint32Array,
): { items: ProblemItem[]; lists: ProblemLists } {
  const items: ProblemItem[] = [];
  const indexOf = new Map<number, number>();
  const index = (p: number) => {
    let k = indexOf.get(p);
    if (k === undefined) {
      k = items.push(problemItem(inputs, p)) - 1;
      indexOf.set(p, k);
    }
    return k;
  };
  return { items, lists: { open: Array.from(open, index), all: Array.from(all, index) } };
}

function overdueItem({ table, problems, slaHours }: FollowUpInputs, row: number, now: number): OverdueItem {
  const service = table.service[row]!;
  const problem = problems.problemOf[row]!;
  const mates: string[] = [];
  if (problem !== NO_PROBLEM) {
    for (const other of memberRows(problems, problem)) {
      if (mates.length === MATES_LIMIT) break;
      if (other !== row) mates.push(stringAt(table.ids, other));
    }
  }
  return {
    id: stringAt(table.ids, row),
    service,
    stage: table.stage[row]!,
    channel: table.channel[row]!,
    agency: table.agency[row]!,
    district: table.district[row]!,
    neighbourhood: table.neighbourhood[row]!,
    requestedAt: table.requestedAt[row]!,
    updatedAt: table.updatedAt[row]!,
    overdueHours: (now - table.requestedAt[row]!) / HOUR - slaHours[service]!,
    lon: table.lon[row]!,
    lat: table.lat[row]!,
    problemMates: mates,
  };
}

function problemItem({ table, problems }: FollowUpInputs, p: number): ProblemItem {
  const rows = memberRows(problems, p);
  const first = firstRow(problems, p);
  const positions = new Float32Array(rows.length * 2);
  rows.forEach((row, k) => {
    positions[2 * k] = table.lon[row]!;
    positions[2 * k + 1] = table.lat[row]!;
  });
  return {
    problem: p,
    service: problems.service[p]!,
    members: rows.length,
    open: problems.open[p]!,
    staff: isStaffProblem(table, problems, p),
    firstAt: table.requestedAt[first]!,
    lastAt: table.requestedAt[lastRow(problems, p)]!,
    lon: problems.centroidLon[p]!,
    lat: problems.centroidLat[p]!,
    district: table.district[first]!,
    neighbourhood: table.neighbourhood[first]!,
    positions,
  };
}

/** The table rows of problem p, in (requestedAt, id) order. */
function memberRows(problems: ProblemSet, p: number): Uint32Array {
  return problems.members.subarray(problems.memberStart[p]!, problems.memberStart[p + 1]!);
}
