/**
 * The Vietnamese refiners: the shared factories (src/recognize/dates/refiners.ts) given the
 * Vietnamese words, and the duration refiner, whose units are Vietnamese words.
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { isAsciiDigit, isLetterOrMark } from '../../../engine/chars.js';
import { isSpaceCode } from '../../../engine/tokens.js';
import { aboutRefiner, notDateRefiner, vaguePeriodRefiner, weekdayCueRefiner } from '../../../recognize/dates/refiners.js';
import { aboutCues, aboutLookalikes, notDatePrefixes, numberWords, timeUnits, vaguePeriods, weekdayCues, yearWords } from './words.js';

// "70 năm", "qua 3 tháng": a count of years or months, which chrono reads as a time ago. The
// reference is /^[\p{L}\p{M}\s]{0,12}\d{1,4}\s{0,3}(?:năm|tháng|tuần|ngày|giờ|phút)(?:\s{1,3}[\p{L}\p{M}]{1,6})?$/iu,
// read here in three steps: V8 took 6-9 ms to compile that regex on its first use (a cold-start
// cost), for its case-insensitive repeats of Unicode classes. Each step has one way to match:
// the words before the count cannot hold a digit, the count and its spaces run to the unit,
// no unit starts another, and the words after it run to the end.
const COUNT_AND_UNIT = /\d{1,4}\s{0,3}(?:năm|tháng|tuần|ngày|giờ|phút)/iuy;

/** "70 năm", "qua 3 tháng", "3 tháng nay": a count with a unit of time, a few words around it. */
export function isDuration(text: string): boolean {
  const n = text.length;
  let i = 0;
  let before = 0;
  for (let c: number; i < n && (isSpaceCode((c = text.codePointAt(i)!)) || isLetterOrMark(c)); i += c > 0xffff ? 2 : 1) before++;
  if (before > 12) return false;
  COUNT_AND_UNIT.lastIndex = i;
  const unit = COUNT_AND_UNIT.exec(text);
  if (!unit) return false;
  let j = i + unit[0].length;
  if (j === n) return true;
  const spaceStart = j;
  while (j < n && isSpaceCode(text.charCodeAt(j))) j++;
  if (j - spaceStart > 3 || j === spaceStart || j === n) return false;
  let after = 0;
  for (let c: number; j < n; j += c > 0xffff ? 2 : 1, after++) if (!isLetterOrMark((c = text.codePointAt(j)!))) return false;
  return after <= 6;
}

const COUNTS = new Set(numberWords.map((w) => w.text));
const UNITS = new Set(timeUnits.map((w) => w.text));

/**
 * "Trong hai ngày 30-31/12" (over the two days 30-31 December): a count and a unit right
 * before a written date tell how long that date lasts, not a time ahead of the article's date.
 */
export function countBeforeDate(text: string, index: number, matched: string): boolean {
  const words = matched.trim().toLowerCase().split(/\s+/);
  const n = words.length;
  if (n < 2 || !UNITS.has(words[n - 1]) || !(COUNTS.has(words[n - 2]) || /^\d{1,3}$/.test(words[n - 2]))) return false;
  let j = index + matched.length;
  while (j < text.length && isSpaceCode(text.charCodeAt(j))) j++;
  return j < text.length && isAsciiDigit(text.charCodeAt(j));
}

/** Drops durations chrono reads as dates ago or ahead. */
export const durationRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => !isDuration(r.text) && !countBeforeDate(context.text, r.index, r.text));
  },
};

export const viRefiners: Refiner[] = [
  notDateRefiner(notDatePrefixes),
  vaguePeriodRefiner(vaguePeriods),
  weekdayCueRefiner(weekdayCues),
  aboutRefiner(aboutCues, yearWords, aboutLookalikes),
];
