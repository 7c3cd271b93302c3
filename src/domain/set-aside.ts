/**
 * Records that break the contract are never dropped silently: they are counted by reason and shown in the
 * data-quality note, and everything valid is still drawn.
 */
export const SET_ASIDE_REASONS = [
  'no_coordinates',
  'bad_coordinates',
  'outside_city',
  'unknown_service',
  'bad_stage',
  'bad_date',
  'closed_before_requested',
  'stage_mismatch',
  'invalid_record',
] as const;
export type SetAsideReason = (typeof SET_ASIDE_REASONS)[number];

export interface SetAside {
  total: number;
  byReason: Partial<Record<SetAsideReason, number>>;
}

export const NOTHING_SET_ASIDE: SetAside = { total: 0, byReason: {} };

/** Adds two set-aside tallies (e.g. decoding and district assignment). */
export function mergeSetAside(a: SetAside, b: SetAside): SetAside {
  const byReason = { ...a.byReason };
  for (const [reason, n] of Object.entries(b.byReason) as [SetAsideReason, number][]) {
    byReason[reason] = (byReason[reason] ?? 0) + n;
  }
  return { total: a.total + b.total, byReason };
}
