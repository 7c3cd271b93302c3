/**
 * The council briefing of the URL's selection — its district (or the city) and period — as the briefing
 * page and the presenter both draw it: every figure of every section, read once. The briefing counts every
 * request of every status and group (a link from the desk keeps only its area and period), by requests,
 * with the problems beside them.
 */
import { useMemo } from 'react';
import { burnUpSeries } from '../domain/fiber/burn-up';
import type { CitySource } from '../features/city/city-source';
import type { BriefingData } from '../features/briefing/briefing-data';
import { briefingSections } from '../features/briefing/briefing-sections';
import { groupRows } from '../features/briefing/group-rows';
import type { I18n } from '../ui/i18n-context';
import { useScopeFigures, type ScopeInputs } from './use-scope-figures';
import { useProgrammes } from './use-programmes';
import type { ViewState } from './url-state';

/** The briefing's scope: every status, group and layer off, counted by requests. */
function briefingView(view: ViewState): ViewState {
  return { ...view, status: 'all', countBy: 'requests', group: null, layers: [] };
}

export function useBriefingData(
  inputs: Omit<ScopeInputs, 'view' | 'withBriefing' | 'noAgency'> & {
    view: ViewState;
    source: CitySource;
    asOf: number;
    i18n: I18n;
  },
) {
  const { city, view, now, i18n, source } = inputs;
  const { t, language } = i18n;
  const scopeView = useMemo(() => briefingView(view), [view]);
  const scope = useScopeFigures({ ...inputs, view: scopeView, noAgency: t('agency.none'), withBriefing: true });
  const { timeZone, calendar, format, selection, period, result, names } = scope;
  const district = selection.district;
  const { fiber, eservices } = useProgrammes({ source, city, period, now, districtId: district?.id ?? null, language });
  const sections = useMemo(
    () => briefingSections({ fiber: fiber.status, eservices: eservices.status }),
    [fiber.status, eservices.status],
  );
  const fiberData = useMemo(() => {
    if (!fiber.figures || !fiber.model) return null;
    const pick = <T>(byArea: { city: T; byDistrict: T[] }) =>
      district ? byArea.byDistrict[district.index]! : byArea.city;
    const curves = pick(fiber.model.curves);
    const progress = pick(fiber.figures.progress);
    return {
      progress,
      forecast: pick(fiber.figures.forecasts),
      forecasts: district ? null : fiber.figures.forecasts,
      series: progress.share === null ? null : burnUpSeries(curves, now, calendar, timeZone),
    };
  }, [fiber.figures, fiber.model, district, now, calendar, timeZone]);
  const serviceCodes = inputs.loaded?.serviceCodes;
  const data = useMemo<Omit<BriefingData, 'map'> | null>(() => {
    if (!result?.briefing || !serviceCodes) return null;
    const catalogue = new Map(city.services.map((s) => [s.service_code, s]));
    const groupNames = new Map(city.services.map((s) => [s.group, s.group_name[language]]));
    const districtName = (id: string) =>
      city.districts.features.find((f) => f.properties.id === id)?.properties.name[language] ?? id;
    return {
      areaName: district ? district.name[language] : city.city.name[language],
      districtId: district?.id ?? null,
      periodLabel: period.label(format),
      asOf: inputs.asOf,
      now,
      format,
      timeZone,
      followUp: result.followUp,
      counts: result.briefing,
      groups: {
        current: groupRows(result.briefing.services, serviceCodes, (code) => catalogue.get(code)?.group ?? code),
        groupName: (group) => groupNames.get(group) ?? group,
      },
      names,
      districtName,
      districtNameAt: (index) => city.districts.features[index]?.properties.name[language] ?? '',
      fiber: fiberData,
      eservices,
    };
  }, [
    result,
    serviceCodes,
    city,
    language,
    district,
    period,
    format,
    inputs.asOf,
    now,
    timeZone,
    names,
    fiberData,
    eservices,
  ]);
  return { data, sections, scope } as const;
}
