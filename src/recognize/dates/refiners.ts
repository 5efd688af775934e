/**
 * Refiners that run after chrono's own, for every locale: drop readings that are not dates
 * (document numbers, ordinals read as weekdays, vague periods) and tag what each date is of
 * from the words before it. Each factory takes its words as parameters: a locale builds its
 * refiners from its own word lists (src/locales/<lang>/dates/).
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { codePointBefore, isLetterOrMark, isLetterOrNumberAnyCase, isWordCodePoint, wordRuns } from '../../engine/chars.js';
import { alternatives, TAG, type AboutCue } from './rules.js';


/**
 * The last `n` words before `end` (lower case), stopping at a clause break when `clause`:
 * the last `n` of wordRuns(text.slice(from, end).toLowerCase()), where `from` is `n` × 14
 * characters back or just after the clause break.
 */
export function wordsBefore(text: string, end: number, n: number, clause: boolean): string[] {
  let from = Math.max(0, end - n * 14);
  if (clause) {
    const brk = Math.max(text.lastIndexOf(',', end - 1), text.lastIndexOf(';', end - 1), text.lastIndexOf('.', end - 1));
    // A dot inside a number ("06.9.2018") is not a clause break; digits on both sides.
    if (brk >= from && !(/\d/.test(text[brk - 1] ?? '') && /\d/.test(text[brk + 1] ?? ''))) from = brk + 1;
  }
  // Capital sigma is the one letter whose lower case depends on the letters around it (final
  // sigma): there, the span is lowered whole, as the words are defined.
  if (text.lastIndexOf('\u03a3', end - 1) >= from) return wordRuns(text.slice(from, end).toLowerCase()).slice(-n);
  // Otherwise the last words are read back from `end` and each lowered alone: lowering keeps
  // every character a word character or not (tests/dates-words.test.ts checks each code
  // point), so the words are the same, for a walk of a few words rather than the whole span.
  const words: string[] = [];
  let i = end;
  while (i > from && words.length < n) {
    let wordEnd = -1;
    while (i > from) {
      // The code point before i; a pair only when both halves lie within the span.
      const low = text.charCodeAt(i - 1);
      const pair = low >= 0xdc00 && low <= 0xdfff && i - 2 >= from && text.charCodeAt(i - 2) >= 0xd800 && text.charCodeAt(i - 2) <= 0xdbff;
      const cp = pair ? text.codePointAt(i - 2)! : low;
      const word = isWordCodePoint(cp);
      if (wordEnd < 0 && word) wordEnd = i;
      else if (wordEnd >= 0 && !word) break;
      i -= pair ? 2 : 1;
    }
    if (wordEnd < 0) break;
    words.push(text.slice(i, wordEnd).toLowerCase());
  }
  return words.reverse();
}

/** A phrase of a word list, split and padded once (not for every result). */
interface Phrase {
  /** Its words. */
  words: readonly string[];
  /** " w1 w2 ", as `contains` looks for it. */
  padded: string;
}

const phrase = (text: string): Phrase => ({ words: text.split(' '), padded: ` ${text} ` });

/** Do the words end with the phrase's words? */
const endsWith = (words: readonly string[], p: Phrase): boolean => {
  const n = p.words.length;
  if (n > words.length) return false;
  const at = words.length - n;
  for (let i = 0; i < n; i++) if (words[at + i] !== p.words[i]) return false;
  return true;
};
/** The words joined for `contains`: " w1 w2 … ". */
const joined = (words: readonly string[]): string => ` ${words.join(' ')} `;
/** Does the phrase stand among the words (`joined` once, tested for many phrases)? */
const contains = (words: string, p: Phrase): boolean => words.includes(p.padded);

/** Drops numbers that a preceding word makes a document number or a score. */
export function notDateRefiner(prefixes: readonly { text: string }[]): Refiner {
  const phrases = prefixes.map((p) => phrase(p.text));
  return {
    refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
      return results.filter((r) => {
        if (!/^\d/.test(r.text)) return true;
        const before = wordsBefore(context.text, r.index, 3, false);
        return !phrases.some((p) => endsWith(before, p));
      });
    },
  };
}

/** Drops readings of vague periods ("năm qua", "this year"): no digit, no day of their own. */
export function vaguePeriodRefiner(words: readonly { text: string }[]): Refiner {
  const keys = new Set(words.map((w) => w.text));
  return {
    refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
      return results.filter((r) => !keys.has(r.text.toLowerCase().replace(/\s+/g, ' ').trim()));
    },
  };
}

