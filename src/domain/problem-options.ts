/**
 * The parameters of distinct-problem clustering: how close in space and time two requests of one category
 * must be to count as the same problem, with a default and overrides per category (or per category group,
 * expanded to its categories). The rule itself is written down in docs/problem-rule.md.
 */

/** Link distance and time window for one category. */
export interface ProblemParams {
  /** Planar distance in metres at or under which two requests are linked. Must be > 0. */
  radiusM: number;
  /** Largest gap in days between two requests' `requestedAt` that still links them; `Infinity` for none. */
  windowDays: number;
}

export interface ProblemOptions {
  defaultRadiusM: number;
  defaultWindowDays: number;
  /** Overrides by service index (the table's `service` column); wins over `byCode`. */
  byService?: Record<number, Partial<ProblemParams>>;
  /** Overrides by `service_code`; see `overridesForGroups` to set a whole category group at once. */
  byCode?: Record<string, Partial<ProblemParams>>;
}

export const DEFAULT_PROBLEM_OPTIONS: ProblemOptions = { defaultRadiusM: 50, defaultWindowDays: 30 };

/** Per service index: the link radius in metres and the window in seconds, ready for the hot loop. */
export interface ResolvedProblemParams {
  radiusM: Float64Array;
  windowS: Float64Array;
}

const SECONDS_PER_DAY = 86_400;

/**
 * The parameters of every service index in [0, serviceCount), with overrides applied (index, then code,
 * then the default). Throws a RangeError for a radius that is not a positive finite number or a window
 * that is negative or NaN.
 */
export function resolveProblemParams(
  serviceCount: number,
  serviceCodes: readonly string[],
  options: ProblemOptions,
): ResolvedProblemParams {
  const radiusM = new Float64Array(serviceCount);
  const windowS = new Float64Array(serviceCount);
  for (let s = 0; s < serviceCount; s++) {
    const code = serviceCodes[s];
    const byCode = code === undefined ? undefined : options.byCode?.[code];
    const byIndex = options.byService?.[s];
    const radius = byIndex?.radiusM ?? byCode?.radiusM ?? options.defaultRadiusM;
    const windowDays = byIndex?.windowDays ?? byCode?.windowDays ?? options.defaultWindowDays;
    if (!(radius > 0) || !Number.isFinite(radius)) throw new RangeError(`problem radius must be > 0: ${radius}`);
    if (!(windowDays >= 0)) throw new RangeError(`problem window must be ≥ 0 days: ${windowDays}`);
    radiusM[s] = radius;
    windowS[s] = windowDays * SECONDS_PER_DAY;
  }
  return { radiusM, windowS };
}

/**
 * Expands overrides per category group into overrides per `service_code`, for `ProblemOptions.byCode`.
 * `services` is the catalogue (`GET services`); categories of groups not listed get nothing.
 */
export function overridesForGroups(
  services: readonly { service_code: string; group: string }[],
  byGroup: Record<string, Partial<ProblemParams>>,
): Record<string, Partial<ProblemParams>> {
  const byCode: Record<string, Partial<ProblemParams>> = {};
  for (const service of services) {
    const params = byGroup[service.group];
    if (params) byCode[service.service_code] = params;
  }
  return byCode;
}
