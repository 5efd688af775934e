/**
 * The Vietnamese refiners: the shared factories (src/recognize/dates/refiners.ts) given the
 * Vietnamese words, and the duration refiner, whose units are Vietnamese words.
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { codePointLength } from '../../../engine/tokens.js';
import { aboutRefiner, notDateRefiner, vaguePeriodRefiner, weekdayCueRefiner } from '../../../recognize/dates/refiners.js';
import { aboutCues, aboutLookalikes, notDatePrefixes, vaguePeriods, weekdayCues, yearCount } from './words.js';

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

export const viRefiners: Refiner[] = [
  notDateRefiner(notDatePrefixes),
  vaguePeriodRefiner(vaguePeriods),
  durationRefiner,
  weekdayCueRefiner(weekdayCues),
  aboutRefiner(aboutCues, yearCount, aboutLookalikes),
];
