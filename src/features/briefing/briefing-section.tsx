/**
 * One section of the briefing, as the printed page and the presenter's slide both show it: its heading and
 * its figures, or the one line that says why there are none.
 */
import type { ComponentType } from 'react';
import { useI18n } from '../../ui/i18n-context';
import type { BriefingData } from './briefing-data';
import type { BriefingSection as Section, BriefingSectionId } from './briefing-sections';
import { CoverSection, HeadlineSection } from './cover-headline';
import { OverdueSection, RecurringSection, RequestsProblemsSection } from './load-sections';
import { EServicesSection, FiberSection, ScoreboardsSection, SelfServiceSection } from './progress-sections';
import './briefing.css';

const BODIES: Record<BriefingSectionId, ComponentType<{ data: BriefingData }>> = {
  cover: CoverSection,
  headline: HeadlineSection,
  map: ({ data }) => data.map,
  requestsProblems: RequestsProblemsSection,
  recurring: RecurringSection,
  overdue: OverdueSection,
  scoreboards: ScoreboardsSection,
  fiber: FiberSection,
  eservices: EServicesSection,
  selfService: SelfServiceSection,
};

export function BriefingSection({ section, data }: { section: Section; data: BriefingData }) {
  const { t } = useI18n();
  const Body = BODIES[section.id];
  return (
    <section
      className={`briefing-section briefing-section--${section.id}`}
      data-testid="briefing-section"
      data-section={section.id}
      data-status={section.status}
      data-new-page={section.newPage}
      aria-labelledby={section.id === 'cover' ? undefined : `briefing-${section.id}`}
    >
      {section.id === 'cover' ? null : <h2 id={`briefing-${section.id}`}>{t(`briefing.section.${section.id}`)}</h2>}
      {section.status === 'ready' ? (
        <Body data={data} />
      ) : (
        <p className="empty-note" data-testid="briefing-no-data">
          {t(`progress.status.${section.status}`)}
        </p>
      )}
    </section>
  );
}
