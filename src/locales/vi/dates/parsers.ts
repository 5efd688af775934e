/**
 * Vietnamese date parsers for chrono. Each one matches a whole expression, prefix included
 * ("Chiều 21/3", "Ngày 16-9", "từ ngày 15-17/3"), so chrono's overlap removal prefers it to
 * the built-in parsers' shorter or wrong readings. Day first always: "6/4" is 6 April.
 */
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { AnchoredPattern, DIGITS_SEPARATED, NeedsPattern, WS } from '../../../recognize/dates/patterns.js';
import {
  alternatives, components, defineParser, implyRest, lookup, plausibleYear, TAG, validDay,
} from '../../../recognize/dates/rules.js';
import { yearRangeParser } from '../../../recognize/dates/year-range.js';
import {
  partsOfDay, periodModifiers, rangeStarts, rangeWords, relativeAfterPart, relativeDays, weekdays, yearRangePrefixes, yearWords,
} from './words.js';

const PART = `(?:buổi${WS}{1,3})?(${alternatives(partsOfDay)})`;
const REL_AFTER_PART = `(${alternatives(relativeAfterPart)})`;
const REL_DAY = `(${alternatives(relativeDays)})`;
const WEEKDAY = `(${alternatives(weekdays)})`;
const MOD = `(${alternatives(periodModifiers)})`;
const TO = `(?:${alternatives(rangeWords)})`;
const FROM = `(?:${alternatives(rangeStarts)})`;

/** "hôm nay (16/3)": the match opened a parenthesis; take the closing one too. */
function closeParen(context: ParsingContext, m: RegExpExecArray): string {
  const end = m.index + m[0].length;
  return m[0].includes('(') && !m[0].includes(')') && context.text[end] === ')' ? `${m[0]})` : m[0];
}

function tagPrefix(r: ParsingResult, part: string | undefined, rel: number | undefined, weekday: number | undefined): void {
  const pod = lookup(partsOfDay, part);
  if (pod) r.addTag(`${TAG.partOfDay}${pod}`);
  if (rel != null) r.addTag(`${TAG.relative}${rel}`);
  if (weekday != null) r.start.assign('weekday', weekday);
}

// The prefix's only digit: a weekday written "thứ 2" … "thứ 7", which may run into the day after it.
const WEEKDAY_DIGIT = /thứ\s{1,3}$/iu;

// Prefix: part of day (+ "nay"/"qua"), or a relative day, then "(" or ",", a weekday, "ngày".
const PREFIX = `(?:${PART}(?:${WS}{1,3}${REL_AFTER_PART})?${WS}{0,3}[,(]?${WS}{0,3})?`
  + `(?:${REL_DAY}${WS}{0,3}[,(]?${WS}{0,3})?`
  + `(?:${WEEKDAY}${WS}{0,3}[,(]?${WS}{0,3})?`
  + `(?:(ngày)${WS}{1,3})?`;

/**
 * "21/3", "ngày 06/9/2018", "Ngày 16-9", "21-3-2016", "Chiều nay 3/12", "Thứ năm 20/05/2021",
 * "15-17/3", "17-20/9/2025", "28/5 - 4/6/2024", "15/3 đến 17/3".
 */
const NUMERIC = new NeedsPattern(new AnchoredPattern(
  PREFIX,
  `(\\d{1,2})(?:${WS}{0,2}[-–]${WS}{0,2}(\\d{1,2}))?` // day, or first and last day of a range
  + '([/.-])(\\d{1,2})(?:\\3(\\d{4}))?' // month, year with the same separator
  + `(?:${WS}{0,3}(?:[-–]|${TO})${WS}{0,3}(?:ngày${WS}{1,3})?(\\d{1,2})([/.-])(\\d{1,2})(?:\\7(\\d{4}))?)?` // "- 4/6/2024"
  + '(?![\\d/.-]?\\d)',
  'iu',
  WEEKDAY_DIGIT,
), [DIGITS_SEPARATED]);

