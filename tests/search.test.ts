/** The binary-search look-ups (engine/search.ts) against their definitions. */
import { describe, expect, it } from 'vitest';
import { partitionPoint, within } from '../src/engine/search.js';

// A small deterministic generator, so a failure can be replayed.
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('within', () => {
  it('finds the items lying in [start, end], in list order, sorted by start or not', () => {
    const r = rng(7);
    for (let trial = 0; trial < 400; trial++) {
      const n = Math.floor(r() * 12);
      const xs = Array.from({ length: n }, (_, id) => {
        const start = Math.floor(r() * 40);
        return { id, start, end: start + Math.floor(r() * 8) };
      });
      // Half the lists sorted by start (the usual case), with ties.
      if (trial % 2 === 0) xs.sort((a, b) => a.start - b.start);
      const look = within(xs);
      for (let q = 0; q < 20; q++) {
        const start = Math.floor(r() * 44) - 2;
        const end = start + Math.floor(r() * 20) - 2;
        const expected = xs.filter((x) => x.start >= start && x.start <= end && x.end <= end);
        expect(look(start, end)).toEqual(expected);
      }
    }
  });

  it('reads mixed kinds of objects alike (any object with a start and an end)', () => {
    const xs = [{ start: 1, end: 3, a: 1 }, { start: 2, end: 9, b: 'x' }, { end: 6, start: 4 }];
    expect(within(xs)(0, 6)).toEqual([xs[0], xs[2]]);
    expect(within([])(0, 10)).toEqual([]);
  });
});

describe('partitionPoint', () => {
  it('is the first index where the predicate fails', () => {
    const xs = [1, 3, 3, 5, 8];
    for (let v = 0; v <= 9; v++) expect(partitionPoint(xs.length, (i) => xs[i] < v)).toBe(xs.findIndex((x) => x >= v) === -1 ? xs.length : xs.findIndex((x) => x >= v));
  });
});
