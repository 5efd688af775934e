/** Binary search, shared by the look-ups that keep long inputs linear. */

/**
 * The first index in [0, n) at which `before(i)` is false, where `before` holds on a prefix
 * of the range and fails on the rest (a lower bound).
 */
export function partitionPoint(n: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A look-up of the items of `xs` that lie within [start, end], in list order: items sorted by
 * start once, each look-up by binary search (a scan of every item per look-up made long
 * inputs quadratic).
 */
export function within<T extends { start: number; end: number }>(xs: readonly T[]): (start: number, end: number) => T[] {
  let sorted = true;
  for (let i = 1; i < xs.length && sorted; i++) sorted = xs[i - 1].start <= xs[i].start;
  if (sorted) {
    // Already in order of start (the usual case): the items found are in list order as they come.
    return (start, end) => {
      const picked: T[] = [];
      for (let k = partitionPoint(xs.length, (m) => xs[m].start < start); k < xs.length && xs[k].start <= end; k++) {
        if (xs[k].end <= end) picked.push(xs[k]);
      }
      return picked;
    };
  }
  const order = xs.map((_, i) => i).sort((i, j) => xs[i].start - xs[j].start || i - j);
  return (start, end) => {
    const picked: number[] = [];
    for (let k = partitionPoint(order.length, (m) => xs[order[m]].start < start); k < order.length && xs[order[k]].start <= end; k++) {
      if (xs[order[k]].end <= end) picked.push(order[k]);
    }
    return picked.sort((i, j) => i - j).map((i) => xs[i]);
  };
}
