/**
 * The council briefing (`briefing/`): the URL's district (or the city) and period, section by section, laid
 * out for A4 paper. What is on screen is what prints: charts at fixed sizes, the map as a picture, the
 * controls hidden in print, and the page numbers with the data's "as of" time in the page margins.
 */
import { useEffect, type ReactNode } from 'react';
import type { AppConfig } from '../api/schemas';
import type { CitySource } from '../features/city/city-source';
import { BriefingSection } from '../features/briefing/briefing-section';
import { asOfText } from '../features/briefing/briefing-data';
import { printPageRule } from '../features/briefing/print-page';
import { AreaPeriodFields } from '../features/districts/area-period-fields';
import { ChartSizeContext } from '../ui/chart-frame';
import { useI18n, type I18n } from '../ui/i18n-context';
import { BriefingRoute, type BriefingReady } from './briefing-load';

/** The charts' size on A4 (180 mm of text width at 96 px to the inch is 680 px). */
const PAPER_CHART = { width: 660, height: 230 };

export function BriefingPage({ config, source, tools }: { config: AppConfig; source: CitySource; tools?: ReactNode }) {
  return (
    <BriefingRoute page="briefing" config={config} source={source} tools={tools} mapSize={{ width: 680, height: 560 }}>
      {(ready) => <PaperBriefing ready={ready} />}
    </BriefingRoute>
  );
}

function PaperBriefing({ ready }: { ready: BriefingReady }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { data, sections, view, update, city, mapReady } = ready;
  const footer = t('briefing.footer', {
    area: data.areaName,
    period: data.periodLabel,
    time: asOfText(data, t),
  });
  usePrintPage(footer, i18n);
  return (
    <main className="briefing" data-testid="briefing">
      <form className="briefing__controls" aria-label={t('briefing.controls')} onSubmit={(e) => e.preventDefault()}>
        <AreaPeriodFields
          city={city}
          testId="briefing"
          period={view.period}
          districtId={data.districtId}
          onPeriod={(period) => update({ period, from: null, to: null })}
          onDistrict={(id) => update({ district: id, neighbourhood: null }, 'push')}
        />
        <button
          type="button"
          className="briefing__print"
          data-testid="briefing-print"
          disabled={!mapReady}
          onClick={() => window.print()}
        >
          {mapReady ? t('briefing.print') : t('briefing.print.waiting')}
        </button>
      </form>
      <ChartSizeContext.Provider value={PAPER_CHART}>
        {sections.map((section) => (
          <BriefingSection key={section.id} section={section} data={data} />
        ))}
      </ChartSizeContext.Provider>
    </main>
  );
}

/**
 * The page's `@page` rule while the briefing is open, in a constructed stylesheet: the app runs under a
 * Content-Security-Policy without inline styles, which refuses a `<style>` element but not the CSSOM.
 */
function usePrintPage(footer: string, i18n: I18n) {
  useEffect(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(printPageRule({ footer, digits: i18n.language === 'fa' ? 'persian' : 'decimal', dir: i18n.dir }));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [footer, i18n]);
}
