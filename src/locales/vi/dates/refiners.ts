/**
 * Refiners that run after chrono's own: drop readings that are not dates (document numbers,
 * ordinals read as weekdays) and tag what each date is of from the words before it.
 * The factories take word lists, so the English locale builds its own from the same code.
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { codePointLength } from '../../../engine/tokens.js';
import { TAG } from './build.js';
import { aboutCues, aboutLookalikes, notDatePrefixes, vaguePeriods, weekdayCues, yearCount, type AboutCue } from './words.js';

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** The last `n` words before `end` (lower case), stopping at a clause break when `clause`. */
function wordsBefore(text: string, end: number, n: number, clause: boolean): string[] {
  let from = Math.max(0, end - n * 14);
  if (clause) {
    const brk = Math.max(text.lastIndexOf(',', end - 1), text.lastIndexOf(';', end - 1), text.lastIndexOf('.', end - 1));
    // A dot inside a number ("06.9.2018") is not a clause break; digits on both sides.
    if (brk >= from && !(/\d/.test(text[brk - 1] ?? '') && /\d/.test(text[brk + 1] ?? ''))) from = brk + 1;
  }
  return (text.slice(from, end).toLowerCase().match(WORD) ?? []).slice(-n);
}

const endsWith = (words: readonly string[], phrase: string): boolean => {
  const p = phrase.split(' ');
  if (p.length > words.length) return false;
  return p.every((w, i) => words[words.length - p.length + i] === w);
};
/** The words joined for `contains`: " w1 w2 … ". */
const joined = (words: readonly string[]): string => ` ${words.join(' ')} `;
/** Does the phrase stand among the words (`joined` once, tested for many phrases)? */
const contains = (words: string, phrase: string): boolean => words.includes(` ${phrase} `);

/** Drops numbers that a preceding word makes a document number or a score. */
export function notDateRefiner(prefixes: readonly { text: string }[]): Refiner {
  return {
    refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
      return results.filter((r) => {
        if (!/^\d/.test(r.text)) return true;
        const before = wordsBefore(context.text, r.index, 3, false);
        return !prefixes.some((p) => endsWith(before, p.text));
      });
    },
  };
}

// "70 năm", "qua 3 tháng": a count of years or months, which chrono reads as a time ago.
// Written with * and the lengths (at most 12 and 6 characters) checked after: V8 unrolls a
// bounded repeat of a Unicode class, which made this regex slow to compile (a cold-start
// cost). Neither run can hold what follows it (a digit, the end), so the split is the same.
const DURATION = /^([\p{L}\p{M}\s]*)\d{1,4}\s{0,3}(?:năm|tháng|tuần|ngày|giờ|phút)(?:\s{1,3}([\p{L}\p{M}]+))?$/iu;
/** "70 năm", "qua 3 tháng", "3 tháng nay": a count with a unit of time, a few words around it. */
export function isDuration(text: string): boolean {
  const m = DURATION.exec(text);
  return m !== null && codePointLength(m[1]) <= 12 && (m[2] === undefined || codePointLength(m[2]) <= 6);
}

/** Drops durations chrono reads as dates ago or ahead. */
export const durationRefiner: Refiner = {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => !isDuration(r.text));
  },
};

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
  return {
    refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
      return results.filter((r) => {
        const s = r.start;
        if (!s.isCertain('weekday') || s.isCertain('day') || s.isCertain('month')) return true;
        if (r.tags().has(TAG.weekdayCue)) return true;
        const before = wordsBefore(context.text, r.index, 1, true);
        return cues.some((c) => endsWith(before, c.text));
      });
    },
  };
}

/** Tags each result with what it is the date of, from the words before it. */
export function aboutRefiner(cues: readonly AboutCue[], years: RegExp | null, lookalikes: readonly { text: string }[] = []): Refiner {
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
  const near = cues.filter((c) => c.value !== 'anniversary');
  const far = cues.filter((c) => c.value === 'anniversary');
  return {
    refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
      for (const r of results) {
        const text = context.text;
        const wide = joined(wordsBefore(text, r.index, 14, false));
        const anniversary = far.some((c) => contains(wide, c.text))
          || (years != null && years.test(text.slice(Math.max(0, r.index - 40), r.index)));
        // Several tags may stand; the recognizer ranks them (anniversary first).
        if (anniversary) r.addTag(`${TAG.about}anniversary`);
        if ([...r.tags()].some((t) => t.startsWith(TAG.about))) continue;
        const close = blank(wordsBefore(text, r.index, 4, true));
        const closeWords = joined(close);
        // An agreement's name may stand between "ký" and its date: look back through the clause.
        let clause: string | null = null;
        const noDay = !r.start.isCertain('day') && !r.start.isCertain('weekday') && !r.tags().has('result/relativeDate');
        const noMonth = noDay && !r.start.isCertain('month');
        for (const c of near) {
          if (c.when === 'noDay' && !noDay) continue;
          if (c.when === 'noMonth' && !noMonth) continue;
          // Past cues must sit right before the date ("từ năm 2012"); others within a few words.
          const hit = c.value === 'past' ? endsWith(close, c.text) || (c.text.includes(' ') && contains(closeWords, c.text))
            : contains(c.value === 'signing' ? (clause ??= joined(blank(wordsBefore(text, r.index, 24, true)))) : closeWords, c.text);
          if (hit) {
            r.addTag(`${TAG.about}${c.value}`);
            break;
          }
        }
      }
      return results;
    },
  };
}

export const viRefiners: Refiner[] = [
  notDateRefiner(notDatePrefixes),
  vaguePeriodRefiner(vaguePeriods),
  durationRefiner,
  weekdayCueRefiner(weekdayCues),
  aboutRefiner(aboutCues, yearCount, aboutLookalikes),
];
