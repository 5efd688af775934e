/**
 * Stage 1: normalize. Produces NFC text with unified line ends and spaces, and a map from
 * every normalized character back to the range of the caller's input it came from, so that
 * any span found on the normalized text slices the original input exactly.
 */
import type { Span } from '../schema.js';

export interface NormalizedText {
  /** The caller's input, untouched. */
  readonly input: string;
  /** NFC text: CRLF/CR → LF, exotic spaces → ' ', invisible format characters removed. */
  readonly text: string;
  /** `from[i]`: input offset where the source of normalized char i starts. */
  readonly from: Uint32Array;
  /** `to[i]`: input offset where the source of normalized char i ends. */
  readonly to: Uint32Array;
}

// Characters that carry no text: zero-width space/joiners, word joiner, BOM, soft hyphen.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
// Spaces of other widths and control characters read as a plain space.
const SPACE_LIKE = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\u0000-\u0008\u000E-\u001F\u007F-\u009F\u2028\u2029]/;
const COMBINING = /\p{M}/u;

/**
 * Walks the input in clusters (a base character with its combining marks), normalizes each
 * cluster to NFC on its own and records the cluster's input range for every output unit.
 * Linear in the input length.
 */
export function normalize(input: string): NormalizedText {
  const n = input.length;
  const out: string[] = [];
  const from = new Uint32Array(n + 1);
  const to = new Uint32Array(n + 1);
  let len = 0;
  const push = (s: string, a: number, b: number): void => {
    out.push(s);
    for (let k = 0; k < s.length; k++) {
      from[len] = a;
      to[len] = b;
      len++;
    }
  };
  let i = 0;
  while (i < n) {
    const c = input.charCodeAt(i);
    if (c === 13 /* \r */) {
      const b = input.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
      push('\n', i, b);
      i = b;
      continue;
    }
    const cp = input.codePointAt(i)!;
    const w = cp > 0xffff ? 2 : 1;
    const ch = input.slice(i, i + w);
    if (INVISIBLE.test(ch)) {
      i += w;
      continue;
    }
    if (SPACE_LIKE.test(ch)) {
      push(' ', i, i + w);
      i += w;
      continue;
    }
    // Gather the combining marks that follow, so decomposed Vietnamese composes.
    let j = i + w;
    while (j < n) {
      const m = input.codePointAt(j)!;
      const mw = m > 0xffff ? 2 : 1;
      if (!COMBINING.test(input.slice(j, j + mw))) break;
      j += mw;
      if (j - i > 32) break; // a pathological mark run: stop composing, stay linear
    }
    // A lone surrogate is not text; it reads as U+FFFD so later stages see valid strings.
    if (cp >= 0xd800 && cp <= 0xdfff) {
      push('\uFFFD', i, j);
    } else {
      const cluster = input.slice(i, j);
      push(j - i === 1 ? cluster : cluster.normalize('NFC'), i, j);
    }
    i = j;
  }
  from[len] = n;
  to[len] = n;
  return { input, text: out.join(''), from: from.subarray(0, len + 1), to: to.subarray(0, len + 1) };
}

/** Maps a normalized range to a span of the caller's input. */
export function toSpan(nt: NormalizedText, start: number, end: number): Span {
  const s = Math.max(0, Math.min(start, nt.text.length));
  const e = Math.max(s, Math.min(end, nt.text.length));
  const a = nt.from[s];
  const b = e > s ? nt.to[e - 1] : a;
  return { start: a, end: b, text: nt.input.slice(a, b) };
}
