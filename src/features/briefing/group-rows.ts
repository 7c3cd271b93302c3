/**
 * The briefing's requests against distinct problems, by category group: the worker counts per category
 * (its table's service indexes), the catalogue says which group each category is in.
 */
import type { ServiceCounts } from '../../domain/briefing-counts';

export interface GroupRow {
  group: string;
  requests: number;
  problems: number;
}

/** The groups with any request, most requests first (then by group code, so the order never wavers). */
export function groupRows(
  counts: ServiceCounts,
  serviceCodes: readonly string[],
  groupOf: (serviceCode: string) => string,
): GroupRow[] {
  const rows = new Map<string, GroupRow>();
  serviceCodes.forEach((code, service) => {
    const requests = counts.requests[service] ?? 0;
    if (requests === 0) return;
    const group = groupOf(code);
    const row = rows.get(group) ?? { group, requests: 0, problems: 0 };
    row.requests += requests;
    row.problems += counts.problems[service] ?? 0;
    rows.set(group, row);
  });
  return [...rows.values()].sort((a, b) => b.requests - a.requests || (a.group < b.group ? -1 : 1));
}
