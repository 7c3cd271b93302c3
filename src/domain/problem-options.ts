/**
 * The parameters of distinct-problem clustering: how close in space and time two requests of one category
 * must be to count as the same problem, how far across one problem may reach, with a default and
 * overrides per category (or per category group, expanded to its categories). The rule itself is written
 * down in docs/problem-rule.md.
 */

/** Link distance, time window and largest extent for one category. */
export interface ProblemParams {
  /** Planar distance in metres at or under which two requests are linked. Must be > 0. */
  radiusM: number;
  /** Largest gap in days between two requests' `requestedAt` that still links them; `Infinity` for none. */
  windowDays: number;
  /**
   * Largest span of one problem in metres: the diagonal of its members' bounding box (so also the largest
   * distance between two members). A chain of links reaching farther is cut (docs/problem-rule.md).
   * Must be > 0; `Infinity` for plain single link.
   */
  maxSpanM: number;
}

export interface ProblemOptions {
  defaultRadiusM: number;
  defaultWindowDays: number;
  /** DEFAULT_MAX_SPAN_M when not given. */
  defaultMaxSpanM?: number;
  /** Overrides by service index (the table's `service` column); wins over `byCode`. */
  byService?: Record<number, Partial<ProblemParams>>;
  /** Overrides by `service_code`; see `overridesForGroups` to set a whole category group at once. */
  byCode?: Record<string, Partial<ProblemParams>>;
}

/**
 * A problem is one spot or one stretch of street: 250 m is about two city blocks, wider than any single
 * pothole or tag and short enough that a crew sent to it finds the whole problem in one visit.
 */
export const DEFAULT_MAX_SPAN_M = 250;

export const DEFAULT_PROBLEM_OPTIONS: ProblemOptions = {
  defaultRadiusM: 50,
  defaultWindowDays: 30,
  defaultMaxSpanM: DEFAULT_MAX_SPAN_M,
};

/**
 * Per link class (see `linkClass`): the link radius in metres, the window in seconds and the largest
 * span in metres, ready for the hot loops.
 */
export interface ResolvedProblemParams {
  radiusM: Float64Array;
  windowS: Float64Array;
  maxSpanM: Float64Array;
}

const SECONDS_PER_DAY = 86_400;

/**
 * Link classes per category: requests a citizen filed and requests the city's own staff filed (REPORTERS)
 * are never linked, so each category has two classes.
 */
export const CLASSES_PER_SERVICE = 2;

/**
 * The link class of a request: its category and who filed it (0 citizen, anything else staff). Only
 * requests of one class can be linked.
 */
export function linkClass(service: number, reporter: number): number {
  return service * CLASSES_PER_SERVICE + Math.min(reporter, 1);
}

/**
 * The parameters of every link class of the service indexes [0, serviceCount), with overrides applied
 * (index, then code, then the default); both classes of a category share its parameters. Throws a
 * RangeError for a radius that is not a positive finite number, a window that is negative or NaN, or a
 * span that is not positive.
 */
export function resolveProblemParams(
  serviceCount: number,
  serviceCodes: readonly string[],
  options: ProblemOptions,
): ResolvedProblemParams {
  const classes = serviceCount * CLASSES_PER_SERVICE;
  const resolved: ResolvedProblemParams = {
    radiusM: new Float64Array(classes),
    windowS: new Float64Array(classes),
    maxSpanM: new Float64Array(classes),
  };
  for (let s = 0; s < serviceCount; s++) {
    const code = serviceCodes[s];
    const byCode = code === undefined ? undefined : options.byCode?.[code];
    const byIndex = options.byService?.[s];
    const radius = byIndex?.radiusM ?? byCode?.radiusM ?? options.defaultRadiusM;
    const windowDays = byIndex?.windowDays ?? byCode?.windowDays ?? options.defaultWindowDays;
    const span = byIndex?.maxSpanM ?? byCode?.maxSpanM ?? options.defaultMaxSpanM ?? DEFAULT_MAX_SPAN_M;
    if (!(radius > 0) || !Number.isFinite(radius)) throw new RangeError(`problem radius must be > 0: ${radius}`);
    if (!(windowDays >= 0)) throw new RangeError(`problem window must be ≥ 0 days: ${windowDays}`);
    if (!(span > 0)) throw new RangeError(`problem span must be > 0: ${span}`);
    for (let c = s * CLASSES_PER_SERVICE; c < (s + 1) * CLASSES_PER_SERVICE; c++) {
      resolved.radiusM[c] = radius;
      resolved.windowS[c] = windowDays * SECONDS_PER_DAY;
      resolved.maxSpanM[c] = span;
    }
  }
  return resolved;
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

/** A city's setting of the rule (config.json `problems`): defaults, then per group, then per category. */
export interface ProblemRuleSettings extends Partial<ProblemParams> {
  groups?: Record<string, Partial<ProblemParams>>;
  categories?: Record<string, Partial<ProblemParams>>;
}

/**
 * The clustering options of a city's setting over its catalogue: a category's own setting wins over its
 * group's, field by field, and either over the defaults (the city's, else DEFAULT_PROBLEM_OPTIONS).
 */
export function problemOptionsFor(
  settings: ProblemRuleSettings,
  services: readonly { service_code: string; group: string }[],
): ProblemOptions {
  const byGroup = overridesForGroups(services, settings.groups ?? {});
  const byCode: Record<string, Partial<ProblemParams>> = { ...byGroup };
  for (const [code, params] of Object.entries(settings.categories ?? {}))
    byCode[code] = { ...byGroup[code], ...params };
  return {
    defaultRadiusM: settings.radiusM ?? DEFAULT_PROBLEM_OPTIONS.defaultRadiusM,
    defaultWindowDays: settings.windowDays ?? DEFAULT_PROBLEM_OPTIONS.defaultWindowDays,
    defaultMaxSpanM: settings.maxSpanM ?? DEFAULT_MAX_SPAN_M,
    byCode,
  };
}
