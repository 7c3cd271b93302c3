/** Names of the indexes the worker sends (service, area, agency) in the UI language. */
import type { Service } from '../../api/schemas';
import type { Language } from '../../i18n/translate';
import type { CityData } from '../city/use-city-data';

export interface FollowUpNames {
  service: (index: number) => string;
  area: (district: number, neighbourhood: number) => string;
  agency: (index: number) => string;
}

export function followUpNames(
  city: CityData,
  serviceCodes: string[],
  agencies: string[],
  language: Language,
  /** What an unnamed responsible unit is called (the source names none). */
  noAgency: string,
): FollowUpNames {
  const services = new Map<string, Service>(city.services.map((s) => [s.service_code, s]));
  const areaName = (f: { properties: { name: { fa: string; en: string } } } | undefined) =>
    f ? f.properties.name[language] : '';
  return {
    service: (i) => services.get(serviceCodes[i] ?? '')?.service_name[language] ?? serviceCodes[i] ?? '',
    area: (d, n) =>
      [areaName(city.districts.features[d]), areaName(city.neighbourhoods.features[n])]
        .filter(Boolean)
        .join(language === 'fa' ? '، ' : ', '),
    agency: (i) => agencies[i] || noAgency,
  };
}
