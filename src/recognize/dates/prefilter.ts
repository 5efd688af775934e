/**
 * The date prefilter: chrono runs on a sentence only when it has an ASCII digit or one of
 * the date cues of the plugins in force (words that make a date without digits: "hôm qua",
 * "thứ Sáu", "tháng Giêng", "tuần trước"). Most sentences of an article have neither, and
 * chrono's many patterns cost the same on them as on a sentence with a date.
 *
 * The prefilter is on only when every date rule in force is covered by cues: the chrono base
 * comes from a plugin in force that declares cues, and every plugin in force that brings
 * parsers or refiners declares cues (an empty list: its rules need a digit). A user's
 * parser without cues turns it off for that extractor, so no rule is ever skipped silently.
 */
import type { Chrono } from 'chrono-node';
import type { ValidatedPlugin } from '../../plugin.js';
import { isSpaceCode } from '../../engine/tokens.js';

/** Does the sentence (as given to chrono) need chrono at all? */
export type DatePrefilter = (sentence: string) => boolean;

/** Tests a text for any of a set of cues. */
export interface CueSet {
  test(text: string): boolean;
}

interface Node {
  end: boolean;
  next: Map<number, Node>;
}

/**
 * A node of the tree as the walk reads it: its children's code units and the children, in
 * two arrays. A node has a few children (past the first level, which is an array indexed by
 * code unit), and a short scan of a small array costs less than a Map lookup.
 */
interface Step {
  end: boolean;
  codes: number[];
  kids: Step[];
}

const toStep = (node: Node): Step => ({ end: node.end, codes: [...node.next.keys()], kids: [...node.next.values()].map(toStep) });

/**
 * Finds any of the cues: case-insensitively (both sides lower-cased), anywhere in the text,
 * white space inside a cue and inside the text skipped (so the words of a cue may be
 * separated by any white space or none; this also lets a few more sentences through, which
 * only costs a chrono call). The cues are merged into a tree of characters (a cue that
 * another one starts with ends its branch) walked from each position of the text: at most
 * the longest cue's length of steps per position, so linear in the text. A tree rather than
 * one regex of all the cues: V8 took ~40 ms to compile that case-insensitive Unicode regex of
 * ~800 cues on its first use, a cold-start cost. Null when no cue is given.
 */
export function compileCues(cues: readonly { text: string }[]): CueSet | null {
  const root: Node = { end: false, next: new Map() };
  for (const c of cues) {
    const text = c.text.normalize('NFC').toLowerCase();
    let node = root;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (isSpaceCode(ch)) continue;
      if (node.end) break;
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    // An empty cue would match every sentence: the prefilter then lets everything through.
    if (node === root) return { test: () => true };
    node.end = true;
    node.next.clear();
  }
  if (!root.next.size) return null;
  // The first level as an array indexed by code unit: most positions of a text start no cue,
  // and an array read rejects them faster than a Map lookup.
  const max = Math.max(...root.next.keys());
  const first = new Array<Step | null>(max + 1).fill(null);
  for (const [ch, node] of root.next) first[ch] = toStep(node);
  return {
    test(text: string): boolean {
      let s = text.toLowerCase();
      // The one letter that case-insensitive matching (/iu, as chrono's and our patterns use)
      // folds to a Latin letter and toLowerCase() does not: long s, read as "s".
      if (s.includes('\u017f')) s = s.replaceAll('\u017f', 's');
      const n = s.length;
      for (let i = 0; i < n; i++) {
        const c = s.charCodeAt(i);
        let node: Step | null = c <= max ? first[c] : null;
        if (node === null) continue;
        for (let j = i + 1; node !== null && !node.end; j++) {
          if (j >= n) node = null;
          else {
            const d = s.charCodeAt(j);
            if (isSpaceCode(d)) continue;
            const { codes, kids }: Step = node;
            node = null;
            for (let k = 0; k < codes.length; k++) {
              if (codes[k] === d) {
                node = kids[k];
                break;
              }
            }
          }
        }
        if (node !== null) return true;
      }
      return false;
    },
  };
}

const DIGIT = /[0-9]/;

/** The prefilter for a chrono built from `base` and the plugins in force, or null when it must stay off. */
export function datePrefilterFor(base: Chrono, plugins: readonly ValidatedPlugin[]): DatePrefilter | null {
  if (!plugins.some((p) => p.dates.base === base && p.dates.cues)) return null;
  if (plugins.some((p) => !p.dates.cues && (p.dates.parsers.length > 0 || p.dates.refiners.length > 0))) return null;
  const cues = compileCues(plugins.flatMap((p) => p.dates.cues ?? []));
  return cues ? (s) => DIGIT.test(s) || cues.test(s) : (s) => DIGIT.test(s);
}

const prefilters = new WeakMap<Chrono, DatePrefilter>();

/** Gives an extractor's chrono (built from `base` and `plugins`) its prefilter, when one applies. */
export function attachDatePrefilter(chrono: Chrono, base: Chrono, plugins: readonly ValidatedPlugin[]): void {
  const p = datePrefilterFor(base, plugins);
  if (p) prefilters.set(chrono, p);
  else prefilters.delete(chrono);
}

/** The prefilter of a chrono, or null: then every sentence goes to chrono. */
export function datePrefilterOf(chrono: Chrono): DatePrefilter | null {
  return prefilters.get(chrono) ?? null;
}
