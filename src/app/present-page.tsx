/**
 * The presenter (`present/`): the briefing's sections one per 16:9 slide, in large type for a projector,
 * moved with the arrows, Page Up / Page Down (a clicker), Space, Home and End. The URL keeps the slide
 * (replacing, not pushing: Back leaves the presentation rather than step through it), so a reload keeps it.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import type { AppConfig } from '../api/schemas';
import type { CitySource } from '../features/city/city-source';
import { BriefingSection } from '../features/briefing/briefing-section';
import type { BriefingData } from '../features/briefing/briefing-data';
import type { BriefingSection as Section } from '../features/briefing/briefing-sections';
import { RowLimitContext } from '../features/briefing/row-limit';
import { shownSlide, slideAfterKey } from '../features/briefing/slide-keys';
import { useSlideFit } from '../features/briefing/use-slide-fit';
import { ChartSizeContext } from '../ui/chart-frame';
import { useI18n } from '../ui/i18n-context';
import { BriefingRoute, type BriefingReady } from './briefing-load';

/** The charts' size on a slide of a 1920 × 1080 projector. */
const SLIDE_CHART = { width: 1200, height: 420 };
/** The rows of a table or list that a slide shows in type readable across a room. */
const SLIDE_ROWS = 8;

export function PresentPage({ config, source, tools }: { config: AppConfig; source: CitySource; tools?: ReactNode }) {
  return (
    <BriefingRoute page="present" config={config} source={source} tools={tools} mapSize={{ width: 1000, height: 520 }}>
      {(ready) => <Slides ready={ready} />}
    </BriefingRoute>
  );
}

function Slides({ ready }: { ready: BriefingReady }) {
  const { t, dir } = useI18n();
  const { sections, data, view, update } = ready;
  const count = sections.length;
  const slide = shownSlide(view.slide, count);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // Keys typed into a field (the language switch is a button; a select is a field) stay the field's.
      if (event.target instanceof HTMLSelectElement || event.altKey || event.ctrlKey || event.metaKey) return;
      const next = slideAfterKey(event, slide, count, dir);
      if (next === null) return;
      event.preventDefault();
      if (next !== slide) update({ slide: next }, 'replace');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [slide, count, dir, update]);
  const counter = t('present.counter', { slide: data.format.number(slide), count: data.format.number(count) });
  return (
    <main className="presenter" data-testid="presenter">
      <ChartSizeContext.Provider value={SLIDE_CHART}>
        <RowLimitContext.Provider value={SLIDE_ROWS}>
          {/* Every slide is laid out once and the others hidden: the map's picture is drawn on the first load,
              not when its slide comes up in front of the room. */}
          {sections.map((section, k) => (
            <Slide key={section.id} section={section} data={data} number={k + 1} shown={k === slide - 1} />
          ))}
        </RowLimitContext.Provider>
      </ChartSizeContext.Provider>
      <nav className="presenter__nav">
        <button
          type="button"
          data-testid="slide-previous"
          aria-label={t('present.previous')}
          disabled={slide === 1}
          onClick={() => update({ slide: slide - 1 }, 'replace')}
        >
          {dir === 'rtl' ? '→' : '←'}
        </button>
        <span
          data-testid="slide-counter"
          aria-live="polite"
          aria-label={t('present.label', { slide: data.format.number(slide), count: data.format.number(count) })}
        >
          {counter}
        </span>
        <button
          type="button"
          data-testid="slide-next"
          aria-label={t('present.next')}
          disabled={slide === count}
          onClick={() => update({ slide: slide + 1 }, 'replace')}
        >
          {dir === 'rtl' ? '←' : '→'}
        </button>
      </nav>
    </main>
  );
}

function Slide({
  section,
  data,
  number,
  shown,
}: {
  section: Section;
  data: BriefingData;
  number: number;
  shown: boolean;
}) {
  const box = useRef<HTMLDivElement>(null);
  useSlideFit(box, shown);
  return (
    <div
      ref={box}
      className="presenter__slide"
      data-testid={shown ? 'slide' : undefined}
      data-slide={number}
      data-section={section.id}
      hidden={!shown}
    >
      <BriefingSection section={section} data={data} />
    </div>
  );
}
