/** chrono-node parsers and refiners for Vietnamese dates (registered through the vi plugin). */
import { casual } from 'chrono-node/vi';
import type { Chrono, Parser, Refiner } from 'chrono-node';
import { wrapBaseParsers } from '../../../recognize/dates/patterns.js';
import { viParsers } from './parsers.js';
import { viRefiners } from './refiners.js';
import { partsOfDay } from './words.js';

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

const UNITS = /giây|phút|giờ|ngày|tuần|tháng|năm/i;
const THANG = /tháng/i;

/**
 * What every match of chrono's own Vietnamese patterns contains (chrono-node 2.10, by parser;
 * the case-insensitive flag as theirs). A sentence without it is not searched by that pattern.
 * A need several parsers share is one object: its answer for a sentence is kept (patterns.ts).
 */
const CHRONO_NEEDS: Record<string, RegExp[]> = {
  // "(này|trước|qua|sau|tới|tiếp) <unit>" or "<unit> (này|…)".
  VITimeUnitCasualRelativeFormatParser: [/này|trước|qua|sau|tới|tiếp/i, UNITS],
  VICasualDateParser: [/hôm|ngày|bây|lúc/i],
  VICasualTimeParser: [/sáng|trưa|chiều|tối|đêm|bình minh/i],
  VIStandardParser: [THANG],
  VIMonthYearParser: [THANG],
  VIYearParser: [/năm|tcn/i],
  VIWeekdayParser: [/chủ nhật|cn|thứ|t[2-7]/i],
  VITimeExpressionParser: [/giờ|:/i],
  VITimeUnitAgoFormatParser: [/trước|qua/i, UNITS],
  VITimeUnitLaterFormatParser: [/sau|nữa|tới|tiếp/i, UNITS],
  VITimeUnitWithinFormatParser: [/trong/i, UNITS],
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
  return wrapBaseParsers(base, CHRONO_NEEDS, REST_FIRST);
}
