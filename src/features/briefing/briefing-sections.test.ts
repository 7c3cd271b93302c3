import { describe, expect, it } from 'vitest';
import { briefingSections, printedPages } from './briefing-sections';

describe('the briefing’s sections', () => {
  it('gives a city with every capability all ten, the headline on the cover’s page', () => {
    const sections = briefingSections({ fiber: 'ready', eservices: 'ready' });
    expect(sections.map((s) => s.id)).toEqual([
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
    ]);
    expect(sections.every((s) => s.status === 'ready')).toBe(true);
    expect(sections.filter((s) => !s.newPage).map((s) => s.id)).toEqual(['headline']);
    expect(printedPages(sections)).toBe(9);
  });

  it('keeps the fiber and e-service sections of a city without them, each a line that does not take a page', () => {
    const sections = briefingSections({ fiber: 'absent', eservices: 'failed' });
    expect(sections).toHaveLength(10);
    expect(sections.slice(-3)).toEqual([
      { id: 'fiber', status: 'absent', newPage: false },
      { id: 'eservices', status: 'failed', newPage: false },
      { id: 'selfService', status: 'failed', newPage: false },
    ]);
    // The three lines follow the scoreboards on their page.
    expect(printedPages(sections)).toBe(6);
  });
});
