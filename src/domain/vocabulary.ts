/**
 * The fixed vocabularies of the city's data. The API schemas build their enums from these lists and the
 * request table stores a value as its index in them. The indexes are internal (the API speaks the names),
 * but the order carries meaning: every open stage comes before every closed one.
 */

/** Who must act on a category: the municipality itself or an outside agency. */
export const JURISDICTIONS = ['municipal', 'water', 'power', 'gas', 'telecom', 'police', 'other'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

/**
 * The lifecycle of a request, finer than Open311's open/closed. `open` and `closed` are what a source that
 * only knows Open311's status (an Open311 endpoint, a 311 export) says: open at a stage not given, closed
 * with an outcome not given. Open stages first, closed stages after them.
 */
export const STAGES = [
  'received',
  'assigned',
  'in_progress',
  'open',
  'resolved',
  'rejected',
  'referred',
  'closed',
] as const;
export type Stage = (typeof STAGES)[number];

/** Stages in which a request is closed (Open311 status `closed`). */
export const CLOSED_STAGES: readonly Stage[] = ['resolved', 'rejected', 'referred', 'closed'];

/** Index in STAGES of the first closed stage: a stage code at or above it is closed. */
export const FIRST_CLOSED_STAGE = STAGES.indexOf('resolved');

/** The stage a request has when its source gives only Open311's status. */
export function stageOfStatus(status: 'open' | 'closed'): number {
  return STAGES.indexOf(status);
}

/**
 * How a request reached the city. `other` keeps every value a source sends beyond the four known ones
 * (a kiosk, a social-media desk, "UNKNOWN"), so such a request is counted, not set aside.
 */
export const CHANNELS = ['phone', 'app', 'web', 'in_person', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Index in CHANNELS of a channel name; an unknown or missing name is `other`. */
export function channelIndex(name: string | null | undefined): number {
  const i = name ? (CHANNELS as readonly string[]).indexOf(name) : -1;
  return i >= 0 ? i : CHANNELS.indexOf('other');
}

/**
 * Who filed a request: a citizen, or the city's own staff (a crew reporting what it found). Staff reports
 * are counted apart from citizens' duplicates.
 */
export const REPORTERS = ['citizen', 'staff'] as const;
export type Reporter = (typeof REPORTERS)[number];

export const SEGMENT_STATUSES = ['planned', 'under_construction', 'completed'] as const;
export type SegmentStatus = (typeof SEGMENT_STATUSES)[number];

export const ROLLOUT_STATUSES = ['planned', 'pilot', 'live'] as const;
export type RolloutStatus = (typeof ROLLOUT_STATUSES)[number];
