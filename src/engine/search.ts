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
 * inputs quadratic). The starts and ends are copied into typed arrays once: the look-up is
 * shared by lists of every kind of mention, and reading `.start` off each kind of object at
 * one place made those reads megamorphic.
 */
export function within<T extends { start: number; end: number }>(xs: readonly T[]): (start: number, end: number) => T[] {
  const n = xs.length;
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) sorted = xs[i - 1].start <= xs[i].start;
  // Position k of the order by start holds item order[k] (the identity when sorted).
  const order = sorted ? null : xs.map((_, i) => i).sort((i, j) => xs[i].start - xs[j].start || i - j);
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const x = xs[order === null ? k : order[k]];
    starts[k] = x.start;
    ends[k] = x.end;
  }
  const first = (start: number): number => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < start) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  if (order === null) {
    // Already in order of start (the usual case): the items found are in list order as they come.
    return (start, end) => {
      const picked: T[] = [];
      for (let k = first(start); k < n && starts[k] <= end; k++) if (ends[k] <= end) picked.push(xs[k]);
      return picked;
    };
  }
  return (start, end) => {
    const picked: number[] = [];
    for (let k = first(start); k < n && starts[k] <= end; k++) if (ends[k] <= end) picked.push(order[k]);
    return picked.sort((i, j) => i - j).map((i) => xs[i]);
  };
}
