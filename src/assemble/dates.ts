/** Turns a date mention into the record's PartialDate. */
import type { DateParts, DateValue, Doc, DateMention } from '../pipeline/types.js';
import type { DatePoint, PartialDate } from '../schema.js';

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** ISO 8601 of what is known: "2016-03-21", "2016-03", "2016", "--03-21", "--03". */
export function isoOf(d: DateParts): string {
  if (d.year != null) {
    if (d.month == null) return pad(d.year, 4);
    if (d.day == null) return `${pad(d.year, 4)}-${pad(d.month)}`;
    return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
  }
  if (d.month == null) return '';
  return d.day == null ? `--${pad(d.month)}` : `--${pad(d.month)}-${pad(d.day)}`;
}

function point(d: DateParts): DatePoint {
  return { year: d.year, month: d.month, day: d.day, iso: isoOf(d) };
}

export function toPartialDate(doc: Doc, m: DateMention | null, value: DateValue | null = m?.value ?? null): PartialDate | null {
  if (!m || !value) return null;
  const iso = isoOf(value);
  if (!iso) return null;
  return {
    iso,
    year: value.year,
    month: value.month,
    day: value.day,
    end: value.end ? point(value.end) : null,
    partOfDay: value.partOfDay,
    time: value.time,
    yearSource: value.yearSource,
    span: doc.span(m.start, m.end),
  };
}
