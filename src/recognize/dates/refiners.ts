/**
 * Refiners that run after chrono's own, for every locale: drop readings that are not dates
 * (document numbers, ordinals read as weekdays, vague periods) and tag what each date is of
 * from the words before it. Each factory takes its words as parameters: a locale builds its
 * refiners from its own word lists (src/locales/<lang>/dates/).
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { codePointBefore, isAsciiDigit, isLetterOrMark, isLetterOrNumberAnyCase, isWordCodePoint, wordRuns } from '../../engine/chars.js';
import { alternatives, TAG, type AboutCue } from './rules.js';


/** Digits on both sides of `i`: a mark inside a number ("06.9.2018", "1,5"), not a clause break. */
function insideNumber(text: string, i: number): boolean {
  return isAsciiDigit(text.charCodeAt(i - 1)) && isAsciiDigit(text.charCodeAt(i + 1));
}

/**
 * Where the look-back of `n` words before `end` starts: `n` × 14 characters back or, when
 * `clause`, just after the last ',', ';' or '.' before `end` if that is nearer and not inside
 * a number. (Only the span is searched for it: a mark further back changes nothing.)
 */
function lookBackStart(text: string, end: number, n: number, clause: boolean): number {
  const from = Math.max(0, end - n * 14);
  if (!clause) return from;
  for (let i = end - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    // The last mark decides: one inside a number stops the search too (and moves nothing).
    if (c === 0x2c || c === 0x3b || c === 0x2e) return insideNumber(text, i) ? from : i + 1;
  }
  return from;
}

/** Is there a capital sigma in [from, end)? */
const sigmaIn = (text: string, from: number, end: number): boolean => {
  const at = text.indexOf('\u03a3', from);
  return at >= 0 && at < end;
};

/** Is `i` between the two halves of a surrogate pair? */
const splitsPair = (text: string, i: number): boolean => {
  const low = text.charCodeAt(i);
  const high = text.charCodeAt(i - 1);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
};

/**
 * The last `n` words before `end` (lower case), stopping at a clause break when `clause`:
 * the last `n` of wordRuns(text.slice(from, end).toLowerCase()), where `from` is `n` × 14
 * characters back or just after the clause break.
 */
export function wordsBefore(text: string, end: number, n: number, clause: boolean): string[] {
  const from = lookBackStart(text, end, n, clause);
  // Capital sigma is the one letter whose lower case depends on the letters around it (final
  // sigma): there, the span is lowered whole, as the words are defined.
  if (sigmaIn(text, from, end)) return wordRuns(text.slice(from, end).toLowerCase()).slice(-n);
  return new WordsBack(text, end, from).words(n, from);
}

/**
 * The words before a position, read back from it once for several look-backs (the about
 * refiner takes three of each result: 4, 14 and 24 words, in and across clauses), each word
 * lowered once. Read back from `end` and lowered word by word: lowering keeps every character
 * a word character or not (tests/dates-words.test.ts checks each code point), so the words are
 * those of the span lowered whole, for a walk of a few words rather than the whole span.
 */
export class WordsBack {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly lowered: string[] = [];
  /** Where the walk is: [at, end) is read. */
  private at: number;

  /** `floor`: the walk's limit, the start of the widest span asked for. */
  constructor(private readonly text: string, private readonly end: number, private readonly floor: number) {
    this.at = end;
  }

  /** The look-back of `n` words before the end, stopping at a clause break when `clause` (see wordsBefore). */
  lookBack(n: number, clause: boolean): string[] {
    const { text, end } = this;
    const from = lookBackStart(text, end, n, clause);
    // The span's own answer where it cuts a pair the walk read as one, or holds a capital sigma.
    if (from < this.floor || (from > this.floor && splitsPair(text, from)) || sigmaIn(text, from, end)) return wordsBefore(text, end, n, clause);
    return this.words(n, from);
  }

  /** The last `n` words of [from, end), from >= floor (a word the walk found across `from` cut there). */
  words(n: number, from: number): string[] {
    const { text, starts, ends } = this;
    while (starts.length < n && this.at > from && this.step()) { /* read one more word */ }
    const out: string[] = [];
    for (let k = 0; k < starts.length && out.length < n && ends[k] > from; k++) {
      out.push(starts[k] >= from ? (this.lowered[k] ??= text.slice(starts[k], ends[k]).toLowerCase()) : text.slice(from, ends[k]).toLowerCase());
    }
    return out.reverse();
  }

  /** Reads back the next word (down to floor); false when there is none. */
  private step(): boolean {
    const { text, floor } = this;
    let i = this.at;
    let wordEnd = -1;
    while (i > floor) {
      // The code point before i; a pair only when both halves lie within the span.
      const low = text.charCodeAt(i - 1);
      const pair = low >= 0xdc00 && low <= 0xdfff && i - 2 >= floor && text.charCodeAt(i - 2) >= 0xd800 && text.charCodeAt(i - 2) <= 0xdbff;
      const cp = pair ? text.codePointAt(i - 2)! : low;
      const word = isWordCodePoint(cp);
      if (wordEnd < 0 && word) wordEnd = i;
      else if (wordEnd >= 0 && !word) break;
      i -= pair ? 2 : 1;
    }
    this.at = i;
    if (wordEnd < 0) return false;
    this.starts.push(i);
    this.ends.push(wordEnd);
    return true;
  }
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
    // Most look-backs hold no look-alike's first word: nothing to blank, nothing to copy.
    if (!look.some((p) => words.includes(p[0]))) return words;
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
  // A phrase stands among a span's words only if its last word is in the span's text (the
  // words are its runs lowered, and /iu folds every letter whose lower case is the word's to
  // it): one search of the text tells when no far or signing cue can, and the walk back
  // through 14 or 24 words is skipped.
  const lastWords = (list: readonly AboutCue[]): RegExp | null => (list.length
    ? new RegExp(alternatives(list.map((c) => ({ text: c.text.split(' ').pop()! }))), 'iu') : null);
  const farWord = lastWords(far);
  const signingWord = lastWords(near.filter((c) => c.value === 'signing'));
  const within = (re: RegExp | null, text: string, from: number, end: number): boolean => re != null && re.test(text.slice(from, end));
  return {
    refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
      for (const r of results) {
        const text = context.text;
        // One walk back for the three look-backs: 14 words, 4 and 24 in the clause.
        const back = new WordsBack(text, r.index, Math.max(0, r.index - 24 * 14));
        const wide = within(farWord, text, Math.max(0, r.index - 14 * 14), r.index) ? joined(back.lookBack(14, false)) : '';
        const anniversary = far.some((c) => contains(wide, c.phrase))
          || (yearCount != null && yearCount(text.slice(Math.max(0, r.index - 40), r.index)));
        // Several tags may stand; the recognizer ranks them (anniversary first).
        if (anniversary) r.addTag(ANNIVERSARY);
        const tags = r.tags();
        let tagged = false;
        for (const t of tags) if (t.startsWith(TAG.about)) tagged = true;
        if (tagged) continue;
        const close = blank(back.lookBack(4, true));
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
            : contains(c.value === 'signing' ? (clause ??= within(signingWord, text, lookBackStart(text, r.index, 24, true), r.index)
              ? joined(blank(back.lookBack(24, true))) : '') : closeWords, c.phrase);
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
