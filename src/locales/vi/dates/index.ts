/** chrono-node parsers and refiners for Vietnamese dates (registered through the vi plugin). */
import { casual } from 'chrono-node/vi';
import type { Chrono, Parser, Refiner } from 'chrono-node';
import { viParsers } from './parsers.js';
import { viRefiners } from './refiners.js';
import { partsOfDay } from './words.js';

export const dateParsers: Parser[] = viParsers;
export const dateRefiners: Refiner[] = viRefiners;
/** Words without which no date is found in a sentence without digits (see words.ts). */
export { dateCues } from './words.js';
export { TAG } from './build.js';

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

/** The chrono instance the Vietnamese locale starts from: chrono's casual vi, repaired. */
export function createDateBase(): Chrono {
  const base = casual.clone();
  base.refiners.unshift(partOfDayIsTime);
  return base;
}
