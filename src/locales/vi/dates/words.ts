/**
 * Vietnamese date words as data, each with an English gloss. The parsers in this folder
 * build their patterns from these lists, so adding a word here is enough.
 */
import type { PartOfDay } from '../../../schema.js';
import type { AboutCue, DateWord } from '../../../recognize/dates/rules.js';

/** Parts of the day written before a date: "Chiều 21/3". */
export const partsOfDay: DateWord<PartOfDay>[] = [
  { text: 'sáng sớm', value: 'morning', gloss: 'early morning' },
  { text: 'sáng', value: 'morning', gloss: 'morning' },
  { text: 'trưa', value: 'noon', gloss: 'noon, midday' },
  { text: 'chiều tối', value: 'evening', gloss: 'late afternoon, early evening' },
  { text: 'chiều', value: 'afternoon', gloss: 'afternoon' },
  { text: 'tối', value: 'evening', gloss: 'evening' },
  { text: 'đêm', value: 'night', gloss: 'night' },
  { text: 'khuya', value: 'night', gloss: 'late night' },
];

/** Days relative to the article's own date; value is the offset in days. */
export const relativeDays: DateWord<number>[] = [
  { text: 'hôm nay', value: 0, gloss: 'today' },
  { text: 'ngày hôm nay', value: 0, gloss: 'today (formal)' },
  { text: 'hôm qua', value: -1, gloss: 'yesterday' },
  { text: 'ngày hôm qua', value: -1, gloss: 'yesterday (formal)' },
  { text: 'hôm kia', value: -2, gloss: 'the day before yesterday' },
  { text: 'ngày mai', value: 1, gloss: 'tomorrow' },
];

/** Short forms after a part of the day: "chiều nay" (this afternoon), "tối qua" (last night). */
export const relativeAfterPart: DateWord<number>[] = [
  { text: 'hôm nay', value: 0, gloss: 'today' },
  { text: 'nay', value: 0, gloss: 'this (part of) day' },
  { text: 'hôm qua', value: -1, gloss: 'yesterday' },
  { text: 'qua', value: -1, gloss: 'last (night, afternoon …)' },
  { text: 'mai', value: 1, gloss: 'tomorrow' },
];

/** Weekday names; value is 0 = Sunday … 6 = Saturday. */
export const weekdays: DateWord<number>[] = [
  { text: 'chủ nhật', value: 0, gloss: 'Sunday' },
  { text: 'thứ hai', value: 1, gloss: 'Monday (also: "second, secondly")' },
  { text: 'thứ 2', value: 1, gloss: 'Monday' },
  { text: 'thứ ba', value: 2, gloss: 'Tuesday (also: "third")' },
  { text: 'thứ 3', value: 2, gloss: 'Tuesday' },
  { text: 'thứ tư', value: 3, gloss: 'Wednesday (also: "fourth")' },
  { text: 'thứ 4', value: 3, gloss: 'Wednesday' },
  { text: 'thứ năm', value: 4, gloss: 'Thursday (also: "fifth")' },
  { text: 'thứ 5', value: 4, gloss: 'Thursday' },
  { text: 'thứ sáu', value: 5, gloss: 'Friday (also: "sixth")' },
  { text: 'thứ 6', value: 5, gloss: 'Friday' },
  { text: 'thứ bảy', value: 6, gloss: 'Saturday (also: "seventh")' },
  { text: 'thứ 7', value: 6, gloss: 'Saturday' },
];

/**
 * Words that make a bare weekday a weekday: "vào thứ Hai", "hôm thứ Sáu". Without one,
 * "thứ hai" is far more often an ordinal ("lần thứ hai", "Thứ hai, …" = secondly).
 */
export const weekdayCues: DateWord[] = [
  { text: 'vào', value: true, gloss: 'on' },
  { text: 'hôm', value: true, gloss: 'on the day of' },
  { text: 'ngày', value: true, gloss: 'day' },
  { text: 'sáng', value: true, gloss: 'morning' },
  { text: 'trưa', value: true, gloss: 'noon' },
  { text: 'chiều', value: true, gloss: 'afternoon' },
  { text: 'tối', value: true, gloss: 'evening' },
  { text: 'đêm', value: true, gloss: 'night' },
];

