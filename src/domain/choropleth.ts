/** Classing for choropleth maps: rates per 1,000 residents cut into quantile classes. */

/** Requests per 1,000 residents; 0 for an area with no recorded population. */
/** Per 1,000 residents; NaN when the area's population is not known (a city may not publish it). */
export function ratePerThousand(count: number, population: number | null): number {
  if (population === null) return NaN;
  return population > 0 ? (count * 1000) / population : 0;
}

/**
 * Upper bounds of `classes` quantile classes of the values: at most `classes - 1` strictly increasing
 * breaks (fewer when values repeat), so every class that is shown holds values.
 */
export function quantileBreaks(values: readonly number[], classes: number): number[] {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length < 2 || classes < 2) return [];
  const breaks: number[] = [];
  for (let k = 1; k < classes; k++) {
    const value = sorted[Math.min(sorted.length - 1, Math.floor((k * sorted.length) / classes))]!;
    if (value > sorted[0]! && (breaks.length === 0 || value > breaks[breaks.length - 1]!)) breaks.push(value);
  }
  return breaks;
}

/** The class of a value: the number of breaks at or below it (0 … breaks.length). */
export function classify(value: number, breaks: readonly number[]): number {
  let k = 0;
  while (k < breaks.length && value >= breaks[k]!) k++;
  return k;
}
