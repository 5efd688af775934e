/**
 * The language-neutral rules the date parsers of every locale are written with: a chrono
 * Parser from a regex and an extract function, word lists turned into regex alternatives,
 * checks of a day and a year, chrono components, and tags that carry what chrono's
 * components cannot (part of day, relative offset, what the date is of). A locale's words
 * are data of the types below (src/locales/<lang>/dates/words.ts).
 */
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { NeedsPattern, spacedFor, WS, type AnchoredPattern } from './patterns.js';
import { isWordCodePoint } from '../../engine/chars.js';

/** A word of a locale's date vocabulary and what it means to the parsers. */
export interface DateWord<T = true> {
  text: string;
  value: T;
  gloss: string;
}

/** What a date is of, as the about refiner tags it. */
export type DateAbout = 'signing' | 'period' | 'anniversary' | 'past' | 'report';

/** Words shortly before a date that say what the date is of (see aboutRefiner). */
export interface AboutCue {
  text: string;
  value: DateAbout;
  /** Applies only to dates without a day ('noDay') or without a month ('noMonth'). */
  when?: 'noDay' | 'noMonth';
  gloss: string;
}

/** Tags the recognizer reads off a chrono result. */
export const TAG = {
  partOfDay: 'hoidam/partOfDay:',
  relative: 'hoidam/relative:',
  about: 'hoidam/about:',
  weekdayCue: 'hoidam/weekdayCue',
  published: 'hoidam/published',
} as const;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');


/** A regex alternative of the words, longest first, spaces matching `space` (1–3 blanks). */
export function alternatives(words: readonly { text: string }[], space = `${WS}{1,3}`): string {
  return [...new Set(words.map((w) => w.text))]
    .sort((a, b) => b.length - a.length)
    .map((t) => escape(t).replace(/ /g, space))
    .join('|');
}

/** Looks a matched word up in a list, ignoring case and spacing. */
export function lookup<T>(words: readonly DateWord<T>[], text: string | undefined): T | undefined {
  if (!text) return undefined;
  const key = text.toLowerCase().replace(/\s+/g, ' ');
  return words.find((w) => w.text === key)?.value;
}

/**
 * No letter or digit touches the match on either side (checked on the whole text): what
 * /[\p{L}\p{M}\p{N}]/u says of the code unit before and the one after (a lone surrogate is neither).
 */
export function standsAlone(text: string, start: number, end: number): boolean {
  return !(start > 0 && isWordCodePoint(text.charCodeAt(start - 1))) && !(end < text.length && isWordCodePoint(text.charCodeAt(end)));
}

type Extract = (context: ParsingContext, match: RegExpExecArray) => ParsingResult | null;

/**
 * A chrono Parser: chrono runs `pattern` over the text and calls `extract` with the match
 * (its index already moved to the whole text). The word-boundary check is done on the
 * whole text because chrono restarts the regex on a substring after a rejected match.
 */
export function defineParser(name: string, pattern: RegExp | NeedsPattern | AnchoredPattern, extract: Extract): Parser {
  // chrono runs the pattern on context.text and its suffixes: their white space is the text's.
  const patternFor = spacedFor(pattern);
  const p = {
    pattern: (context: ParsingContext) => patternFor(context.text),
    extract: (context: ParsingContext, match: RegExpExecArray): ParsingResult | null => {
      if (!standsAlone(context.text, match.index, match.index + match[0].length)) return null;
      const r = extract(context, match);
      r?.addTag(`parser/${name}`);
      return r;
    },
  };
  Object.defineProperty(p, 'constructor', { value: { name } });
  return p as Parser;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A real day of a month (29 February allowed when the year is unknown or leap). */
export function validDay(day: number, month: number, year: number | null): boolean {
  if (!(month >= 1 && month <= 12 && day >= 1)) return false;
  if (month === 2 && day === 29 && year != null) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= DAYS_IN_MONTH[month - 1];
}

export const plausibleYear = (y: number): boolean => y >= 1900 && y <= 2100;

/** Components for chrono: known parts assigned, the rest implied so chrono's validity filter passes. */
export function components(day: number | null, month: number | null, year: number | null): Record<string, number> {
  const c: Record<string, number> = {};
  if (day != null) c.day = day;
  if (month != null) c.month = month;
  if (year != null) c.year = year;
  return c;
}

/** Fills what the text does not say with values that always form a valid date. */
export function implyRest(r: ParsingResult): void {
  for (const comp of [r.start, r.end]) {
    if (!comp) continue;
    // 2000 is a leap year, so "29/2" without a year stays a valid date for chrono's filters.
    if (!comp.isCertain('year')) comp.imply('year', 2000);
    if (!comp.isCertain('month')) comp.imply('month', 1);
    if (!comp.isCertain('day')) comp.imply('day', 1);
  }
}
