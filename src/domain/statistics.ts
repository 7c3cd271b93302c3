/** Order statistics on typed arrays without sorting: medians and percentiles of a million values. */

/** Rearranges a[0..n) so that a[k] holds the k-th smallest value (Hoare's selection, median of three). */
function selectKth(a: Float64Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  while (hi > lo) {
    const mid = (lo + hi) >> 1;
    const pivot = Math.max(Math.min(a[lo]!, a[mid]!), Math.min(Math.max(a[lo]!, a[mid]!), a[hi]!));
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return a[k]!;
}

/**
 * The q-quantile (0 ≤ q ≤ 1) of the first n values, interpolating linearly between closest ranks (the
 * definition spreadsheets and R's default use); NaN when n is 0. Reorders the array.
 */
export function quantile(values: Float64Array, n: number, q: number): number {
  if (n === 0) return NaN;
  const rank = q * (n - 1);
  const k = Math.floor(rank);
  const low = selectKth(values, n, k);
  if (rank === k) return low;
  let next = Infinity;
  for (let i = k + 1; i < n; i++) if (values[i]! < next) next = values[i]!;
  return low + (next - low) * (rank - k);
}
