/**
 * The GPU side of the request filter: the DataFilterExtension range that keeps exactly the drawable requests
 * the figures of the same filter count (`matchesFilter` in the domain).
 */
import { FIRST_CLOSED_STAGE } from '../../domain/vocabulary';
import type { DrawableRequests, FilterSpec } from '../../workers/request-protocol';

/** Inclusive [min, max] per filter value of DrawableRequests: minute, stage, category rank. */
export type FilterRange = [number, number][];

const MINUTE = 60;
const LAST_STAGE = 255;
const ANY_RANK: [number, number] = [0, 0xffff];
/** min > max keeps nothing. */
const NO_RANK: [number, number] = [1, 0];

/**
 * Requested in [from, to), in the status, in one of the categories. Periods are whole local days, so their
 * bounds are whole minutes and comparing minutes is exact. The categories of a filter are one catalogue
 * group, which the ranks keep together; any other set throws rather than draw what the figures don't count.
 */
export function requestFilterRange(
  spec: Pick<FilterSpec, 'from' | 'to' | 'status' | 'serviceCodes'>,
  drawable: Pick<DrawableRequests, 'minuteBase' | 'serviceRank'>,
  serviceCodes: readonly string[],
): FilterRange {
  const minutes: [number, number] = [
    Math.ceil((spec.from - drawable.minuteBase) / MINUTE),
    Math.ceil((spec.to - drawable.minuteBase) / MINUTE) - 1,
  ];
  const stages: [number, number] =
    spec.status === 'open'
      ? [0, FIRST_CLOSED_STAGE - 1]
      : spec.status === 'closed'
        ? [FIRST_CLOSED_STAGE, LAST_STAGE]
        : [0, LAST_STAGE];
  return [minutes, stages, rankRange(spec.serviceCodes, drawable.serviceRank, serviceCodes)];
}

function rankRange(
  allowed: string[] | null,
  serviceRank: Uint16Array,
  serviceCodes: readonly string[],
): [number, number] {
  if (!allowed) return ANY_RANK;
  const wanted = new Set(allowed);
  const ranks = serviceCodes.flatMap((code, i) => (wanted.has(code) ? [serviceRank[i]!] : []));
  if (ranks.length === 0) return NO_RANK;
  const min = Math.min(...ranks);
  const max = Math.max(...ranks);
  if (max - min + 1 !== ranks.length) throw new RangeError('The categories of a map filter must be one group');
  return [min, max];
}
