/** Chart series from a scope's figures: shaping only, every number comes from the worker's one pass. */
import type { Service } from '../../api/schemas';
import { STAGES, type Stage } from '../../domain/vocabulary';
import type { ScopeFigures } from '../../workers/request-protocol';
import type { Language } from '../../i18n/translate';

export interface BinPoint {
  /** The bin's first instant (a local midnight), epoch seconds. */
  start: number;
  requests: number;
}

/** The count of each time bin (day or week) of the period. */
export function binSeries(figures: ScopeFigures): BinPoint[] {
  return Array.from(figures.byBin, (requests, i) => ({ start: figures.bins.bounds[i]!, requests }));
}

export interface CategoryPoint {
  code: string;
  name: string;
  requests: number;
}

/** The `n` categories with most requests, named in the UI language. */
export function topCategories(
  figures: ScopeFigures,
  serviceCodes: string[],
  services: Service[],
  language: Language,
  n: number,
): CategoryPoint[] {
  const names = new Map(services.map((s) => [s.service_code, s.service_name[language]]));
  return Array.from(figures.byService, (requests, i) => ({
    code: serviceCodes[i]!,
    name: names.get(serviceCodes[i]!) ?? serviceCodes[i]!,
    requests,
  }))
    .filter((p) => p.requests > 0)
    .sort((a, b) => b.requests - a.requests || a.code.localeCompare(b.code))
    .slice(0, n);
}

export interface StagePoint {
  stage: Stage;
  requests: number;
}

/** Every stage, but the two a source without stages uses (`open`, `closed`) only when some request has them. */
export function stageSeries(figures: ScopeFigures): StagePoint[] {
  return STAGES.map((stage, i) => ({ stage, requests: figures.byStage[i] ?? 0 })).filter(
    (p) => p.requests > 0 || !GENERIC_STAGES.includes(p.stage),
  );
}

const GENERIC_STAGES: readonly Stage[] = ['open', 'closed'];
