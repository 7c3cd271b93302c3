/**
 * The council briefing's sections, in the order they are read: the same list makes the printed pages and
 * the presenter's slides. A capability the city publishes no data for keeps its section, as one line that
 * says so, so the council sees what is missing rather than an empty chart.
 */
export const BRIEFING_SECTIONS = [
  'cover',
  'headline',
  'map',
  'requestsProblems',
  'recurring',
  'overdue',
  'scoreboards',
  'fiber',
  'eservices',
  'selfService',
] as const;
export type BriefingSectionId = (typeof BRIEFING_SECTIONS)[number];

/** Where a capability's data stands: as the fiber and e-service hooks report it. */
export type CapabilityStatus = 'loading' | 'ready' | 'absent' | 'failed';

export interface BriefingSection {
  id: BriefingSectionId;
  /** 'ready' draws the section's figures; any other state is its one line. */
  status: CapabilityStatus;
  /**
   * On paper the section begins a page. The headline shares the cover's page, and a one-line section
   * follows the one before it rather than take a page of its own.
   */
  newPage: boolean;
}

/** The briefing's sections for a city whose fiber and e-service data stand as given. */
export function briefingSections(capabilities: {
  fiber: CapabilityStatus;
  eservices: CapabilityStatus;
}): BriefingSection[] {
  return BRIEFING_SECTIONS.map((id) => {
    const status =
      id === 'fiber'
        ? capabilities.fiber
        : id === 'eservices' || id === 'selfService'
          ? capabilities.eservices
          : 'ready';
    return { id, status, newPage: id !== 'headline' && status === 'ready' };
  });
}

/** The pages the sections take on paper, when each fits on one page (the print layout's sizes see to it). */
export function printedPages(sections: readonly BriefingSection[]): number {
  return sections.filter((s, k) => k === 0 || s.newPage).length;
}
