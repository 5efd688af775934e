/**
 * Stage 4a: dates. The article's own date from its header or dateline, then every date
 * expression in the headline, body and captions, read by the article's chrono (chrono's
 * own parsers plus the locale plugins' parsers and refiners), each resolved to a year and
 * classified by what it is the date of.
 */
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import { TAG } from './dates/rules.js';
import type { DateAbout, DateMention, DateParts, DateValue, Doc } from '../pipeline/types.js';
import type { PartOfDay } from '../schema.js';
import { recognizePublished } from './dates/published.js';
import { datePrefilterOf } from './dates/prefilter.js';
import { relativeDay, resolveYear, weekdayBefore, type Anchor } from './dates/resolve.js';
import { isMark, isUpper } from '../engine/chars.js';
import { isSpaceCode, tokenAt } from '../engine/tokens.js';

export { recognizePublished } from './dates/published.js';

const CASUAL_OFFSET: Record<string, number> = {
  'casualReference/today': 0, 'casualReference/yesterday': -1, 'casualReference/tomorrow': 1,
  'casualReference/tonight': 0, 'casualReference/lastNight': -1,
};
const CASUAL_PART: Record<string, PartOfDay> = {
  'casualReference/morning': 'morning', 'casualReference/noon': 'noon', 'casualReference/afternoon': 'afternoon',
  'casualReference/evening': 'evening', 'casualReference/tonight': 'evening', 'casualReference/night': 'night',
  'casualReference/lastNight': 'night', 'casualReference/midnight': 'night',
};
const PARTS: readonly PartOfDay[] = ['morning', 'noon', 'afternoon', 'evening', 'night'];
const ABOUT_RANK: readonly DateAbout[] = ['anniversary', 'period', 'signing', 'report', 'past'];

const pad = (n: number): string => String(n).padStart(2, '0');

function anchorOf(doc: Doc, published: DateMention | null): Anchor | null {
  const p = published?.value;
  if (p?.year != null) return { year: p.year, month: p.month, day: p.month != null ? p.day : null, source: 'published' };
  const r = doc.options.referenceDate;
  if (r && !Number.isNaN(r.getTime())) {
    return { year: r.getUTCFullYear(), month: r.getUTCMonth() + 1, day: r.getUTCDate(), source: 'reference' };
  }
  return null;
}

function certain(c: ParsedComponents | undefined): DateParts {
  const get = (k: 'year' | 'month' | 'day'): number | null => (c?.isCertain(k) ? c.get(k) : null);
  return { year: get('year'), month: get('month'), day: get('day') };
}

interface Reading {
  parts: DateParts;
  end: DateParts | null;
  relative: number | null;
  weekday: number | null;
  partOfDay: PartOfDay | null;
  time: string | null;
  tagged: DateAbout | null;
}

function read(r: ParsedResult): Reading | null {
  const tags = r.tags();
  let relative: number | null = null;
  let partOfDay: PartOfDay | null = null;
  let tagged: DateAbout | null = null;
  const about = new Set<string>();
  for (const t of tags) {
    if (t.startsWith(TAG.relative)) relative = Number(t.slice(TAG.relative.length));
    else if (t.startsWith(TAG.partOfDay)) {
      const p = t.slice(TAG.partOfDay.length) as PartOfDay;
      if (PARTS.includes(p)) partOfDay = p;
    } else if (t.startsWith(TAG.about)) about.add(t.slice(TAG.about.length));
    else if (t in CASUAL_OFFSET && relative == null) relative = CASUAL_OFFSET[t];
    if (t in CASUAL_PART && partOfDay == null) partOfDay = CASUAL_PART[t];
  }
  tagged = ABOUT_RANK.find((a) => about.has(a)) ?? null;
  const parts = certain(r.start);
  const end = r.end ? certain(r.end) : null;
  const weekday = r.start.isCertain('weekday') ? r.start.get('weekday') : null;
  const hasDate = parts.year != null || parts.month != null || parts.day != null;
  if (!hasDate && relative == null && weekday == null) return null;
  // Relative words carry chrono's reading of "today" against our dummy reference: recompute.
  if (relative != null && parts.day != null && CASUAL_OFFSET_TAGGED(tags)) {
    parts.year = parts.month = parts.day = null;
  }
  const time = r.start.isCertain('hour') ? `${pad(r.start.get('hour') ?? 0)}:${pad(r.start.get('minute') ?? 0)}` : null;
  return { parts, end: end && (end.year != null || end.month != null || end.day != null) ? end : null, relative, weekday, partOfDay, time, tagged };
}

/** chrono's own casual readings ("today") assign the reference day; ours assign nothing. */
function CASUAL_OFFSET_TAGGED(tags: Set<string>): boolean {
  for (const t of tags) if (t in CASUAL_OFFSET) return true;
  return false;
}

interface Resolved {
  value: DateValue;
  weak: boolean;
  unresolved: boolean;
}

