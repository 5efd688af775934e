/**
 * Per-sentence views of the recognizers' lists. Assembly asks "the dates / people / triggers
 * of sentence i" once per sentence or per trigger; filtering a whole list each time is
 * quadratic on long inputs, so each list is grouped once (lists are not changed after
 * recognition) and looked up by sentence.
 */
const EMPTY: readonly never[] = Object.freeze([]);
const groups = new WeakMap<readonly { sentence: number }[], Map<number, readonly unknown[]>>();

/** The items of `list` whose `sentence` is `si`, in list order. */
export function inSentence<T extends { sentence: number }>(list: readonly T[], si: number): readonly T[] {
  let g = groups.get(list);
  if (!g) {
    const m = new Map<number, T[]>();
    for (const x of list) {
      const a = m.get(x.sentence);
      if (a) a.push(x);
      else m.set(x.sentence, [x]);
    }
    groups.set(list, m);
    g = m;
  }
  return (g.get(si) as readonly T[] | undefined) ?? EMPTY;
}
