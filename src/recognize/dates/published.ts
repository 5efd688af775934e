/**
 * The article's own date: a " date 2019-12" header, a dateline "Thứ năm 20/05/2021 17:42
 * GMT + 7" / "16/09/2025 16:17", or an English dateline "MOSCOW, June 11. /TASS/" whose
 * year comes from the header. Header lines are language-neutral, so they are read by a
 * private chrono instance with two numeric parsers rather than the article's chrono.
 */
// The class only: the vi sub-path is in every entry, so this loads no other chrono locale.
import { Chrono } from 'chrono-node/vi';
import type { ParsedResult, ParsingContext, ParsingResult } from 'chrono-node';
import { components, defineParser, plausibleYear, TAG, validDay } from './rules.js';
import type { DateMention, DateValue, Doc } from '../../pipeline/types.js';
import { countLetters } from '../../engine/chars.js';

// "date 2021-01-01", "date 2019-12", "date 2021": a year, maybe a month and a day (the span is the value).
const HEADER = /(?<=date\s{1,3})(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?![\d-])/i;
// "20/05/2021 17:42", "16/09/2025 - 16:17", "22/11/2011 07:37": day first, four-digit year.
const DATELINE = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[\s,|-]{1,5}(?:lúc\s{1,3})?(\d{1,2})[:hH](\d{2}))?(?![\d/])/u;

// "2024-04-07" (an "Updated 2024-04-07 09:30" line): year first.
const ISO_DATE = /(?<![\d-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d-])/;
// English pages' date lines: "March 21, 2024", "Dec 06, 2024", "Jan. 9, 2025"; "21 March 2024".
const MONTH_FIRST = /\b([a-z]{3,9})\.?[ ]{1,3}(\d{1,2})(?:st|nd|rd|th)?,?[ ]{1,3}(\d{4})(?!\d)/i;
const DAY_FIRST = /(?<!\d)(\d{1,2})(?:st|nd|rd|th)?[ ]{1,3}(?:of[ ]{1,3})?([a-z]{3,9})\.?,?[ ]{1,3}(\d{4})(?!\d)/i;
/** English month names; a header may abbreviate them to their first three letters or more ("Sept"). */
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
function monthOf(word: string): number | null {
  const w = word.toLowerCase();
  const i = MONTHS.findIndex((m) => m.startsWith(w));
  return i >= 0 && w.length >= 3 ? i + 1 : null;
}

function dayMonthYear(context: ParsingContext, m: RegExpExecArray, d: number, mo: number | null, y: number): ParsingResult | null {
  if (mo == null || !plausibleYear(y) || !validDay(d, mo, y)) return null;
  return context.createParsingResult(m.index, m[0], components(d, mo, y));
}

function withTime(r: ParsingResult, h: string | undefined, m: string | undefined): void {
  if (h == null || m == null || +h > 23 || +m > 59) return;
  r.start.assign('hour', +h);
  r.start.assign('minute', +m);
}

const headerChrono = new Chrono({
  parsers: [
    defineParser('DateHeaderParser', HEADER, (context: ParsingContext, m: RegExpExecArray) => {
      const y = +m[1];
      const mo = m[2] ? +m[2] : null;
      const d = m[3] ? +m[3] : null;
      if (!plausibleYear(y) || (mo != null && (mo < 1 || mo > 12)) || (d != null && !validDay(d, mo ?? 1, y))) return null;
      const r = context.createParsingResult(m.index, m[0], components(d, mo, y));
      r.addTag(TAG.published);
      return r;
    }),
    defineParser('DatelineParser', DATELINE, (context: ParsingContext, m: RegExpExecArray) => {
      const [, d, mo, y, h, mi] = m;
      if (!plausibleYear(+y) || !validDay(+d, +mo, +y)) return null;
      const r = context.createParsingResult(m.index, m[0], components(+d, +mo, +y));
      withTime(r, h, mi);
      return r;
    }),
    defineParser('IsoDateParser', ISO_DATE, (context: ParsingContext, m: RegExpExecArray) => dayMonthYear(context, m, +m[3], +m[2] >= 1 && +m[2] <= 12 ? +m[2] : null, +m[1])),
    defineParser('MonthFirstParser', MONTH_FIRST, (context: ParsingContext, m: RegExpExecArray) => dayMonthYear(context, m, +m[2], monthOf(m[1]), +m[3])),
    defineParser('DayFirstParser', DAY_FIRST, (context: ParsingContext, m: RegExpExecArray) => dayMonthYear(context, m, +m[1], monthOf(m[2]), +m[3])),
  ],
  refiners: [],
});