function resolve(x: Reading, anchor: Anchor | null): Resolved {
  const p = { ...x.parts };
  let end = x.end ? { ...x.end } : null;
  let yearSource: DateValue['yearSource'] = p.year != null ? 'explicit' : null;
  let weak = false;
  const bare = p.year == null && p.month == null && p.day == null;
  if (bare && x.relative != null) {
    weak = true;
    if (anchor) Object.assign(p, relativeDay(x.relative, anchor));
  } else if (bare && x.weekday != null) {
    weak = true;
    const w = anchor ? weekdayBefore(x.weekday, anchor) : null;
    if (w) Object.assign(p, w);
  }
  if (end) {
    // A range's end borrows what it does not say from its start, and the start its year from the end.
    end.month ??= p.month;
    if (p.year == null && end.year != null && p.month != null && end.month != null) {
      p.year = p.month > end.month ? end.year - 1 : end.year;
      yearSource = 'explicit';
    }
  }
  if (p.year == null && p.month != null && anchor) {
    p.year = resolveYear(p.month, p.day, anchor);
  }
  if (yearSource == null && p.year != null) yearSource = anchor?.source ?? null;
  if (end && end.year == null && p.year != null && end.month != null && p.month != null) {
    end.year = end.month < p.month ? p.year + 1 : p.year;
  }
  if (end && end.month == null && end.day == null) end = end.year != null ? end : null;
  return {
    value: { ...p, end, partOfDay: x.partOfDay, time: x.time, yearSource },
    weak,
    unresolved: p.year == null,
  };
}

/** Is a meeting word within `window` tokens of [start, end)? */
function nearTrigger(doc: Doc, sentence: number, start: number, end: number, window: number): boolean {
  const s = doc.sentences[sentence];
  const toks = doc.tokens;
  let first = -1;
  let last = -1;
  for (let i = s.tokenFrom; i < s.tokenTo; i++) {
    if (first < 0 && toks[i].end > start) first = i;
    if (toks[i].start < end) last = i;
  }
  if (first < 0) return false;
  const from = Math.max(s.tokenFrom, first - window);
  const to = Math.min(s.tokenTo, last + 1 + window);
  for (let i = from; i < to; i++) {
    const m = doc.lexicon.triggers.matchAt(toks, i, s.tokenTo);
    if (m) return true;
  }
  return false;
}