function numeric(context: ParsingContext, m: RegExpExecArray): ParsingResult | null {
  const [, part, relAfter, relDay, wd, ngay, d1s, d2s, sep, ms, ys, e1s, , ems, eys] = m;
  const rel = relDay ? lookup(relativeDays, relDay) : relAfter ? lookup(relativeAfterPart, relAfter) : undefined;
  const prefixed = !!(part || relDay || wd || ngay);
  // "16-9" or "3.5" alone is a score or a number; a prefix or a year makes it a date.
  if (sep !== '/' && !ys && !prefixed) return null;
  const d1 = +d1s;
  const month = +ms;
  const year = ys ? +ys : null;
  if (year != null && !plausibleYear(year)) return null;
  if (!validDay(d1, month, year)) return null;
  let end: Record<string, number> | null = null;
  if (d2s) {
    const d2 = +d2s;
    if (!(d2 > d1) || !validDay(d2, month, year)) return null;
    end = components(d2, month, year);
  } else if (e1s) {
    const ed = +e1s;
    const em = +ems;
    const ey = eys ? +eys : year;
    if (ey != null && !plausibleYear(ey)) return null;
    if (!validDay(ed, em, ey)) return null;
    end = components(ed, em, ey);
  }
  const r = context.createParsingResult(m.index, closeParen(context, m), components(d1, month, year), end ?? undefined);
  tagPrefix(r, part, rel, wd ? lookup(weekdays, wd) : undefined);
  implyRest(r);
  return r;
}

/**
 * "từ 4 đến 8.12", "từ ngày 20 đến 22/2/2025", "từ 4 - 8/12": a range whose first day is written
 * alone. "từ" (from) makes the bare "8.12" a date rather than a decimal.
 */
const FROM_RANGE = new NeedsPattern(new AnchoredPattern(
  `${PART}?${WS}{0,3}`,
  `${FROM}${WS}{1,3}(?:ngày${WS}{1,3})?(\\d{1,2})${WS}{0,3}(?:[-–]|${TO})${WS}{0,3}(?:ngày${WS}{1,3})?`
  + '(\\d{1,2})([/.-])(\\d{1,2})(?:\\3(\\d{4}))?(?![\\d/.-]?\\d)',
  'iu',
), [DIGITS_SEPARATED]);

function fromRange(context: ParsingContext, m: RegExpExecArray): ParsingResult | null {
  const [, part, d1s, d2s, , ms, ys] = m;
  const d1 = +d1s;
  const d2 = +d2s;
  const mo = +ms;
  const yr = ys ? +ys : null;
  if (yr != null && !plausibleYear(yr)) return null;
  if (!(d2 > d1) || !validDay(d1, mo, yr) || !validDay(d2, mo, yr)) return null;
  // The match starts at the first day: "từ" is not part of the date's text.
  const at = m[0].search(/\d/);
  const r = context.createParsingResult(m.index + at, m[0].slice(at), components(d1, mo, yr), components(d2, mo, yr));
  tagPrefix(r, part, undefined, undefined);
  implyRest(r);
  return r;
}

/**
 * "tháng" (month): in every match of the worded day and the month patterns, and of chrono's
 * day-month and month-year ones, in few sentences. One need for chrono's patterns (flag i) and
 * ours (iu): no character matches a letter of "tháng" under the one flag and not the other
 * (tests/dates-vi-needs.test.ts checks every code point), so it is searched once a sentence.
 */
export const THANG = /tháng/i;

/** "ngày 21 tháng 3 năm 2016", "Sáng 21 tháng 3", "21 tháng 3, 2016". */
const WORDED = new NeedsPattern(new AnchoredPattern(
  PREFIX,
  `(\\d{1,2})${WS}{1,3}tháng${WS}{1,3}(\\d{1,2})(?:${WS}{0,3}(?:năm${WS}{1,3}|,${WS}{0,3}|/)(\\d{4}))?(?![\\d])`,
  'iu',
  WEEKDAY_DIGIT,
), [THANG]);

function worded(context: ParsingContext, m: RegExpExecArray): ParsingResult | null {
  const [, part, relAfter, relDay, wd, , ds, ms, ys] = m;
  const rel = relDay ? lookup(relativeDays, relDay) : relAfter ? lookup(relativeAfterPart, relAfter) : undefined;
  const year = ys ? +ys : null;
  if (year != null && !plausibleYear(year)) return null;
  if (!validDay(+ds, +ms, year)) return null;
  const r = context.createParsingResult(m.index, closeParen(context, m), components(+ds, +ms, year));
  tagPrefix(r, part, rel, wd ? lookup(weekdays, wd) : undefined);
  implyRest(r);
  return r;
}

/** "tháng 12/2013", "tháng 5 năm 2025", "trung tuần tháng 12/2013", "đầu tháng 6". */
const MONTH = new NeedsPattern(new AnchoredPattern(
  `(?:${MOD}${WS}{1,3})?`,
  `tháng${WS}{1,3}(\\d{1,2})(?:${WS}{0,3}(?:năm${WS}{1,3}|/|,${WS}{0,3})(\\d{4}))?(?![\\d/])`,
  'iu',
), [THANG]);

