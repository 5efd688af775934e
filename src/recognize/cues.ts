/** Looks up event cues (see EVENT_CUES in plugin.ts) around a token. */
import type { EventCue } from '../plugin.js';
import type { Doc } from '../pipeline/types.js';
import { firstWordIds } from '../engine/phrases.js';

export interface CueHit {
  readonly from: number;
  readonly to: number;
  readonly cues: ReadonlySet<EventCue>;
}

const NONE: readonly CueHit[] = Object.freeze([]);

interface Scan {
  readonly to: number;
  readonly hits: readonly CueHit[];
  /** [from, to) of every phrase of two or more tokens the scan stepped over (kept or skipped), flat. */
  readonly spans: readonly number[];
}

interface DocCues {
  /** Hits by range, keyed `from * (tokens + 1) + to`. */
  readonly byRange: Map<number, readonly CueHit[]>;
  /** The widest scan made from each start token. */
  readonly widest: Map<number, Scan>;
}

// Per document, the hits of each range asked for: the recognizers and meeting assembly ask for
// the same sentences' cues again and again (one scan per question was a tenth of assembly's
// time). Hits and lists are shared: callers only read them.
const memo = new WeakMap<Doc, DocCues>();

/** Every cue phrase in token range [from, to), longest first, left to right. */
export function cuesIn(doc: Doc, from: number, to: number): readonly CueHit[] {
  const lo = Math.max(0, from);
  if (lo >= to) return NONE;
  if (to > doc.tokens.length) return scan(doc, lo, to).hits;
  let cues = memo.get(doc);
  if (!cues) memo.set(doc, (cues = { byRange: new Map(), widest: new Map() }));
  const key = lo * (doc.tokens.length + 1) + to;
  let hits = cues.byRange.get(key);
  if (hits) return hits;
  const wide = cues.widest.get(lo);
  if (wide && wide.to >= to && !inside(wide.spans, to)) {
    // A shorter range from the same start ("the sentence up to the trigger"): no phrase of the
    // wider scan runs across its end, so the scan would step the same way and keep the hits
    // that end by then.
    let n = 0;
    while (n < wide.hits.length && wide.hits[n].from < to) n++;
    hits = n === wide.hits.length ? wide.hits : n ? wide.hits.slice(0, n) : NONE;
  } else {
    const sc = scan(doc, lo, to);
    hits = sc.hits;
    if (!wide || to > wide.to) cues.widest.set(lo, sc);
  }
  cues.byRange.set(key, hits);
  return hits;
}

/** Whether token boundary `b` falls strictly inside one of the spans. */
function inside(spans: readonly number[], b: number): boolean {
  for (let k = 0; k < spans.length && spans[k] < b; k += 2) if (b < spans[k + 1]) return true;
  return false;
}

function scan(doc: Doc, lo: number, to: number): Scan {
  const out: CueHit[] = [];
  const spans: number[] = [];
  const cues = doc.lexicon.eventCues;
  const ids = firstWordIds(doc.tokens);
  for (let i = lo; i < to; i++) {
    if (!cues.startsWith(ids[i])) continue;
    const m = cues.matchAt(doc.tokens, i, to);
    if (!m) continue;
    if (m.to - m.from > 1) spans.push(m.from, m.to);
    // A capitalised word inside a sentence is a name ("To Lam"), not a function word;
    // building and city words are capitalised as parts of names ("Trụ sở", "Thủ đô").
    const prev = doc.tokens[i - 1];
    if (doc.tokens[i].cap && prev && prev.kind !== 'punct' && !doc.tokens[i].lineBefore
      && !m.value.has('placeHead') && !m.value.has('cityPrefix')) {
      i = m.to - 1;
      continue;
    }
    out.push({ from: m.from, to: m.to, cues: m.value });
    i = m.to - 1;
  }
  return { to, hits: out.length ? out : NONE, spans };
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