// Punctuation that does not end a clause: initials and abbreviated ranks ("Sen. Lt. Gen."), hyphens, apostrophes.
const IN_CLAUSE = /^[.'’\-‐–]$/u;
const CLAUSE_WINDOW = 30;

/**
 * Is a meeting word earlier in the date's own clause ("… met with <long title and name> in
 * Moscow on Thursday")? The walk back stops at a comma or other clause mark and is bounded.
 */
function triggerInClause(doc: Doc, sentence: number, start: number): boolean {
  const s = doc.sentences[sentence];
  const toks = doc.tokens;
  const i = Math.min(s.tokenTo, Math.max(s.tokenFrom, tokenAt(toks, start)));
  for (let k = i - 1; k >= s.tokenFrom && i - k <= CLAUSE_WINDOW; k--) {
    if (toks[k].kind === 'punct' && !IN_CLAUSE.test(toks[k].text)) return false;
    if (doc.lexicon.triggers.matchAt(toks, k, i)) return true;
  }
  return false;
}

/** Does the date open its sentence ("Chiều 21/3, tại …", "Theo TTXVN, ngày 16-9, …")? */
function atHead(doc: Doc, sentence: number, start: number): boolean {
  const s = doc.sentences[sentence];
  let n = 0;
  for (let i = s.tokenFrom; i < s.tokenTo && doc.tokens[i].start < start; i++) if (doc.tokens[i].kind !== 'punct') n++;
  return n <= 5;
}

// A wire dateline before the date: "MOSCOW, " or "MOSCOW (UrduPoint News / Sputnik - ". The
// reference is /^\p{Lu}{2}[\p{Lu}\p{M} .'-]{0,30}(?:,\s{0,3}|\([^()\n]{0,60})$/u, read here by hand:
// V8 took 2-20 ms to compile its Unicode classes on first use (a cold-start cost). The run of
// capitals cannot hold ',' or '(', so it ends where the tail starts.
const isRunChar = (cp: number): boolean => cp === 0x20 || cp === 0x2e || cp === 0x27 || cp === 0x2d || isUpper(cp) || isMark(cp);

/** Is the text a wire dateline's head ("MOSCOW, ", "MOSCOW (UrduPoint News / Sputnik - ")? */
export function isDatelineHead(text: string): boolean {
  const n = text.length;
  let i = 0;
  let run = 0;
  for (let cp: number; i < n && (run < 2 ? isUpper((cp = text.codePointAt(i)!)) : isRunChar((cp = text.codePointAt(i)!))); i += cp > 0xffff ? 2 : 1) run++;
  if (run < 2 || run > 32 || i >= n) return false;
  const tail = text.charCodeAt(i);
  if (tail === 0x2c) {
    // ",\s{0,3}" to the end
    let spaces = 0;
    for (i++; i < n; i++, spaces++) if (!isSpaceCode(text.charCodeAt(i))) return false;
    return spaces <= 3;
  }
  if (tail !== 0x28) return false;
  // "([^()\n]{0,60}" to the end, counted in code points
  let inside = 0;
  for (let cp: number, j = i + 1; j < n; j += cp > 0xffff ? 2 : 1, inside++) {
    cp = text.codePointAt(j)!;
    if (cp === 0x28 || cp === 0x29 || cp === 0x0a) return false;
  }
  return inside <= 60;
}

/** Is the date the dateline's own ("MOSCOW (Agency - 10th November, 2020) …"): the article's date, not an event's? */
function inDateline(doc: Doc, sentence: number, start: number): boolean {
  const s = doc.sentences[sentence];
  if (s.kind !== 'body' || start - s.start > 100) return false;
  // One of the first lines of the body (a byline may come before it).
  // (The count stops at 3: walking every sentence before each date made long inputs quadratic.)
  let k = 0;
  for (let i = 0; i < sentence && k <= 2; i++) if (doc.sentences[i].kind === 'body') k++;
  if (k > 2) return false;
  // It opens its line, or follows a header on it (" date 2021-06-11 MOSCOW, June 11.").
  const line = doc.text.lastIndexOf('\n', s.start - 1) + 1;
  const header = doc.segments.find((g) => g.kind === 'header' && g.start >= line && g.end <= s.start);
  if (doc.text.slice(header ? header.end : line, s.start).trim()) return false;
  return isDatelineHead(doc.text.slice(s.start, start));
}

function classify(doc: Doc, x: Reading, v: DateValue, sentence: number, start: number, end: number, anchor: Anchor | null): DateAbout {
  if (x.tagged) return x.tagged;
  if (inDateline(doc, sentence, start)) return 'dateline';
  const hasDay = x.parts.day != null || x.relative != null || x.weekday != null;
  if (hasDay) return atHead(doc, sentence, start) || nearTrigger(doc, sentence, start, end, 10) || triggerInClause(doc, sentence, start) ? 'event' : 'other';
  if (x.parts.month != null) return nearTrigger(doc, sentence, start, end, 10) || triggerInClause(doc, sentence, start) ? 'event' : 'other';
  if (v.year != null && anchor && v.year < anchor.year) return 'past';
  return 'other';
}

const READ_KINDS = new Set(['title', 'body', 'caption']);

// Some of chrono's own patterns (e.g. its Vietnamese relative-time parser) backtrack
// quadratically inside a long run of digits or letters. No date is written as 25 or more
// characters without a space, so such runs are blanked with spaces of the same length,
// which keeps every offset.
// A run is what /\S+/ matches (JavaScript's white space and line ends separate runs); one
// pass over the code units finds them, which costs less than a regex tried at every position.
const LONG_RUN = 25;

export function blankLongRuns(text: string): string {
  let out: string | null = null;
  let done = 0;
  // Runs never cross a plain space: only a stretch of 25 or more characters between two
  // spaces (found by indexOf) can hold one, and only such a stretch is read character by character.
  for (let from = 0; from < text.length;) {
    const space = text.indexOf(' ', from);
    const to = space < 0 ? text.length : space;
    for (let i = from; to - i >= LONG_RUN;) {
      if (isSpaceCode(text.charCodeAt(i))) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < to && !isSpaceCode(text.charCodeAt(j))) j++;
      if (j - i >= LONG_RUN) {
        out = (out ?? '') + text.slice(done, i) + ' '.repeat(j - i);
        done = j;
      }
      i = j;
    }
    from = to + 1;
  }
  return out == null ? text : out + text.slice(done);
}

export function recognizeDates(doc: Doc): { published: DateMention | null; dates: DateMention[] } {
  let published: DateMention | null = null;
  try {
    published = recognizePublished(doc);
  } catch {
    published = null;
  }
  const anchor = anchorOf(doc, published);
  // chrono needs a reference; our own resolution replaces whatever it implies from it.
  const ref = new Date(Date.UTC(anchor?.year ?? 2000, (anchor?.month ?? 1) - 1, anchor?.day ?? 1, 12));
  const dates: DateMention[] = [];
  const prefilter = datePrefilterOf(doc.chrono);
  doc.sentences.forEach((s, si) => {
    if (!READ_KINDS.has(s.kind)) return;
    const text = blankLongRuns(doc.text.slice(s.start, s.end));
    // No digit and no date cue: chrono would find nothing here (see dates/prefilter.ts).
    if (prefilter && !prefilter(text)) return;
    let results: ParsedResult[];
    try {
      results = doc.chrono.parse(text, ref);
    } catch {
      return;
    }
    for (const r of results) {
      const x = read(r);
      if (!x) continue;
      const start = s.start + r.index;
      const end = start + r.text.length;
      const { value, weak, unresolved } = resolve(x, anchor);
      const about = classify(doc, x, value, si, start, end, anchor);
      if (unresolved) {
        doc.warnings.push({
          code: 'year-unresolved',
          message: `The year of "${r.text}" is not in the text, the article's date or options.referenceDate.`,
          span: doc.span(start, end),
        });
      }
      dates.push({ start, end, value, sentence: si, weak, about });
    }
  });
  return { published, dates };
}
