/** Meeting assembly: which of a sentence's dates is a meeting's day. */
import type { DateMention, TriggerMention } from '../pipeline/types.js';
import { cueBefore, cuesIn } from '../recognize/cues.js';
import { inSentence } from './by-sentence.js';
import { EVENTISH, perSentence, tok, type MeetingContext } from './meeting-context.js';
import { isClauseEnd } from '../engine/chars.js';

/** The sentence's dates that can date a meeting, outside document names (shared: callers only read it). */
export function ownDates(ctx: MeetingContext, si: number): readonly DateMention[] {
  return perSentence(ctx.lookups.sentenceDates, ctx, si, sentenceDates);
}

function sentenceDates(ctx: MeetingContext, si: number): DateMention[] {
  const inName = (d: DateMention): boolean => inSentence(ctx.a.agreements, si).some((g) => d.start >= g.start && d.start < g.end);
  // A month with no day far from any meeting word ("sau khi nâng cấp quan hệ … vào tháng 5/2025")
  // dates the background, not the meeting.
  const background = (d: DateMention): boolean => d.about === 'other' && d.value.day == null;
  return inSentence(ctx.a.dates, si).filter((d) => EVENTISH.has(d.about) && !inName(d) && !background(d));
}

/** The full date of a caption, for a meeting the body dates by weekday only. */
function captionDate(ctx: MeetingContext): DateMention | null {
  const sents = ctx.doc.sentences;
  return ctx.a.dates.find((d) => d.sentence >= 0 && sents[d.sentence]?.kind === 'caption' && !d.weak && d.value.day != null) ?? null;
}

export function pickDate(ctx: MeetingContext, si: number, ti = -1): DateMention | null {
  let ds = ownDates(ctx, si);
  // "… discussed preparations for X's visit to Australia in early March": a date after a visit
  // word the sentence only mentions (after its own meeting word) is the visit's, when the
  // sentence dates its meeting otherwise.
  if (ti >= 0) {
    const visits = inSentence(ctx.a.triggers, si).filter((t) => t.kind === 'visit' && tok(ctx.doc, t.start) > ti).map((t) => t.end);
    const mine = visits.length ? ds.filter((d) => !visits.some((v) => d.start >= v)) : ds;
    if (mine.length) ds = mine;
  }
  const strong = ds.find((d) => !d.weak && d.about === 'event') ?? ds.find((d) => !d.weak);
  if (strong) return strong;
  const weak = ds.find((d) => d.weak);
  if (!weak) return null;
  // "on Friday": the caption's full date when there is one, else the weekday resolved against
  // the article's date when the date is tied to the meeting ("Today … met with").
  return captionDate(ctx) ?? (weak.about === 'event' && weak.value.day != null ? weak : null);
}

/**
 * Triggers followed, before the next trigger, by their own date in brackets: "chuyến thăm … (tháng
 * 6/2024)". Only lists of two or more such events, or one that is not the sentence's first
 * trigger, are read this way: a lone bracket may just repeat the lead's date.
 */
export function bracketDates(ctx: MeetingContext, si: number, trigs: readonly TriggerMention[]): Map<TriggerMention, DateMention> {
  const { doc, a } = ctx;
  const out = new Map<TriggerMention, DateMention>();
  if (trigs.length < 2) return out;
  const s = doc.sentences[si];
  const dates = inSentence(a.dates, si);
  trigs.forEach((t, n) => {
    const until = trigs[n + 1]?.start ?? s.end;
    const d = dates.find((x) => x.start >= t.end && x.start < until && doc.text.slice(Math.max(0, x.start - 4), x.start).trimEnd().endsWith('(')
      && x.value.year != null && x.value.month != null);
    if (d) out.set(t, d);
  });
  if (out.size === 1 && out.has(trigs[0])) out.clear();
  return out;
}

/**
 * "… được khẳng định qua chuyến thăm cấp Nhà nước đến Liên bang Nga của Chủ tịch nước X vào cuối
 * tháng 6": a visit the sentence tells after its own meeting word, with "của" and a named visitor
 * then a month of its own before the clause ends, is a meeting of its own on that date.
 */
export function visitsOfPerson(ctx: MeetingContext, si: number, trigs: readonly TriggerMention[]): Map<TriggerMention, DateMention> {
  const { doc, a } = ctx;
  const out = new Map<TriggerMention, DateMention>();
  if (trigs.length < 2) return out;
  const s = doc.sentences[si];
  trigs.forEach((t, n) => {
    if (n === 0 || t.kind !== 'visit') return;
    const ti = tok(doc, t.start);
    if (cueBefore(doc, ti, 'future', 6, s.tokenFrom)) return;
    const until = trigs[n + 1]?.start ?? s.end;
    let stop = tok(doc, t.end);
    while (stop < s.tokenTo && doc.tokens[stop].start < until && !isClauseEnd(doc.tokens[stop].text)) stop++;
    const end = stop < s.tokenTo ? doc.tokens[stop].start : s.end;
    const of = cuesIn(doc, tok(doc, t.end), stop).find((h) => h.cues.has('possessive'));
    if (!of) return;
    const after = doc.tokens[of.to]?.start ?? end;
    const visitor = inSentence(a.people, si).find((p) => p.start >= after && p.end <= end);
    if (!visitor) return;
    const d = inSentence(a.dates, si).find((x) => x.start >= visitor.end && x.end <= end && EVENTISH.has(x.about) && x.value.month != null);
    if (d) out.set(t, d);
  });
  return out;
}

const PARTS_OF_DAY = ['morning', 'noon', 'afternoon', 'evening', 'night'] as const;

/**
 * "Sáng cùng ngày": the previous event's day with the sentence's own part of day (none for a bare
 * "Cùng ngày"), spanning the words that say so.
 */
export function sameDayDate(ctx: MeetingContext, si: number, prev: DateMention | null): DateMention | null {
  if (!prev) return null;
  const { doc } = ctx;
  const s = doc.sentences[si];
  const hits = cuesIn(doc, s.tokenFrom, s.tokenTo);
  const k = hits.findIndex((h) => h.cues.has('sameDay'));
  if (k < 0) return prev;
  const part = k > 0 && hits[k - 1].to === hits[k].from ? PARTS_OF_DAY.find((p) => hits[k - 1].cues.has(p)) : undefined;
  // "Cùng ngày" alone says the day, not the earlier meeting's part of it.
  const start = doc.tokens[part ? hits[k - 1].from : hits[k].from].start;
  const end = doc.tokens[hits[k].to - 1].end;
  return { ...prev, start, end, sentence: si, value: { ...prev.value, partOfDay: part ?? null, time: null } };
}