const pad = (n: number): string => String(n).padStart(2, '0');

function toMention(doc: Doc, offset: number, r: ParsedResult): DateMention {
  const s = r.start;
  const get = (c: 'year' | 'month' | 'day'): number | null => (s.isCertain(c) ? s.get(c) : null);
  const value: DateValue = {
    year: get('year'), month: get('month'), day: get('day'), end: null, partOfDay: null,
    time: s.isCertain('hour') ? `${pad(s.get('hour') ?? 0)}:${pad(s.get('minute') ?? 0)}` : null,
    yearSource: 'explicit',
  };
  void doc;
  return { start: offset + r.index, end: offset + r.index + r.text.length, value, sentence: -1, weak: false, about: 'other' };
}

function parseHeader(doc: Doc, start: number, end: number): DateMention | null {
  const text = doc.text.slice(start, end);
  const rs = headerChrono.parse(text, new Date(Date.UTC(2000, 0, 1)));
  return rs.length ? toMention(doc, start, rs[0]) : null;
}

// An English wire dateline: "MOSCOW, June 11." / "HANOI (VNA) —".
const WIRE = /^\p{Lu}[\p{Lu}\p{M} .'-]{1,30}(?:\s{0,2}\([^)\n]{1,40}\))?,\s{1,3}/u;

/**
 * "MOSCOW, June 11" in the first body line fills the day a month- or year-only header lacks;
 * with no header at all ("SEOUL, Oct. 2 (Yonhap) --"), it is the article's date, its year unknown.
 */
function completeFromWire(doc: Doc, m: DateMention | null): DateMention | null {
  if (m && m.value.day != null) return m;
  const first = doc.sentences.find((s) => s.kind === 'body');
  if (!first) return m;
  const head = doc.text.slice(first.start, Math.min(first.end, first.start + 80));
  const w = WIRE.exec(head);
  if (!w) return m;
  const r = doc.chrono.parse(head.slice(w[0].length), new Date(Date.UTC(m?.value.year ?? 2000, 0, 1)))[0];
  if (!r || r.index !== 0 || !r.start.isCertain('day') || !r.start.isCertain('month')) return m;
  if (!m) {
    const at = first.start + w[0].length;
    const month = r.start.get('month')!;
    const day = r.start.get('day')!;
    if (!validDay(day, month, r.start.isCertain('year') ? r.start.get('year') : 2000)) return null;
    const year = r.start.isCertain('year') ? r.start.get('year') : null;
    return {
      start: at, end: at + r.text.trimEnd().length, sentence: -1, weak: false, about: 'other',
      value: { year, month, day, end: null, partOfDay: null, time: null, yearSource: year != null ? 'explicit' : null },
    };
  }
  const month = r.start.get('month');
  if (m.value.month != null && m.value.month !== month) return m;
  const day = r.start.get('day');
  if (month == null || day == null || !validDay(day, month, m.value.year)) return m;
  const at = first.start + w[0].length;
  return { ...m, start: Math.min(m.start, at), end: Math.max(m.end, at + r.text.length), value: { ...m.value, month, day } };
}

/** Lines near the top that are only a date and time, in case segmentation took them for text. */
function looseDateline(doc: Doc): DateMention | null {
  for (const seg of doc.segments.slice(0, 10)) {
    if (seg.kind === 'header' || seg.kind === 'boilerplate' || seg.end - seg.start > 70) continue;
    const text = doc.text.slice(seg.start, seg.end);
    // Only a line that is mostly the date: few letters besides weekday and time-zone words.
    if (countLetters(text) > 16) continue;
    const m = DATELINE.exec(text);
    if (m && m[4] != null) return parseHeader(doc, seg.start, seg.end);
  }
  return null;
}

export function recognizePublished(doc: Doc): DateMention | null {
  const found: DateMention[] = [];
  for (const seg of doc.segments) {
    if (seg.kind !== 'header') continue;
    const m = parseHeader(doc, seg.start, seg.end);
    if (m) found.push(m);
  }
  // The "date …" header is the archive's record of the date; prefer it, but let a same-day dateline add a time.
  let best: DateMention | null = found[0] ?? looseDateline(doc);
  const timed = found.find((m) => m.value.time != null);
  if (best && best.value.time == null && timed && timed.value.year === best.value.year
    && timed.value.month === best.value.month && timed.value.day === best.value.day) {
    best = { ...best, value: { ...best.value, time: timed.value.time } };
  }
  return completeFromWire(doc, best);
}
