/**
 * Year resolution: a date without its own year takes the latest such day on or before the
 * anchor (the article's own date, else options.referenceDate). Relative days and bare
 * weekdays count from the anchor's day.
 */
import type { DateParts } from '../../pipeline/types.js';

export interface Anchor {
  year: number;
  month: number | null;
  day: number | null;
  source: 'published' | 'reference';
}

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The last day the anchor covers: "2019-12" reaches 31 December. */
function anchorEnd(a: Anchor): { y: number; m: number; d: number } {
  const m = a.month ?? 12;
  return { y: a.year, m, d: a.day ?? lastDay(a.year, m) };
}

/** Year of day/month (day may be null): the latest on or before the anchor's end. */
export function resolveYear(month: number, day: number | null, a: Anchor): number {
  const e = anchorEnd(a);
  let y = month < e.m || (month === e.m && (day == null || day <= e.d)) ? e.y : e.y - 1;
  // 29 February needs a leap year: go back to the last one.
  if (month === 2 && day === 29) while (!isLeap(y)) y--;
  return y;
}

function fromUtc(t: number): DateParts {
  const d = new Date(t);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The anchor's day moved by `offset` days; with a month-only anchor only "today" keeps its month. */
export function relativeDay(offset: number, a: Anchor): DateParts {
  if (a.month == null) return { year: a.year, month: null, day: null };
  if (a.day == null) return offset === 0 ? { year: a.year, month: a.month, day: null } : { year: a.year, month: null, day: null };
  return fromUtc(Date.UTC(a.year, a.month - 1, a.day + offset));
}

/** The latest given weekday (0 = Sunday) on or before the anchor's day; null without a full anchor. */
export function weekdayBefore(weekday: number, a: Anchor): DateParts | null {
  if (a.month == null || a.day == null) return null;
  const t = Date.UTC(a.year, a.month - 1, a.day);
  const diff = (new Date(t).getUTCDay() - weekday + 7) % 7;
  return fromUtc(t - diff * 86_400_000);
}