/** Where in a month or year: "trung tuần tháng 12/2013", "cuối năm 2020" (precision stays the month / year). */
export const periodModifiers: DateWord[] = [
  { text: 'trung tuần', value: true, gloss: 'middle ten days of' },
  { text: 'thượng tuần', value: true, gloss: 'first ten days of' },
  { text: 'hạ tuần', value: true, gloss: 'last ten days of' },
  { text: 'đầu', value: true, gloss: 'early, beginning of' },
  { text: 'giữa', value: true, gloss: 'middle of' },
  { text: 'cuối', value: true, gloss: 'end of, late' },
];

/** Words that open a range's second half: "từ 15/3 đến 17/3". */
export const rangeWords: DateWord[] = [
  { text: 'đến', value: true, gloss: 'to, until' },
  { text: 'tới', value: true, gloss: 'to, until' },
];

/** Words that open a range of days: "từ 4 đến 8.12", "từ ngày 20 tới 22/2". */
export const rangeStarts: DateWord[] = [
  { text: 'từ', value: true, gloss: 'from' },
];

/** Words before a year range that belong to its match: "năm 2016 - 2018" (the years 2016 to 2018). */
export const yearRangePrefixes: DateWord[] = [
  { text: 'năm', value: true, gloss: 'year' },
];

/** Words before a number that make it a document number or a score, not a date. */
export const notDatePrefixes: DateWord[] = [
  { text: 'số', value: true, gloss: 'number' },
  { text: 'nghị định', value: true, gloss: 'decree' },
  { text: 'quyết định', value: true, gloss: 'decision' },
  { text: 'thông tư', value: true, gloss: 'circular' },
  { text: 'nghị quyết', value: true, gloss: 'resolution' },
  { text: 'chỉ thị', value: true, gloss: 'directive' },
  { text: 'công văn', value: true, gloss: 'official letter' },
  { text: 'tỷ số', value: true, gloss: 'score' },
  { text: 'tỉ số', value: true, gloss: 'score' },
  { text: 'thắng', value: true, gloss: 'won (a score follows)' },
  { text: 'thua', value: true, gloss: 'lost (a score follows)' },
];

/**
 * Periods counted from the article's date that chrono reads as a year or month against its
 * reference ("năm qua" → last year): too vague for the record, so dropped.
 */
export const vaguePeriods: DateWord[] = [
  { text: 'năm qua', value: true, gloss: 'the past year' },
  { text: 'năm nay', value: true, gloss: 'this year' },
  { text: 'năm ngoái', value: true, gloss: 'last year' },
  { text: 'năm trước', value: true, gloss: 'the year before' },
  { text: 'năm tới', value: true, gloss: 'next year' },
  { text: 'năm sau', value: true, gloss: 'the following year' },
  { text: 'tháng qua', value: true, gloss: 'the past month' },
  { text: 'tháng này', value: true, gloss: 'this month' },
  { text: 'tháng tới', value: true, gloss: 'next month' },
  { text: 'tuần qua', value: true, gloss: 'the past week' },
  { text: 'tuần này', value: true, gloss: 'this week' },
  { text: 'tuần tới', value: true, gloss: 'next week' },
];

/**
 * Words shortly before a date that say what the date is of. Anniversary cues are looked
 * for further back (a commemorated date often closes a long phrase); the others in the
 * few words before the date within its clause.
 */
export const aboutCues: AboutCue[] = [
  { text: 'kỷ niệm', value: 'anniversary', gloss: 'anniversary, commemoration' },
  { text: 'kỉ niệm', value: 'anniversary', gloss: 'anniversary (variant spelling)' },
  { text: 'giai đoạn', value: 'period', gloss: 'period (of a programme)' },
  { text: 'nhiệm kỳ', value: 'period', gloss: 'term of office' },
  { text: 'ký', value: 'signing', gloss: 'signed' },
  { text: 'kí', value: 'signing', gloss: 'signed (variant spelling)' },
  { text: 'ký kết', value: 'signing', gloss: 'signed, concluded' },
  { text: 'đưa ra', value: 'report', gloss: 'issued (a statement issued on …)' },
  { text: 'phát đi', value: 'report', gloss: 'released (a statement released on …)' },
  { text: 'đăng tải', value: 'report', gloss: 'posted (published on …)' },
  { text: 'công bố hôm', value: 'report', gloss: 'announced on' },
  { text: 'cho biết hôm', value: 'report', gloss: 'said on' },
  { text: 'thiết lập', value: 'past', when: 'noDay', gloss: 'established' },
  { text: 'từ', value: 'past', when: 'noDay', gloss: 'since, from' },
  { text: 'kể từ', value: 'past', when: 'noDay', gloss: 'since' },
  { text: 'hồi', value: 'past', when: 'noDay', gloss: 'back in' },
  { text: 'vào', value: 'past', when: 'noMonth', gloss: 'in (a year)' },
  { text: 'trong', value: 'past', when: 'noMonth', gloss: 'in, during (a year)' },
];

