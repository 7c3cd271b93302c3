/**
 * Who keeps the plan, in the manner of the request scoreboard (scoreboard.ts): by district and by
 * contractor, the on-time share of completions (completed on or before `planned_end` ÷ completed) and the
 * km built against the km due by `now`. Every score carries its inputs — the counts and the ids of the
 * segments behind them — so a click on a score opens to its segments. A completion is one piece of work:
 * it counts in the district holding most of the segment's length. The km of a district are its shares of
 * the segments, as in the progress panel and the burn-up chart (they are the burn-up's two lines at
 * `now`); a contractor's are its segments' whole lengths.
 */
import { burnUpAt, type AreaCurves, type FiberCurves } from './burn-up';
import { M_PER_KM, type FiberNetwork } from './network';

export interface OnTimeScore {
  /** Completed segments with a completion date, on or before their planned end, and after it. */
  onTimeIds: string[];
  lateIds: string[];
  completed: number;
  onTime: number;
  /** onTime ÷ completed; null when none is completed. */
  share: number | null;
}

export interface PlanScore {
  /** Km of the segments whose `planned_end` day has begun by `now`, and the ids of those segments. */
  dueKm: number;
  dueIds: string[];
  /** Km built by `now` (ahead of plan included), and their ids. */
  builtKm: number;
  builtIds: string[];
  /** builtKm ÷ dueKm: above 1 ahead of plan; null when nothing is due yet. */
  ratio: number | null;
}

export interface AccountabilityScore {
  onTime: OnTimeScore;
  plan: PlanScore;
}

export interface FiberAccountability {
  city: AccountabilityScore;
  byDistrict: AccountabilityScore[];
  byContractor: AccountabilityScore[];
}

/** The scores at `now` (epoch seconds), from the network and its curves (fiberCurves). */
export function fiberAccountability(network: FiberNetwork, curves: FiberCurves, now: number): FiberAccountability {
  const city = tally();
  const byDistrict = Array.from({ length: network.districtCount }, tally);
  const byContractor = Array.from({ length: network.contractorCount }, tally);
  const { start, district } = network.shares;
  for (let i = 0; i < network.count; i++) {
    const contractor = byContractor[network.contractor[i]!];
    for (const row of [city, byDistrict[network.district[i]!], contractor])
      if (row) countCompletion(row, network, i, now);
    const shared = [city, contractor];
    for (let k = start[i]!; k < start[i + 1]!; k++) shared.push(byDistrict[district[k]!]);
    for (const row of shared) if (row) countPlan(row, network, i, now);
    if (contractor) addKm(contractor, network, i, now);
  }
  const area = (row: Tally, c: AreaCurves) => {
    const { plannedKm, builtKm } = burnUpAt(c, now);
    return score({ ...row, dueKm: plannedKm, builtKm });
  };
  return {
    city: area(city, curves.city),
    byDistrict: byDistrict.map((row, d) => area(row, curves.byDistrict[d]!)),
    byContractor: byContractor.map(score),
  };
}

interface Tally {
  onTimeIds: string[];
  lateIds: string[];
  dueKm: number;
  dueIds: string[];
  builtKm: number;
  builtIds: string[];
}

const tally = (): Tally => ({ onTimeIds: [], lateIds: [], dueKm: 0, dueIds: [], builtKm: 0, builtIds: [] });

function countCompletion(row: Tally, network: FiberNetwork, i: number, now: number): void {
  const builtAt = network.builtAt[i]!;
  // A completion without a date is neither on time nor late.
  if (builtAt > now || !Number.isFinite(builtAt)) return;
  (builtAt <= network.plannedEndAt[i]! ? row.onTimeIds : row.lateIds).push(network.ids[i]!);
}

function countPlan(row: Tally, network: FiberNetwork, i: number, now: number): void {
  if (network.builtAt[i]! <= now) row.builtIds.push(network.ids[i]!);
  if (network.plannedEndAt[i]! <= now) row.dueIds.push(network.ids[i]!);
}

function addKm(row: Tally, network: FiberNetwork, i: number, now: number): void {
  const km = network.lengthM[i]! / M_PER_KM;
  if (network.builtAt[i]! <= now) row.builtKm += km;
  if (network.plannedEndAt[i]! <= now) row.dueKm += km;
}

function score(row: Tally): AccountabilityScore {
  const completed = row.onTimeIds.length + row.lateIds.length;
  const onTime = row.onTimeIds.length;
  return {
    onTime: {
      onTimeIds: row.onTimeIds,
      lateIds: row.lateIds,
      completed,
      onTime,
      share: completed === 0 ? null : onTime / completed,
    },
    plan: {
      dueKm: row.dueKm,
      dueIds: row.dueIds,
      builtKm: row.builtKm,
      builtIds: row.builtIds,
      ratio: row.dueKm === 0 ? null : row.builtKm / row.dueKm,
    },
  };
}
