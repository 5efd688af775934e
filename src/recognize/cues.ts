/** Looks up event cues (see EVENT_CUES in plugin.ts) around a token. */
import type { EventCue } from '../plugin.js';
import type { Doc } from '../pipeline/types.js';

export interface CueHit {
  readonly from: number;
  readonly to: number;
  readonly cues: ReadonlySet<EventCue>;
}

const NONE: readonly CueHit[] = Object.freeze([]);
// Per document, the hits of each range asked for, by `from * (tokens + 1) + to`: the recognizers
// and meeting assembly ask for the same sentences' cues again and again (one scan per question
// was a tenth of assembly's time). Hits and lists are shared: callers only read them.
const memo = new WeakMap<Doc, Map<number, readonly CueHit[]>>();

/** Every cue phrase in token range [from, to), longest first, left to right. */
export function cuesIn(doc: Doc, from: number, to: number): readonly CueHit[] {
  const lo = Math.max(0, from);
  if (lo >= to) return NONE;
  if (to > doc.tokens.length) return scan(doc, lo, to);
  let byRange = memo.get(doc);
  if (!byRange) memo.set(doc, (byRange = new Map()));
  const key = lo * (doc.tokens.length + 1) + to;
  let hits = byRange.get(key);
  if (!hits) byRange.set(key, (hits = scan(doc, lo, to)));
  return hits;
}

function scan(doc: Doc, lo: number, to: number): readonly CueHit[] {
  const out: CueHit[] = [];
  for (let i = lo; i < to; i++) {
    const m = doc.lexicon.eventCues.matchAt(doc.tokens, i, to);
    // A capitalised word inside a sentence is a name ("To Lam"), not a function word;
    // building and city words are capitalised as parts of names ("Trụ sở", "Thủ đô").
    const prev = doc.tokens[i - 1];
    if (m && doc.tokens[i].cap && prev && prev.kind !== 'punct' && !doc.tokens[i].lineBefore
      && !m.value.has('placeHead') && !m.value.has('cityPrefix')) {
      i = m.to - 1;
      continue;
    }
    if (m) {
      out.push({ from: m.from, to: m.to, cues: m.value });
      i = m.to - 1;
    }
  }
  return out.length ? out : NONE;
}

/** Whether a cue of `kind` ends within `window` tokens before token `i` (not crossing `floor`). */
export function cueBefore(doc: Doc, i: number, kind: EventCue, window: number, floor = 0): CueHit | null {
  const from = Math.max(floor, i - window);
  let best: CueHit | null = null;
  for (const h of cuesIn(doc, from, i)) if (h.cues.has(kind) && h.to <= i) best = h;
  return best;
}

/** The first cue of `kind` starting in [i, i + window) (not crossing `ceil`). */
export function cueAfter(doc: Doc, i: number, kind: EventCue, window: number, ceil = doc.tokens.length): CueHit | null {
  for (const h of cuesIn(doc, i, Math.min(ceil, i + window))) if (h.cues.has(kind)) return h;
  return null;
}

/** Whether token range [from, to) holds a cue of `kind`. */
export function hasCue(doc: Doc, from: number, to: number, kind: EventCue): boolean {
  return cuesIn(doc, from, to).some((h) => h.cues.has(kind));
}
