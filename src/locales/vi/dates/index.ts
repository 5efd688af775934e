/** chrono-node parsers and refiners for Vietnamese dates (registered through the vi plugin). */
import { casual } from 'chrono-node/vi';
import type { Chrono, Parser, Refiner } from 'chrono-node';
import { DIGITS_SEPARATED, wrapBaseParsers } from '../../../recognize/dates/patterns.js';
import { alternatives } from '../../../recognize/dates/rules.js';
import { THANG, viParsers, YEAR_NUMBER } from './parsers.js';
import { durationRefiner, viRefiners } from './refiners.js';
import {
  casualDays, numberWords, partsOfDay, relativeDays, timeUnits, unitModifiers, weekdayAbbreviations, weekdays, withinWords,
} from './words.js';

export const dateParsers: Parser[] = viParsers;
export const dateRefiners: Refiner[] = viRefiners;
/** Words without which no date is found in a sentence without digits (see words.ts). */
export { dateCues } from './words.js';

const PART_OF_DAY_WORDS = new Set(partsOfDay.map((w) => w.text));

/**
 * chrono 2.10's own part-of-day results ("Sáng", "Chiều") carry no certain component, so its
 * date–time merger takes them for dates and, merging "Sáng" with a date found by another
 * parser, keeps the empty one. Marking their (implied) second as certain makes them times,
 * so the merger keeps the date; hours stay implied, so no clock time is invented.
 */
const partOfDayIsTime: Refiner = {
  refine: (_context, results) => {
    for (const r of results) {
      const s = r.start;
      if (s.isCertain('day') || s.isCertain('month') || s.isCertain('year') || s.isCertain('weekday') || s.isCertain('hour')) continue;
      if (PART_OF_DAY_WORDS.has(r.text.trim().toLowerCase())) s.assign('second', s.get('second') ?? 0);
    }
    return results;
  },
};


// The words of chrono's patterns, as regex alternatives of our lists (chrono-node 2.10's
// dictionaries: tests/dates-vi-needs.test.ts checks each list against chrono's). A space is
// the one space chrono writes, or any white space where a need may be looser than the pattern.
const UNIT = alternatives(timeUnits, ' ');
// chrono's NUMBER_PATTERN: a number word or digits ("3", "1.5").
const NUMBER = `[0-9]+(?:\\.[0-9]+)?|${alternatives(numberWords, ' ')}`;
// How every number ends: a digit or a number word of one word ("mười một" ends in "một").
const NUMBER_END = `[0-9]|${alternatives(numberWords.filter((w) => !w.text.includes(' ')))}`;
const modifiers = (keep: (m: (typeof unitModifiers)[number]['value']) => boolean): string => alternatives(unitModifiers.filter((m) => keep(m.value)));

/**
 * A unit of time next to a modifier, a number between them or not: "qua 3 tháng", "tuần
 * này", "ba ngày trước", "hai tuần nữa". chrono's counted-time patterns all have one (see
 * CHRONO_NEEDS); most sentences hold both a unit ("ngày", "năm") and a modifier ("qua" in
 * "thông qua", "sau"), few the one next to the other. `\s*` is looser than chrono's
 * `\s{0,5}`, so every match of theirs has it. As in chrono's patterns, a modifier before the
 * unit starts a word (`(\W|^)` there: the modifiers open with an ASCII letter, so \b), and one
 * after it ends a word (`(?=\W|$)`): "70 năm quan hệ" has no "năm qua".
 */
const UNIT_WITH_MODIFIER = new RegExp(
  `\\b(?:${modifiers((m) => m.before)})\\s*(?:(?:${NUMBER})\\s*)?(?:${UNIT})|(?:${UNIT})\\s*(?:${modifiers(() => true)})(?!\\w)`, 'i',
);
/** A count of a unit before a modifier of time ago or ahead: "ba ngày trước", "hai tuần nữa". */
const COUNT_WITH_MODIFIER = new RegExp(`(?:${NUMBER_END})\\s*(?:${UNIT})\\s*(?:${modifiers((m) => m.towards !== 'now')})(?!\\w)`, 'i');

