/**
 * The fixed vocabularies of the city's data. The API schemas build their enums from these lists and the
 * request table stores a value as its index in them, so the order here is part of the binary contract:
 * append only.
 */

/** Who must act on a category: the municipality itself or an outside agency. */
export const JURISDICTIONS = ['municipal', 'water', 'power', 'gas', 'telecom', 'police', 'other'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

/** The lifecycle of a request, finer than Open311's open/closed. */
export const STAGES = ['received', 'assigned', 'in_progress', 'resolved', 'rejected', 'referred'] as const;
export type Stage = (typeof STAGES)[number];

/** Stages in which a request is closed (Open311 status `closed`). */
export const CLOSED_STAGES: readonly Stage[] = ['resolved', 'rejected', 'referred'];

/** Index in STAGES of the first closed stage: a stage code at or above it is closed. */
export const FIRST_CLOSED_STAGE = STAGES.indexOf('resolved');

export const CHANNELS = ['phone', 'app', 'web', 'in_person'] as const;
export type Channel = (typeof CHANNELS)[number];

export const SEGMENT_STATUSES = ['planned', 'under_construction', 'completed'] as const;
export type SegmentStatus = (typeof SEGMENT_STATUSES)[number];

export const ROLLOUT_STATUSES = ['planned', 'pilot', 'live'] as const;
export type RolloutStatus = (typeof ROLLOUT_STATUSES)[number];
