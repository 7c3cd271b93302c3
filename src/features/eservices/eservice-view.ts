/**
 * What the e-service block, the district line and the map layer show, from the city's e-service data and
 * the period: every figure is the domain's (src/domain/eservices/), shaped here for one scope — the city
 * or a district — so the map, the chart and the table of one period read the same transactions.
 */
import type { EServiceData } from '../../api/eservices';
import type { DistrictCollection } from '../../api/schemas';
import { isoDayOf } from '../../domain/calendar';
import { cityTrend, districtMonthShares, type CityTrend } from '../../domain/eservices/district-shares';
import {
  addMonths,
  commonMonths,
  monthRangeOfPeriod,
  usageMonthRange,
  type MonthRange,
} from '../../domain/eservices/months';
import { shareCell, sumTransactions, type ShareCell } from '../../domain/eservices/online-share';
import { cityRollout, districtRollouts, type CityRollout, type DistrictRollout } from '../../domain/eservices/rollout';
import { nextToMoveOnline, serviceFigures, type ServiceFigures } from '../../domain/eservices/service-figures';
import { shareBreaks } from '../../domain/eservices/share-breaks';
import { shareTrend } from '../../domain/eservices/share-trend';
import type { Language } from '../../i18n/translate';
import type { EServiceAreas } from '../../map/layers/layer-kit';
import { SHARE_RAMP } from '../../map/palette';

export type CatalogueService = EServiceData['catalogue'][number];

/** Services in the "next to move online" list. */
export const NEXT_TO_MOVE_COUNT = 5;

/**
 * The months of the period the city reported usage for. Usage comes by Gregorian month, so a period is
 * widened to the months it touches (see monthRangeOfPeriod); an empty range (`from` after `to`) when the
 * city reported none of them.
 */
export function eserviceMonths(data: EServiceData, period: { from: number; to: number }, timeZone: string): MonthRange {
  const asked = monthRangeOfPeriod(period, timeZone);
  const reported = usageMonthRange(data.districtUsage);
  return reported ? commonMonths(asked, reported) : { from: asked.from, to: addMonths(asked.from, -1) };
}

export interface ScopeEServices {
  /** The scope's transactions over the months, with their share. */
  total: ShareCell;
  /** The share of the last quarter minus that of the quarter before, as a fraction; null without both. */
  trend: number | null;
  /** Month by month, against the city's target. */
  monthly: CityTrend;
  /** Each catalogue service's figures; null when the city sends no usage by service. */
  services: ServiceFigures<CatalogueService>[] | null;
  /** The services with the most in-person transactions left, most first. */
  next: ServiceFigures<CatalogueService>[];
}

/** The figures of the city (`districtId` null: all its transactions) or of one district over the months. */
export function scopeEServices(data: EServiceData, months: MonthRange, districtId: string | null): ScopeEServices {
  const usage =
    districtId === null ? data.districtUsage : data.districtUsage.filter((row) => row.districtId === districtId);
  const monthly = cityTrend(usage, months, data.onlineShareTarget);
  const services = data.serviceUsage
    ? serviceFigures(data.catalogue, data.serviceUsage, months, districtId === null ? {} : { districtId })
    : null;
  return {
    total: shareCell(sumTransactions(monthly.months)),
    trend: shareTrend(monthly.months),
    monthly,
    services,
    next: services ? nextToMoveOnline(services, NEXT_TO_MOVE_COUNT) : [],
  };
}

/** Every district of the map with its share over the months, and the classes the layer colours them by. */
export function eserviceAreas(
  data: EServiceData,
  districts: DistrictCollection,
  months: MonthRange,
  language: Language,
): EServiceAreas {
  const ids = districts.features.map((f) => f.properties.id);
  const { byDistrict } = districtMonthShares(data.districtUsage, ids, months);
  const areas = districts.features.map((f, i) => ({
    id: f.properties.id,
    name: f.properties.name[language],
    geometry: f.geometry,
    ...byDistrict[i]!,
  }));
  return {
    areas,
    breaks: shareBreaks(
      areas.map((a) => a.share),
      SHARE_RAMP.length,
    ),
  };
}

export interface RolloutView {
  districts: DistrictRollout[];
  city: CityRollout;
  /** The city's day at `now`, ISO. */
  today: string;
}

/** The self-service rollout at `now`: each district's standing and the city's against its deadline. */
export function rolloutView(data: EServiceData, now: number, timeZone: string): RolloutView {
  const districts = districtRollouts(data.rollout, now, timeZone);
  return {
    districts,
    city: cityRollout(districts, data.selfServiceDeadline, now, timeZone),
    today: isoDayOf(now, timeZone),
  };
}
