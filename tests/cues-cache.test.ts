/**
 * cues.ts keeps each document's answers by range and answers a shorter range from the same
 * start out of a wider scan. This test keeps the plain form — a fresh left-to-right scan per
 * range, one matcher call per token — and checks that the cached look-ups give the same answers
 * on our articles, for short ranges from every token, every prefix and suffix of every
 * sentence, and random ranges, asked in shuffled order (so wide and narrow scans come first).
 */
import { describe, expect, it } from 'vitest';
import { texts } from './helpers/texts.js';
import { cueAfter, cueBefore, cuesIn, hasCue } from '../src/recognize/cues.js';
import { EVENT_CUES, type EventCue } from '../src/plugin.js';
import type { Doc } from '../src/pipeline/types.js';
import { makeDoc } from './dates-doc.js';

const articles = texts('fixtures', 'vi', 'en');

type Plain = { from: number; to: number; cues: ReadonlySet<EventCue> };

/** The scan as written before the per-token cache: one matcher call per token, bounded by `to`. */
function referenceScan(doc: Doc, from: number, to: number): Plain[] {
  const out: Plain[] = [];
  const { tokens } = doc;
  for (let i = Math.max(0, from); i < to; i++) {
    const m = doc.lexicon.eventCues.matchAt(tokens, i, to);
    if (!m) continue;
    const prev = tokens[i - 1];
    if (tokens[i].cap && prev && prev.kind !== 'punct' && !tokens[i].lineBefore && !m.value.has('placeHead') && !m.value.has('cityPrefix')) {
      i = m.to - 1;
      continue;
    }
    out.push({ from: m.from, to: m.to, cues: m.value });
    i = m.to - 1;
  }
  return out;
}

// A small deterministic generator, so a failure repeats.
function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (x * 1664525 + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

function shuffle<T>(xs: T[], next: () => number): T[] {
  for (let k = xs.length - 1; k > 0; k--) {
    const j = Math.floor(next() * (k + 1));
    [xs[k], xs[j]] = [xs[j], xs[k]];
  }
  return xs;
}

const KINDS: readonly EventCue[] = EVENT_CUES;

describe('cue look-ups cached per document', () => {
  const docs = articles.map((t) => makeDoc(t));

  it('cuesIn, cueBefore, cueAfter and hasCue equal a fresh scan, in any order of asking', () => {
    const next = rng(20261130);
    const same = (a: Plain | null, b: Plain | null): boolean => a === b || (!!a && !!b && a.from === b.from && a.to === b.to && a.cues === b.cues);
    const sameList = (a: readonly Plain[], b: readonly Plain[]): boolean => a.length === b.length && a.every((h, k) => same(h, b[k]));
    const wrong: string[] = [];
    let asked = 0;
    for (const doc of docs) {
      const n = doc.tokens.length;
      const ranges: Array<[number, number]> = [];
      for (const s of doc.sentences) {
        for (let i = s.tokenFrom; i <= s.tokenTo; i++) {
          // Short ranges from every token, every prefix and suffix of the sentence.
          for (let j = i; j <= Math.min(s.tokenTo, i + 8); j++) ranges.push([i, j]);
          ranges.push([i - 4, i], [s.tokenFrom, i], [i, s.tokenTo]);
        }
      }
      for (let k = 0; k < 1000; k++) {
        const a = Math.floor(next() * (n + 2)) - 1;
        ranges.push([a, a + Math.floor(next() * 60)]);
      }
      const fresh = { ...doc };
      for (const [from, to] of shuffle(ranges, next)) {
        asked++;
        const want = referenceScan(doc, from, Math.min(to, n));
        if (!sameList(cuesIn(fresh, from, to), want)) wrong.push(`cuesIn ${from} ${to}`);
        const kind = KINDS[Math.floor(next() * KINDS.length)];
        if (hasCue(fresh, from, to, kind) !== want.some((h) => h.cues.has(kind))) wrong.push(`hasCue ${from} ${to} ${kind}`);
        // cueBefore(i = to, window, floor = from) and cueAfter(i = from, window, ceil = to) scan
        // [max(floor, i - window), i) and [i, min(ceil, i + window)).
        const w = 1 + Math.floor(next() * 12);
        const before = referenceScan(doc, Math.max(from, to - w), Math.min(to, n)).filter((h) => h.cues.has(kind)).at(-1) ?? null;
        if (!same(cueBefore(fresh, to, kind, w, from), before)) wrong.push(`cueBefore ${to} ${kind} ${w} ${from}`);
        const after = referenceScan(doc, from, Math.min(to, from + w, n)).find((h) => h.cues.has(kind)) ?? null;
        if (!same(cueAfter(fresh, from, kind, w, to), after)) wrong.push(`cueAfter ${from} ${kind} ${w} ${to}`);
      }
      // Asked again (from the per-range memo): the same answers.
      for (const [from, to] of ranges.slice(0, 2000)) if (!sameList(cuesIn(fresh, from, to), referenceScan(doc, from, Math.min(to, n)))) wrong.push(`again ${from} ${to}`);
    }
    expect(wrong).toEqual([]);
    expect(asked).toBeGreaterThan(100000);
  }, 300_000);
});
