/**
 * The smart-city programmes of a scope — the fiber network and the e-services with the self-service
 * rollout — as the progress page, the briefing and the wall all read them: the city's network and
 * figures at `now`, and the e-services of the period for the district (or the city).
 */
import type { CitySource } from '../features/city/city-source';
import type { CityData } from '../features/city/use-city-data';
import { useEServices } from '../features/eservices/use-eservices';
import { useFiber } from '../features/fiber/use-fiber';
import type { Language } from '../i18n/translate';

export function useProgrammes(inputs: {
  source: CitySource;
  city: CityData;
  period: { from: number; to: number };
  now: number;
  districtId: string | null;
  language: Language;
}) {
  const { source, city, period, now, districtId, language } = inputs;
  const { timezone: timeZone, calendar } = city.city;
  const fiber = useFiber(source, city.districts, true, { now, calendar, timeZone });
  const eservices = useEServices({ source, districts: city.districts, period, timeZone, now, districtId, language });
  return { fiber, eservices } as const;
}