/** Phrases that contain a cue word without being the cue: "thư ký" (secretary) is no "ký" (signed). */
export const aboutLookalikes: DateWord[] = [
  { text: 'thư ký', value: true, gloss: 'secretary' },
  { text: 'tổng thư ký', value: true, gloss: 'secretary general' },
];

/** "70 năm" before a date: the word after a count of years of an anniversary. */
export const yearWords: DateWord[] = [
  { text: 'năm', value: true, gloss: 'year(s)' },
];

/** Time units counted in relative dates: "hai ngày trước" (two days ago), "tuần tới" (next week). */
export const timeUnits: DateWord[] = [
  { text: 'giây', value: true, gloss: 'second' },
  { text: 'phút', value: true, gloss: 'minute' },
  { text: 'giờ', value: true, gloss: 'hour' },
  { text: 'ngày', value: true, gloss: 'day' },
  { text: 'tuần', value: true, gloss: 'week' },
  { text: 'tháng', value: true, gloss: 'month' },
  { text: 'năm', value: true, gloss: 'year' },
];

/**
 * Words on either side of a time unit that make it a time counted from the article's date:
 * "tuần này" (this week), "trước ba ngày" (three days before), "hai ngày nữa" (in two days).
 * `before`: also written before the unit (chrono reads both orders; "nữa" only after it).
 * `towards`: where the time lies from the article's date (chrono's "ago" parser reads the
 * past ones after a count, its "later" parser the future ones).
 */
export const unitModifiers: DateWord<{ before: boolean; towards: 'past' | 'future' | 'now' }>[] = [
  { text: 'này', value: { before: true, towards: 'now' }, gloss: 'this' },
  { text: 'trước', value: { before: true, towards: 'past' }, gloss: 'before, ago, last' },
  { text: 'qua', value: { before: true, towards: 'past' }, gloss: 'past, last' },
  { text: 'sau', value: { before: true, towards: 'future' }, gloss: 'after, later, next' },
  { text: 'tới', value: { before: true, towards: 'future' }, gloss: 'next, coming' },
  { text: 'tiếp', value: { before: true, towards: 'future' }, gloss: 'next, following' },
  { text: 'nữa', value: { before: false, towards: 'future' }, gloss: 'more (from now): "in … time"' },
];

/** Words that open a span of time counted from the article's date: "trong (vòng) hai ngày" (within two days). */
export const withinWords: DateWord[] = [
  { text: 'trong', value: true, gloss: 'in, within' },
  { text: 'vòng', value: true, gloss: 'within (the span of)' },
];

/** Numbers written as words, as chrono reads them before a time unit ("ba tuần trước"). */
export const numberWords: DateWord<number>[] = [
  { text: 'một', value: 1, gloss: 'one' },
  { text: 'hai', value: 2, gloss: 'two' },
  { text: 'ba', value: 3, gloss: 'three' },
  { text: 'bốn', value: 4, gloss: 'four' },
  { text: 'năm', value: 5, gloss: 'five' },
  { text: 'sáu', value: 6, gloss: 'six' },
  { text: 'bảy', value: 7, gloss: 'seven' },
  { text: 'tám', value: 8, gloss: 'eight' },
  { text: 'chín', value: 9, gloss: 'nine' },
  { text: 'mười', value: 10, gloss: 'ten' },
  { text: 'mười một', value: 11, gloss: 'eleven' },
  { text: 'mười hai', value: 12, gloss: 'twelve' },
];

