/** What the briefing's sections are drawn from: one selection's figures, read once for every section. */
import type { ReactNode } from 'react';
import type { FiberForecast } from '../../domain/fiber/forecast';
import type { AreaProgress } from '../../domain/fiber/progress';
import type { FiberForecasts } from '../../domain/fiber/forecast';
import type { BurnUpSeries } from '../../domain/fiber/burn-up';
import type { Format } from '../../ui/format';
import type { I18n } from '../../ui/i18n-context';
import type { BriefingCounts, FollowUpResult } from '../../workers/request-protocol';
import type { EServices } from '../eservices/use-eservices';
import type { FollowUpNames } from '../follow-up/follow-up-names';
import type { GroupRow } from './group-rows';

export interface BriefingFiber {
  progress: AreaProgress;
  forecast: FiberForecast;
  /** Every district's forecast, for the city's list of districts that will miss their target. */
  forecasts: FiberForecasts | null;
  series: BurnUpSeries | null;
}

export interface BriefingData {
  /** The district's name, or the city's. */
  areaName: string;
  /** The district's id in the city's data, or null for the city. */
  districtId: string | null;
  periodLabel: string;
  /** When the requests shown were read (epoch seconds). */
  asOf: number;
  now: number;
  format: Format;
  timeZone: string;
  followUp: FollowUpResult;
  counts: BriefingCounts;
  groups: { current: GroupRow[]; groupName: (group: string) => string };
  names: FollowUpNames;
  districtName: (id: string) => string;
  districtNameAt: (index: number) => string;
  fiber: BriefingFiber | null;
  eservices: EServices;
  /** The map of the period, drawn by the page (it holds the map's inputs). */
  map: ReactNode;
}

/** When the figures were read, day and time: a printed page is read on another day. */
export function asOfText(data: Pick<BriefingData, 'asOf' | 'now' | 'format'>, t: I18n['t']): string {
  const time = data.format.moment(data.asOf, data.now);
  const day = data.format.date(data.asOf);
  return time.includes(day) ? time : t('briefing.dayTime', { day, time });
}
