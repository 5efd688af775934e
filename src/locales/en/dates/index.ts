/**
 * chrono-node parsers and refiners for English dates, on top of chrono's English parsers.
 * English from Vietnamese outlets writes numeric dates day first ("06/09/2018"), as
 * Vietnamese does; programme periods are year ranges ("for 2022-2024").
 */
import type { Chrono, Parser, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { casual } from 'chrono-node/en';
import { NeedsPattern, wrapBaseParsers, WS } from '../../../recognize/dates/patterns.js';
import { aboutRefiner, vaguePeriodRefiner } from '../../../recognize/dates/refiners.js';
import { components, defineParser, implyRest, plausibleYear, TAG, validDay } from '../../../recognize/dates/rules.js';
import { yearRangeParser } from '../../../recognize/dates/year-range.js';
import { aboutCues, ambiguousMonths, reportWords, vaguePeriods, yearAbout, yearPrepositions, yearRangePrefixes } from './words.js';

const MONTHS = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
/**
 * What every match of chrono's heaviest English patterns contains (chrono-node 2.10.3, by
 * parser; the case-insensitive flag as theirs): the words around a count of time units, a
 * month name. A sentence without it is not searched by that pattern, so V8 neither runs nor
 * compiles it there (it compiles a regex to native code on its second run: a cold-start cost).
 */
const CHRONO_NEEDS: Record<string, RegExp[]> = {
  // "<units> (ago|before|earlier)", the word ending there as in chrono's pattern.
  ENTimeUnitAgoFormatParser: [/(?:ago|before|earlier)(?!\w)/i],
  // "<units> (later|after|…|out)", the word ending there: not the "later" of "bilateral".
  ENTimeUnitLaterFormatParser: [/(?:later|after|from now|henceforth|forward|out)(?!\w)/i],
  // "(this|last|past|next|after|+|-) <units>": the units open with a count (a digit, a number
  // word, half, a, an, few, several, the, couple) or with about/around.
  ENTimeUnitCasualRelativeFormatParser: [
    /(?:this|last|past|next|after|\+|-)\s*(?:[0-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|a|few|several|the|couple)/i,
  ],
  ENMonthNameLittleEndianParser: [MONTHS],
  ENMonthNameMiddleEndianParser: [MONTHS],
  ENMonthNameParser: [MONTHS],
  ENYearMonthNameParser: [MONTHS],
};

/** The chrono instance the English locale starts from: chrono's casual en, its heaviest patterns behind what they need. */
export function createDateBase(): Chrono {
  return wrapBaseParsers(casual.clone(), CHRONO_NEEDS);
}

/** "in 2012", "since early 2001": a bare year after a preposition (kept in the match, as chrono drops bare numbers). */
const YEAR = new RegExp(`(${yearPrepositions.join('|')})${WS}{1,3}(?:(?:early|late|mid)[- \\n]{1,3})?(\\d{4})(?![\\d/-])`, 'iu');

function year(context: ParsingContext, m: RegExpExecArray): ParsingResult | null {
  const y = +m[2];
  if (!plausibleYear(y)) return null;
  const r = context.createParsingResult(m.index, m[0], components(null, null, y));
  const about = yearAbout[m[1].toLowerCase()];
  if (about) r.addTag(`${TAG.about}${about}`);
  implyRest(r);
  return r;
}

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(?:${MONTH_NAMES.join('|')}|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)`;
const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
/**
 * "the evening of October 1", "the morning of Tuesday, 6 July 2022": chrono reads the part
 * of day and the date but leaves the merged date uncertain, so this reads both at once.
 */
// Behind the word every match has: run on every sentence, its alternations of month and
// weekday names cost ~11 ms to compile on an English article's first extract.
const PART_OF = new NeedsPattern(new RegExp(`(?:the${WS}{1,3})?(morning|afternoon|evening|night)${WS}{1,3}of${WS}{1,3}(?:${WEEKDAY},?${WS}{1,3})?`
  + `(?:(${MONTH})\\.?${WS}{1,3}(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?${WS}{1,3}(${MONTH})\\.?)(?:,?${WS}{1,3}(\\d{4}))?(?![\\d/-])`, 'iu'),
  [/morning|afternoon|evening|night/iu]);

function monthOf(word: string): number {
  const w = word.toLowerCase();
  return MONTH_NAMES.findIndex((m) => m.startsWith(w.slice(0, 3))) + 1;
}

function partOf(context: ParsingContext, m: RegExpExecArray): ParsingResult | null {
  const month = monthOf(m[2] ?? m[5]);
  const day = +(m[3] ?? m[4]);
  const y = m[6] ? +m[6] : null;
  if (!month || !validDay(day, month, y) || (y != null && !plausibleYear(y))) return null;
  const r = context.createParsingResult(m.index, m[0], components(day, month, y));
  r.addTag(`${TAG.partOfDay}${m[1].toLowerCase()}`);
  implyRest(r);
  return r;
}

const SLASH = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?$/;
// A month name, then a spelled-out word in capitals ("December, First", "March Second").
const MONTH_THEN_WORD = new RegExp(`^(${MONTH}\\.?),?${WS}{1,3}([a-z]+)$`, 'iu');
// The day written before such a month ("3 December"), which chrono dropped for the longer reading.
const DAY_BEFORE = /(\d{1,2})(?:st|nd|rd|th)?\s{1,3}$/;

/** Whether a reporting word ends right before `index` ("said on Saturday", "said Saturday"). */
function reportedOn(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 40), index).toLowerCase().trimEnd();
  return reportWords.some((w) => before.endsWith(w) && !/\p{L}/u.test(before[before.length - w.length - 1] ?? ''));
}

/** Reads chrono's month-first slash dates day first and drops readings that are words. */
const cleanup: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (const r of results) {
      const tags = r.tags();
      const text = r.text.replace(/^(?:on|at)\s+/i, '');
      if (tags.has('casualReference/now')) continue;
      // "last week", "next month": not a day the record can hold.
      if (tags.has('result/relativeDate') && /\b(?:weeks?|months?|years?)\b/i.test(r.text)) continue;
      const s = r.start;
      const weekdayOnly = s.isCertain('weekday') && !s.isCertain('day') && !s.isCertain('month');
      // "Sun Group", "Sat down": abbreviations alone are words.
      if (weekdayOnly && /^[a-z]{2,4}\.?$/i.test(text)) continue;
      if (!s.isCertain('day') && s.isCertain('month') && !s.isCertain('year') && ambiguousMonths.includes(text)) continue;
      // "On 3 December, First Deputy Director …": a capitalised word after the month opens a title, not the day.
      const mw = MONTH_THEN_WORD.exec(text);
      if (mw && mw[2][0] !== mw[2][0].toLowerCase()) {
        const at = r.index + r.text.length - text.length;
        const before = DAY_BEFORE.exec(context.text.slice(Math.max(0, at - 8), at));
        const month = monthOf(mw[1]);
        if (before && month && validDay(+before[1], month, null)) {
          const from = at - before[0].length;
          const fixed = context.createParsingResult(from, context.text.slice(from, at + mw[1].length), components(+before[1], month, null));
          implyRest(fixed);
          out.push(fixed);
        }
        continue;
      }
      if (reportedOn(context.text, r.index)) r.addTag(`${TAG.about}report`);
      const sl = tags.has('parser/SlashDateFormatParser') ? SLASH.exec(r.text) : null;
      if (sl) {
        const day = +sl[1];
        const month = +sl[2];
        const y = sl[3] ? (sl[3].length === 2 ? 2000 + +sl[3] : +sl[3]) : null;
        if (!validDay(day, month, y)) continue;
        const fixed = context.createParsingResult(r.index, r.text, components(day, month, y));
        for (const t of tags) fixed.addTag(t);
        implyRest(fixed);
        out.push(fixed);
        continue;
      }
      out.push(r);
    }
    return out;
  },
};

export const dateParsers: Parser[] = [
  defineParser('ENPartOfDayParser', PART_OF, partOf),
  defineParser('ENYearParser', YEAR, year),
  yearRangeParser(yearRangePrefixes),
];
export const dateRefiners: Refiner[] = [cleanup, vaguePeriodRefiner(vaguePeriods), aboutRefiner(aboutCues, null)];