/** Month names written as words after "tháng" (month): "tháng Giêng", "tháng Chạp". */
export const monthNames: DateWord<number>[] = [
  { text: 'tháng một', value: 1, gloss: 'January' },
  { text: 'tháng giêng', value: 1, gloss: 'January; the first lunar month' },
  { text: 'tháng hai', value: 2, gloss: 'February' },
  { text: 'tháng ba', value: 3, gloss: 'March' },
  { text: 'tháng tư', value: 4, gloss: 'April' },
  { text: 'tháng năm', value: 5, gloss: 'May (also: "months and years")' },
  { text: 'tháng sáu', value: 6, gloss: 'June' },
  { text: 'tháng bảy', value: 7, gloss: 'July' },
  { text: 'tháng tám', value: 8, gloss: 'August' },
  { text: 'tháng chín', value: 9, gloss: 'September' },
  { text: 'tháng mười', value: 10, gloss: 'October' },
  { text: 'tháng mười một', value: 11, gloss: 'November' },
  { text: 'tháng mười hai', value: 12, gloss: 'December' },
  { text: 'tháng chạp', value: 12, gloss: 'December; the twelfth lunar month' },
];

/** Weekdays as chrono's own Vietnamese parser also reads them, abbreviated ("T2" is Monday). */
export const weekdayAbbreviations: DateWord<number>[] = [
  { text: 'cn', value: 0, gloss: 'Sunday (chủ nhật)' },
  { text: 't2', value: 1, gloss: 'Monday (thứ hai)' },
  { text: 't3', value: 2, gloss: 'Tuesday (thứ ba)' },
  { text: 't4', value: 3, gloss: 'Wednesday (thứ tư)' },
  { text: 't5', value: 4, gloss: 'Thursday (thứ năm)' },
  { text: 't6', value: 5, gloss: 'Friday (thứ sáu)' },
  { text: 't7', value: 6, gloss: 'Saturday (thứ bảy)' },
];

/** Other words that chrono's own Vietnamese parsers read as a day without a digit. */
export const casualDays: DateWord[] = [
  { text: 'ngày kia', value: true, gloss: 'the day after tomorrow' },
  { text: 'bây giờ', value: true, gloss: 'now' },
  { text: 'lúc này', value: true, gloss: 'at this moment, now' },
];

/** A date cue: words that make a date without digits (the plugin field dates.cues takes these). */
export interface DateCue {
  text: string;
  gloss: string;
}

const cue = (text: string, gloss: string): DateCue => ({ text, gloss });

/**
 * Date cues: a sentence without a digit holds a Vietnamese date only if it contains one of
 * these (matched case-insensitively anywhere, spaces between words optional). Sentences
 * with neither are not given to chrono at all. The list covers every form that this
 * folder's parsers and chrono's casual Vietnamese parsers (chrono-node 2.10) read without a
 * digit: relative days ("hôm qua", "chiều nay"), weekdays, month names, chrono's "now"
 * words and time units counted from the article's date ("tuần trước", "hai ngày nữa",
 * "trong vòng ba tháng"). A part of the day alone ("Chiều", "sáng") is a time, not a date,
 * and needs no cue.
 */
export const dateCues: DateCue[] = [
  ...relativeDays.map((w) => cue(w.text, w.gloss)),
  ...partsOfDay.flatMap((p) => relativeAfterPart.map((r) => cue(`${p.text} ${r.text}`, `${p.gloss} + ${r.gloss}`))),
  ...weekdays.map((w) => cue(w.text, w.gloss)),
  ...monthNames.map((w) => cue(w.text, w.gloss)),
  ...casualDays.map((w) => cue(w.text, w.gloss)),
  ...weekdayAbbreviations.map((w) => cue(w.text, w.gloss)),
  // "tuần trước", "năm tới", "hai ngày nữa": a unit then a modifier (a number word, if any, comes before both).
  ...timeUnits.flatMap((u) => unitModifiers.map((m) => cue(`${u.text} ${m.text}`, `${u.gloss} + ${m.gloss}`))),
  // "trước ngày", "sau ba tuần": a modifier then a unit, a number word between them or not.
  ...unitModifiers.filter((m) => m.value.before).flatMap((m) => [
    ...timeUnits.map((u) => cue(`${m.text} ${u.text}`, `${m.gloss} + ${u.gloss}`)),
    ...numberWords.flatMap((n) => timeUnits.map((u) => cue(`${m.text} ${n.text} ${u.text}`, `${m.gloss} + ${n.gloss} + ${u.gloss}`))),
  ]),
  // "trong hai ngày", "trong vòng ba tháng": a span counted from the article's date.
  ...withinWords.flatMap((w) => numberWords.flatMap((n) => timeUnits.map((u) => cue(`${w.text} ${n.text} ${u.text}`, `${w.gloss} + ${n.gloss} + ${u.gloss}`)))),
];