function month(context: ParsingContext, m: RegExpExecArray): ParsingResult | null {
  const mo = +m[2];
  const year = m[3] ? +m[3] : null;
  if (mo < 1 || mo > 12 || (year != null && !plausibleYear(year))) return null;
  // "3 tháng 5" is the worded day form's; a count before "tháng" makes this a duration.
  if (/\d\s{0,3}$/.test(context.text.slice(Math.max(0, m.index - 4), m.index))) return null;
  const r = context.createParsingResult(m.index, m[0], components(null, mo, year));
  implyRest(r);
  return r;
}

/** "năm 2012", "cuối năm 2020". */
// "năm" (year) before a digit, or "tcn" (BC): what chrono's year pattern needs, and this one
// the first ("tcn" first: a regex that opens with a digit and white space is slow to search).
// One need for both, as THANG is (its letters fold alike under i and iu).
export const YEAR_NUMBER = new RegExp(`tcn|${alternatives(yearWords)}\\s*[0-9]`, 'i');
const YEAR = new NeedsPattern(new AnchoredPattern(`(?:${MOD}${WS}{1,3})?`, `năm${WS}{1,3}(\\d{4})(?![\\d/-])`, 'iu'), [YEAR_NUMBER]);

function year(context: ParsingContext, m: RegExpExecArray): ParsingResult | null {
  const y = +m[2];
  if (!plausibleYear(y)) return null;
  const r = context.createParsingResult(m.index, m[0], components(null, null, y));
  implyRest(r);
  return r;
}

/** "hôm nay", "hôm qua", "ngày mai", "chiều nay", "tối qua", "sáng hôm nay" without a date. */
// Every relative word ends in one of these: a sentence without them is not searched. (A
// sharper need, a relative day's last two words or a part of the day before one, passed fewer
// sentences but cost more to search than the pattern it spared: 51k instructions per seed
// article against 44k.)
const RELATIVE = new NeedsPattern(new RegExp(`(?:${PART}${WS}{1,3}(?:${REL_AFTER_PART}|${REL_DAY}))|${REL_DAY}`, 'iu'), [/nay|qua|mai|kia/iu]);

function relative(context: ParsingContext, m: RegExpExecArray): ParsingResult | null {
  const [, part, relAfter, relDay1, relDay2] = m;
  const rel = relAfter ? lookup(relativeAfterPart, relAfter) : lookup(relativeDays, relDay1 ?? relDay2);
  if (rel == null) return null;
  const r = context.createParsingResult(m.index, m[0]);
  r.start = context.createParsingComponents();
  r.start.addTag('result/relativeDate');
  tagPrefix(r, part, rel, undefined);
  return r;
}

/** A bare weekday ("vào thứ Sáu", "Chủ nhật"): resolved later against the article's date. */
// A weekday's first word ("thứ", "chủ"): the need, searched 3-4 times faster than the weekdays.
const WEEKDAY_FIRST_WORD = new RegExp(alternatives(weekdays.map((w) => ({ text: w.text.split(' ')[0] }))), 'iu');
const WEEKDAY_ONLY = new NeedsPattern(
  new AnchoredPattern(`(?:${PART}${WS}{1,3})?`, `${WEEKDAY}(?:${WS}{1,3}(tuần${WS}{1,3}(?:này|trước|qua|tới|sau)))?`, 'iu'),
  [WEEKDAY_FIRST_WORD],
);

function weekdayOnly(context: ParsingContext, m: RegExpExecArray): ParsingResult | null {
  const [, part, wd, week] = m;
  const dow = lookup(weekdays, wd);
  if (dow == null) return null;
  // "tuần tới/sau" is next week: after the article's date, which the resolver cannot place.
  if (week && /tới|sau/i.test(week)) return null;
  const r = context.createParsingResult(m.index, m[0]);
  r.start.assign('weekday', dow);
  tagPrefix(r, part, undefined, undefined);
  if (part || week || dow === 0) r.addTag(TAG.weekdayCue);
  return r;
}

export const viParsers: Parser[] = [
  defineParser('VINumericDateParser', NUMERIC, numeric),
  defineParser('VIWordedDateParser', WORDED, worded),
  defineParser('VIFromRangeParser', FROM_RANGE, fromRange),
  defineParser('VIMonthParser', MONTH, month),
  defineParser('VIYearParser', YEAR, year),
  yearRangeParser(yearRangePrefixes),
  defineParser('VIRelativeDayParser', RELATIVE, relative),
  defineParser('VIWeekdayOnlyParser', WEEKDAY_ONLY, weekdayOnly),
];
