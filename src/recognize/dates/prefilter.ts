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

/** Does the sentence (as given to chrono) need chrono at all? */
export type DatePrefilter = (sentence: string) => boolean;

const SYNTAX = /[\\^$.*+?()[\]{}|/]/g;

interface Node {
  end: boolean;
  next: Map<string, Node>;
}

function emit(node: Node): string {
  const alts = [...node.next].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([ch, child]) => {
    const head = ch === ' ' ? '\\s*' : ch.replace(SYNTAX, '\\$&');
    return child.end ? head : head + emit(child);
  });
  return alts.length === 1 ? alts[0] : `(?:${alts.join('|')})`;
}

/**
 * One regex that finds any of the cues: case-insensitive, anywhere in the text, the words of
 * a cue separated by any whitespace or none. The cues are merged into a tree of characters
 * (a cue that another one starts with ends its branch), so the regex tries a few first
 * characters at each position rather than every cue. Null when no cue is given.
 */
export function compileCues(cues: readonly { text: string }[]): RegExp | null {
  const root: Node = { end: false, next: new Map() };
  for (const c of cues) {
    const text = c.text.normalize('NFC').trim().split(/\s+/).join(' ');
    // An empty cue would match every sentence: the prefilter then lets everything through.
    if (!text) return /(?:)/;
    let node = root;
    for (const ch of text) {
      if (node.end) break;
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
    node.next.clear();
  }
  return root.next.size ? new RegExp(emit(root), 'iu') : null;
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