/** Keeps a bare weekday only when a cue word makes it one ("vào thứ Sáu"), not an ordinal. */
export function weekdayCueRefiner(cues: readonly { text: string }[]): Refiner {
  const phrases = cues.map((c) => phrase(c.text));
  return {
    refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
      return results.filter((r) => {
        const s = r.start;
        if (!s.isCertain('weekday') || s.isCertain('day') || s.isCertain('month')) return true;
        if (r.tags().has(TAG.weekdayCue)) return true;
        const before = wordsBefore(context.text, r.index, 1, true);
        return phrases.some((c) => endsWith(before, c));
      });
    },
  };
}

/**
 * Finds a count of years in a text: 1-3 digits, 1-3 spaces and one of the `words` ("70 năm"),
 * with no letter or digit just before it and no letter just after it. The regex
 * /(?<![\p{L}\p{N}])\d{1,3}\s{1,3}(?:words)(?![\p{L}\p{M}])/iu says the same, but V8 took ~4 ms to
 * compile its look-arounds on first use (a cold-start cost); they are checked here by hand at
 * each match of the rest, which ends at one place for a given start.
 */
export function yearCountFinder(words: readonly { text: string }[]): (text: string) => boolean {
  const count = new RegExp(`\\d{1,3}\\s{1,3}(?:${alternatives(words)})`, 'giu');
  return (text) => {
    for (let from = 0; ; ) {
      count.lastIndex = from;
      const m = count.exec(text);
      if (!m) return false;
      const end = m.index + m[0].length;
      const before = codePointBefore(text, m.index);
      const after = end < text.length ? text.codePointAt(end)! : -1;
      if (!(before >= 0 && isLetterOrNumberAnyCase(before)) && !(after >= 0 && isLetterOrMark(after))) return true;
      from = m.index + 1;
    }
  };
}

/**
 * Tags each result with what it is the date of, from the words before it. `years`: the words
 * after a count of years ("70 năm") that make the date an anniversary's.
 */
export function aboutRefiner(cues: readonly AboutCue[], years: readonly { text: string }[] | null, lookalikes: readonly { text: string }[] = []): Refiner {
  const yearCount = years && yearCountFinder(years);
  const look = lookalikes.map((l) => l.text.split(' '));
  /** The words with every look-alike phrase blanked ("thư ký" hides its "ký"). */
  const blank = (words: string[]): string[] => {
    if (!look.length) return words;
    const out = [...words];
    for (let i = 0; i < out.length; i++) {
      for (const p of look) {
        if (p.every((w, k) => out[i + k] === w)) for (let k = 0; k < p.length; k++) out[i + k] = '';
      }
    }
    return out;
  };
  // Each cue's phrase split and padded once; its tag written once.
  const withPhrase = (c: AboutCue) => ({ ...c, phrase: phrase(c.text), spaced: c.text.includes(' '), tag: `${TAG.about}${c.value}` });
  const near = cues.filter((c) => c.value !== 'anniversary').map(withPhrase);
  const far = cues.filter((c) => c.value === 'anniversary').map(withPhrase);
  const ANNIVERSARY = `${TAG.about}anniversary`;
  return {
    refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
      for (const r of results) {
        const text = context.text;
        const wide = joined(wordsBefore(text, r.index, 14, false));
        const anniversary = far.some((c) => contains(wide, c.phrase))
          || (yearCount != null && yearCount(text.slice(Math.max(0, r.index - 40), r.index)));
        // Several tags may stand; the recognizer ranks them (anniversary first).
        if (anniversary) r.addTag(ANNIVERSARY);
        const tags = r.tags();
        let tagged = false;
        for (const t of tags) if (t.startsWith(TAG.about)) tagged = true;
        if (tagged) continue;
        const close = blank(wordsBefore(text, r.index, 4, true));
        const closeWords = joined(close);
        // An agreement's name may stand between "ký" and its date: look back through the clause.
        let clause: string | null = null;
        const noDay = !r.start.isCertain('day') && !r.start.isCertain('weekday') && !tags.has('result/relativeDate');
        const noMonth = noDay && !r.start.isCertain('month');
        for (const c of near) {
          if (c.when === 'noDay' && !noDay) continue;
          if (c.when === 'noMonth' && !noMonth) continue;
          // Past cues must sit right before the date ("từ năm 2012"); others within a few words.
          const hit = c.value === 'past' ? endsWith(close, c.phrase) || (c.spaced && contains(closeWords, c.phrase))
            : contains(c.value === 'signing' ? (clause ??= joined(blank(wordsBefore(text, r.index, 24, true)))) : closeWords, c.phrase);
          if (hit) {
            r.addTag(c.tag);
            break;
          }
        }
      }
      return results;
    },
  };
}