/**
 * What every match of chrono's own Vietnamese patterns contains (chrono-node 2.10, by parser;
 * the case-insensitive flag as theirs). A sentence without it is not searched by that pattern.
 * A need several parsers share is one object: its answer for a sentence is kept (patterns.ts).
 */
const CHRONO_NEEDS: Record<string, RegExp[]> = {
  // "(này|trước|…)\s*(number\s*)?unit" or "(number\s*)?unit\s*(này|trước|…)".
  VITimeUnitCasualRelativeFormatParser: [UNIT_WITH_MODIFIER],
  // "hôm nay", "ngày mai", "bây giờ": chrono's words, each written with one space.
  VICasualDateParser: [new RegExp(alternatives([...relativeDays, ...casualDays], ' '), 'i')],
  VICasualTimeParser: [/sáng|trưa|chiều|tối|đêm|bình minh/i],
  VIStandardParser: [THANG],
  VIMonthYearParser: [THANG],
  // "năm 2016", "300 TCN".
  VIYearParser: [YEAR_NUMBER],
  // A weekday's words ("thứ hai", one space as chrono writes them) or an abbreviation after a
  // word boundary ("T2", "CN": chrono's `(\W|^)` before it; \b, as the i flag reads \w, agrees).
  VIWeekdayParser: [new RegExp(`${alternatives(weekdays, ' ')}|\\b(?:${alternatives(weekdayAbbreviations)})`, 'i')],
  VITimeExpressionParser: [/giờ|:/i],
  // "(number unit)+ (trước|qua)", "(number unit)+ (sau|nữa|tới|tiếp)": the last count next to its modifier.
  VITimeUnitAgoFormatParser: [UNIT_WITH_MODIFIER, COUNT_WITH_MODIFIER],
  VITimeUnitLaterFormatParser: [UNIT_WITH_MODIFIER, COUNT_WITH_MODIFIER],
  // "trong (vòng) number unit": the last word before the count, the count and its unit.
  VITimeUnitWithinFormatParser: [new RegExp(`(?:${alternatives(withinWords)})\\s*(?:${NUMBER})\\s*(?:${UNIT})`, 'i')],
  // A day and a month (or ISO's year and month) in digits, a separator between them; ISO's
  // year is four digits and a hyphen ("2024-03-21"), written out digit by digit: V8 then skips
  // ahead by them, which it does not for [0-9]{4}.
  ISOFormatParser: [DIGITS_SEPARATED, /[0-9][0-9][0-9][0-9]-[0-9]/],
  SlashDateFormatParser: [DIGITS_SEPARATED],
};

/**
 * chrono's word-boundary patterns (`(\W|^)` + rest) found rest first (BoundaryPattern in
 * patterns.ts): those whose rest, a regex of its own then, is linear and costs less so.
 * (VIWeekdayParser's rest, `…(?:\s*(này|…|sau(?!\s*khi)|qua))?`, is not linear on long runs
 * of white space: chrono's regex is run as chrono wrote it.)
 */
const REST_FIRST = new Set([
  'ISOFormatParser', 'VICasualDateParser', 'VICasualTimeParser', 'VIStandardParser', 'VIYearParser', 'VITimeExpressionParser',
]);

/** The chrono instance the Vietnamese locale starts from: chrono's casual vi, repaired. */
export function createDateBase(): Chrono {
  const base = casual.clone();
  base.refiners.unshift(partOfDayIsTime);
  // Before chrono's own overlap removal: "Trong hai ngày 30-31/12" ("over the two days of …")
  // is read both as a duration ahead and, sharing "ngày", as the date range; the duration must
  // go first, or the overlap removal keeps it and drops the range.
  base.refiners.unshift(durationRefiner);
  return wrapBaseParsers(base, CHRONO_NEEDS, REST_FIRST);
}
