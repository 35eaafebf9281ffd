/** First index in [lo, hi) for which the monotone predicate holds (hi if none): a binary search. */
export function lowerBound(lo: number, hi: number, holds: (i: number) => boolean): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (holds(mid)) hi = mid
    else lo = mid + 1
  }
  return lo
}
