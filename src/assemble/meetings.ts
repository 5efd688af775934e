/**
 * Meetings: the body is read sentence by sentence. A trigger either reports a new meeting,
 * refers back to one already reported ("Tại Hội đàm", "During the talks"), or is background
 * (plans with "sẽ", purposes with "để", a delegation's visit as the purpose of a trip).
 * Sentences without a trigger may still add people to the meeting just reported
 * ("Cùng dự có …", "Đoàn … do X dẫn đầu").
 */
import type { EventCue } from '../plugin.js';
import type { DateMention, Doc, TriggerMention } from '../pipeline/types.js';
import type { MeetingKind, Venue } from '../schema.js';
import { cueBefore, cuesIn, hasCue } from '../recognize/cues.js';
import { findVenue, venueAt } from './venues.js';
import { inSentence } from './by-sentence.js';
import { tok, type MeetingContext, type MeetingDraft, type Role } from './meeting-context.js';
import { bracketDates, ownDates, pickDate, sameDayDate, visitsOfPerson } from './meeting-dates.js';
import { addParticipants, participantsOf, peopleIn } from './meeting-participants.js';
import { isClauseEnd, isDashText } from '../engine/chars.js';

export type { MeetingContext, MeetingDraft, Role } from './meeting-context.js';

const sentenceCue = (doc: Doc, si: number, upTo: number, c: EventCue): boolean => hasCue(doc, doc.sentences[si].tokenFrom, upTo, c);

export function assembleMeetings(ctx: MeetingContext): MeetingDraft[] {
  const { doc, a } = ctx;
  const drafts: MeetingDraft[] = [];
  let current: MeetingDraft | null = null;
  const bySentence = new Map<number, TriggerMention[]>();
  for (const t of a.triggers) {
    // A meeting word inside a document's name ("Bản ghi nhớ về thiết lập cơ chế Đối thoại chiến lược") reports nothing.
    if (inSentence(a.agreements, t.sentence).some((g) => g.start <= t.start && t.end <= g.end)) continue;
    if (!bySentence.has(t.sentence)) bySentence.set(t.sentence, []);
    bySentence.get(t.sentence)!.push(t);
  }
  const lastOfKind = (k: MeetingKind): MeetingDraft | undefined => {
    for (let i = drafts.length - 1; i >= 0; i--) if (drafts[i].kind === k && !drafts[i].aside) return drafts[i];
    return undefined;
  };
  // "Sau hội đàm", "At the talks": the meeting the article reports, not one it recalls ("cuộc
  // hội đàm … hồi tháng 11/2023", dated by its month alone), when both are of the kind.
  const referredOfKind = (k: MeetingKind): MeetingDraft | undefined => {
    let recalled: MeetingDraft | undefined;
    for (let i = drafts.length - 1; i >= 0; i--) {
      const d = drafts[i];
      if (d.kind !== k || d.aside) continue;
      if (!d.date || d.date.value.day != null) return d;
      recalled ??= d;
    }
    return recalled;
  };

  // Captions do not report meetings, unless the body reports none (an excerpt that starts late).
  const anyBody = a.triggers.some((t) => doc.sentences[t.sentence]?.kind === 'body');
  const reporting = anyBody ? 'body' : 'caption';
  doc.sentences.forEach((s, si) => {
    if (s.kind !== reporting) return;
    const trigs = bySentence.get(si) ?? [];
    const bracketed = bracketDates(ctx, si, trigs);
    for (const [t, d] of visitsOfPerson(ctx, si, trigs)) if (!bracketed.has(t)) bracketed.set(t, d);
    // "During the visit, he held talks with X in Moscow on March 16, met with Y on the same day, and
    // visited Z on March 17": each listed clause reports a meeting of its own.
    const clauses = listedClauses(ctx, si, trigs);
    if (clauses) {
      const subject = peopleIn(ctx, si).filter((p) => tok(doc, p.start) < clauses[0].from);
      // "he", "she": the visitor of the visit the article reports.
      const visit = subject.length ? null : lastOfKind('visit');
      let prevDate: DateMention | null = null;
      for (const c of clauses) {
        const ids = new Set([...subject, ...peopleIn(ctx, si).filter((p) => tok(doc, p.start) >= c.from && tok(doc, p.start) < c.to)]
          .map((p) => ctx.people.idOf(p)).filter((id): id is string => !!id));
        const from = doc.tokens[c.from].start;
        const until = doc.tokens[c.to - 1].end;
        let date = ownDates(ctx, si).find((d) => d.start >= from && d.end <= until && !d.weak) ?? null;
        if (!date && hasCue(doc, c.from, c.to, 'sameDay')) date = prevDate;
        prevDate = date ?? prevDate;
        const d = newDraft(c.t.kind, si, date, clauseVenue(ctx, c.t, c.from, c.to), c.t);
        d.online = c.t.online;
        addParticipants(d, participantsOf(ctx, si, c.from, c.t.kind, c.t.guestFirst).filter(([id]) => ids.has(id)));
        if (visit) addParticipants(d, [...visit.participants.keys()].map((id) => [id, 'participant'] as [string, Role]));
        drafts.push(d);
        current = d;
      }
      return;
    }
    const specific = trigs.some((t) => t.kind !== 'meeting' && t.kind !== 'visit');
    const created: MeetingDraft[] = [];
    // "… signed by President X and President Y on November 30, 2021": an earlier signing of its own.
    const signing = pastSigning(ctx, si, drafts, trigs.length > 0);
    let touched = false;
    // The meeting a back-reference of this sentence named ("Sau hội đàm, …").
    let referred: MeetingDraft | null = null;
    let firstTi = -1;
    for (const t of trigs) {
      const ti = tok(doc, t.start);
      if (firstTi < 0) firstTi = ti;
      if (cueBefore(doc, ti, 'future', 6, s.tokenFrom) || cueBefore(doc, ti, 'purpose', 2, s.tokenFrom)) continue;
      if (sentenceCue(doc, si, ti, 'welcomed')) continue;
      // "chuyến thăm … của Tổng thống X (tháng 6/2024), cuộc điện đàm … (tháng 8/2024)": each event
      // of a list dated in brackets is a meeting of its own, with the people named in its phrase.
      const bd = bracketed.get(t);
      if (bd) {
        const d = newDraft(t.kind, si, bd, null, t);
        d.online = t.online;
        for (const p of peopleIn(ctx, si)) {
          const id = ctx.people.idOf(p);
          if (id && p.start >= t.end && p.end <= bd.start) d.participants.set(id, 'participant');
        }
        drafts.push(d);
        touched = true;
        continue;
      }
      // A generic "chủ trì", "gặp" yields to the specific word of the same sentence.
      if (t.kind === 'meeting' && (specific || trigs.some((u) => u.kind === 'visit' && u !== t && Math.abs(tok(doc, u.start) - ti) < 3))) continue;
      if (t.kind === 'visit') {
        // A visit is the purpose of a delegation unless it is the sentence's own news.
        if (created.length || touched || trigs.some((u) => u.kind !== 'visit' && u.start < t.start)) continue;
        // "Yesterday, the delegation visited X": a dated past verb, the sentence's only meeting word, is news too.
        // "Từ ngày 17-19/3, X dẫn đầu đoàn … thăm chính thức …": a visit dated by its span of days is news too,
        // unless it frames another ("as part of his official visit from October 15 to 17").
        // ("thăm và làm việc": the generic word of the same phrase does not count as another.)
        const alone = trigs.every((u) => u === t || (u.kind === 'meeting' && Math.abs(tok(doc, u.start) - ti) < 3)) ? pickDate(ctx, si, -1) : null;
        if (!cueBefore(doc, ti, 'aspect', 3, s.tokenFrom)
          && !(alone && ((trigs.length === 1 && verbTrigger(doc, t)) || (alone.value.end != null && !cueBefore(doc, ti, 'reference', 8, s.tokenFrom))))) continue;
      }
      const ref = cueBefore(doc, ti, 'reference', 3, s.tokenFrom)
        ?? (cuesIn(doc, tok(doc, t.end), Math.min(s.tokenTo, tok(doc, t.end) + 1)).some((h) => h.cues.has('reference')) ? { from: ti, to: ti, cues: new Set<EventCue>() } : null);
      const picked = pickDate(ctx, si, t.kind === 'visit' ? -1 : ti);
      // "Tham vấn diễn ra trong khuôn khổ chuyến thăm … từ ngày 5-7/5", "The consultation was held as
      // part of X's visit from May 5 to 7": a date after a framing visit is the visit's, when the
      // sentence tells again of a meeting already dated.
      const own = picked && picked.start > t.end && lastOfKind(t.kind)?.date && trigs.some((u) => u.kind === 'visit' && u.start > t.end && u.end <= picked.start
        && cueBefore(doc, tok(doc, u.start), 'reference', 8, tok(doc, t.end))) ? null : picked;
      // "the same day" tells a separate event of the previous one's day wherever it stands: "… his talks with X earlier the same day".
      const sameDay = sentenceCue(doc, si, s.tokenTo, 'sameDay');
      const separate = sentenceCue(doc, si, ti, 'separate') || sameDay || sentenceCue(doc, si, ti, 'after');
      const names = peopleIn(ctx, si);
      if (ref) {
        const target = referredOfKind(t.kind);
        const endsIt = ref.cues.has('reference') && doc.tokens.slice(ref.from, ref.to).some((x) => /^(?:kết|end)$/.test(x.lower));
        const signs = endsIt && inSentence(a.agreements, si).some((g) => g.signedHere);
        if (signs && (target || current)) {
          // "Kết thúc Hội đàm, … đã ký kết …": a signing of its own, on the same day and place.
          const base = (target ?? current)!;
          const d = newDraft('signing', si, base.date, base.venue, t);
          const list = participantsOf(ctx, si, ti, 'signing');
          addParticipants(d, list.length ? list : [...base.participants].map(([id]) => [id, 'participant'] as [string, Role]));
          created.push(d);
          drafts.push(d);
          current = d;
          touched = true;
          continue;
        }
        if (target) {
          referred = target;
          target.sentences.add(si);
          if (target.participants.size < 2) addParticipants(target, participantsOf(ctx, si, ti, t.kind, t.guestFirst, signing));
          if (t.online) target.online = true;
          current = target;
          touched = true;
          continue;
        }
        if (!names.length && current) {
          current.sentences.add(si);
          touched = true;
          continue;
        }
      } else if (!separate && !created.length) {
        // The same kind again with no new day is the same meeting told again.
        const same = lastOfKind(t.kind);
        if (same && (!own || own.value.month == null || (same.date && same.date.value.day === own.value.day && same.date.value.month === own.value.month))) {
          same.sentences.add(si);
          addParticipants(same, participantsOf(ctx, si, ti, t.kind, t.guestFirst, signing));
          current = same;
          touched = true;
          continue;
        }
      }
      let date = own;
      let venue = findVenue(ctx, si, t.kind);
      // "Sau hội đàm, hai Thủ tướng chứng kiến lễ ký kết …": a signing of its own after the meeting
      // the sentence refers back to, on its day and at its place.
      const after = t.kind === 'signing' && referred && referred.kind !== 'signing' ? referred : null;
      if (after) {
        date ??= after.date;
        venue ??= after.venue;
      }
      // A report names who, when or where; "tổ chức hội nghị song phương" alone is a generality.
      if (!own && !names.length && !venue && !created.length && !separate) continue;
      const prev = current;
      // "Sáng cùng ngày": the day of the last meeting that has one.
      // A meeting recalled by its month alone ("cuộc gặp … tháng 10/2024") gives no day to "cùng ngày".
      const dated = sameDay ? [...drafts].reverse().find((x) => x.date && x.date.value.day != null && !x.aside)?.date ?? null : null;
      const prevDay = prev?.date && prev.date.value.day != null ? prev.date : null;
      if (!date && prev && (sameDay || sentenceCue(doc, si, ti, 'after'))) date = sameDay ? sameDayDate(ctx, si, prevDay ?? dated) : prev.date;
      if (!venue && prev && sentenceCue(doc, si, ti, 'after')) venue = prev.venue;
      // Meetings reported together ("lễ đón và hội đàm") share the day and the place.
      if (created.length) {
        date = created[0].date;
        venue = created[0].venue;
      }
      const d = newDraft(t.kind, si, date, venue, t);
      d.online = t.online || hasCue(doc, s.tokenFrom, s.tokenTo, 'online');
      addParticipants(d, participantsOf(ctx, si, ti, t.kind, t.guestFirst, signing));
      // "hai Thủ tướng chứng kiến lễ ký kết": those of the meeting referred to witnessed it.
      if (after && !d.participants.size && cueBefore(doc, ti, 'witness', 4, s.tokenFrom)) {
        for (const id of after.participants.keys()) d.participants.set(id, 'witness');
      }
      // "Ra đón đoàn tại sân bay … có X": an undated welcome right after a visit is its arrival;
      // those welcoming take part in the visit too.
      if (t.kind === 'ceremony' && !date && prev && prev.kind === 'visit' && !prev.aside && si - prev.sentence <= 2) {
        addParticipants(prev, [...d.participants.keys()].map((id) => [id, 'participant'] as [string, Role]));
      }
      created.push(d);
      drafts.push(d);
      current = d;
      touched = true;
    }
    if (signing) drafts.push(signing);
    if (touched || !current) return;
    // No trigger: people "also attending", or heading the delegations, join the meeting just reported.
    const attend = hasCue(doc, s.tokenFrom, s.tokenTo, 'attend');
    const head = hasCue(doc, s.tokenFrom, s.tokenTo, 'head');
    // "Cùng dự buổi tiếp có …": the event named after a back-reference, not the one told last.
    const named = attend ? namedEvent(ctx, si) : null;
    const target = (named && lastOfKind(named)) || current;
    const near = target !== current || [...current.sentences].some((x) => si - x <= 2);
    // "… talks between their deputy ministers in Moscow on September 5. Deputy Minister X and First
    // Deputy Minister Y discussed …": a meeting told with nobody named takes those the next sentence names.
    const unnamed = !attend && !head && target === current && !current.participants.size && !current.aside && si === current.sentence + 1;
    if ((near && (attend || head)) || unnamed) {
      const list = participantsOf(ctx, si, s.tokenFrom, target.kind)
        .filter(([, role]) => attend || unnamed || role === 'delegation_head');
      const group = drafts.filter((d) => d.sentence === target.sentence && !d.aside);
      for (const d of group) {
        addParticipants(d, list);
        d.sentences.add(si);
      }
    }
  });
  const out = mergeGeneric(drafts);
  datelineCity(ctx, out[0], out);
  return out;
}

// A regular English past form ("visited", "signed").
const PAST = /[a-z]ed$/;

/** A meeting word that opens with a verb in the past: "held talks", "met with", "visited". */
function verbTrigger(doc: Doc, t: TriggerMention): boolean {
  const i = tok(doc, t.start);
  return PAST.test(doc.tokens[i].lower) || cuesIn(doc, i, i + 1).some((h) => h.from === i && h.to === i + 1 && h.cues.has('nameEnd'));
}

/**
 * English clauses listed after one subject, each opened by a meeting verb after a comma or
 * ", and": "he held talks with X …, met with Y …, and visited Z …". Null unless there are two
 * or more and every one after the first follows such a separator.
 */
function listedClauses(ctx: MeetingContext, si: number, trigs: readonly TriggerMention[]): Array<{ t: TriggerMention; from: number; to: number }> | null {
  const { doc } = ctx;
  if (doc.language !== 'en') return null;
  const verbs = trigs.filter((t) => verbTrigger(doc, t));
  if (verbs.length < 2) return null;
  const s = doc.sentences[si];
  const out: Array<{ t: TriggerMention; from: number; to: number }> = [];
  for (let k = 0; k < verbs.length; k++) {
    const from = tok(doc, verbs[k].start);
    if (k > 0) {
      let q = from - 1;
      if (doc.tokens[q]?.lower === 'and') q--;
      if (doc.tokens[q]?.text !== ',') return null;
      out[k - 1].to = q;
    }
    out.push({ t: verbs[k], from, to: s.tokenTo });
  }
  return out;
}

/** Where a listed clause's meeting was: "in Moscow", or the city in the name of the place visited. */
function clauseVenue(ctx: MeetingContext, t: TriggerMention, from: number, to: number): Venue | null {
  const { doc } = ctx;
  const { tokens, lexicon } = doc;
  for (let i = from; i < to; i++) {
    const cue = lexicon.eventCues.matchAt(tokens, i, to);
    if (!cue?.value.has('venue')) continue;
    const v = venueAt(ctx, cue.to, to);
    if (v) return v;
  }
  if (t.kind !== 'visit') return null;
  // "visited the Saint Petersburg University of …"
  for (let i = tok(doc, t.end); i < to; i++) {
    const place = tokens[i].cap ? lexicon.places.matchAt(tokens, i, to) : null;
    if (place) {
      const { start, end } = { start: tokens[i].start, end: tokens[place.to - 1].end };
      return { text: doc.text.slice(start, end), place: null, city: place.value.city, country: place.value.country ?? null, span: doc.span(start, end) };
    }
  }
  return null;
}

/**
 * A dateline city ("Bắc Kinh - Chiều 27/6, …", "Viêng Chăn (TTXVN) - …", "MOSCOW -") that opens
 * the lead meeting's sentence gives that meeting its city when the text names none.
 */
function datelineCity(ctx: MeetingContext, lead: MeetingDraft | undefined, all: MeetingDraft[]): void {
  if (!lead || lead.online || lead.venue?.city) return;
  const { doc, a } = ctx;
  const s = doc.sentences[lead.sentence];
  const place = a.places.find((p) => p.start === doc.tokens[s.tokenFrom]?.start);
  if (!place) return;
  let k = tok(doc, place.end);
  // Between the city and the dash, a date after a comma and an agency in brackets:
  // "Hà Nội (TTXVN) –", "BEIJING, May 20 (Xinhua) --".
  const until = Math.min(s.tokenTo, k + 14);
  while (k < until && !isDashText(doc.tokens[k].text)) {
    const t = doc.tokens[k];
    // The dateline's own date is not among the article's dates: a short run with a number ("May 20", "Oct. 2").
    let run = k;
    while (run < until && run - k < 4 && (doc.tokens[run].kind === 'num' || doc.tokens[run].kind === 'word' || doc.tokens[run].text === '.')) run++;
    const dated = run > k && doc.tokens.slice(k, run).some((x) => x.kind === 'num') && doc.tokens[k - 1]?.text === ',';
    if (t.text === ',') k++;
    else if (dated) k = run;
    else if (t.text === '(') {
      const close = doc.tokens.slice(k, until).findIndex((x) => x.text === ')');
      if (close < 0) return;
      k += close + 1;
    } else return;
  }
  if (k >= until || !isDashText(doc.tokens[k].text)) return;
  const { city, country } = place.entry;
  if (lead.venue && lead.venue.country && country && lead.venue.country !== country) return;
  // "Hanoi (VNA) – X paid an official visit to Russia": a visit's destination is another country.
  if (lead.kind === 'visit' && country && a.countries.some((c) => c.start >= place.end && c.end <= s.end && !c.hit.adjective
    && c.hit.entry.code !== country && doc.tokens[tok(doc, c.start) - 1]?.lower === 'to')) return;
  const old = lead.venue;
  if (!old) {
    lead.venue = { text: doc.text.slice(place.start, place.end), place: null, city, country, span: doc.span(place.start, place.end) };
    return;
  }
  // Meetings that took the lead's place ("Sau hội đàm, … lễ ký kết") take its city too.
  const venue = { ...old, city, country: old.country ?? country };
  for (const d of all) if (d.venue === old) d.venue = venue;
}

/** The kind of a meeting word named after a back-reference ("buổi tiếp", "tại Hội đàm"), trigger or not. */
function namedEvent(ctx: MeetingContext, si: number): MeetingKind | null {
  const { doc } = ctx;
  const s = doc.sentences[si];
  for (let i = s.tokenFrom; i < s.tokenTo; i++) {
    const m = doc.lexicon.triggers.matchAt(doc.tokens, i, s.tokenTo);
    if (m && cueBefore(doc, i, 'reference', 2, s.tokenFrom)) return m.value.kind;
  }
  return null;
}

/**
 * A signing told in passing with its own full day, other than any meeting's: "the joint
 * statement signed by President X and President Y on November 30, 2021". The signers are the
 * people after "by" up to the date, or, in a sentence that reports nothing else, those before
 * the signing word ("X and Y signed the Agreement on … on March 4, 2019").
 */
function pastSigning(ctx: MeetingContext, si: number, drafts: MeetingDraft[], reports: boolean): MeetingDraft | null {
  const { doc, a } = ctx;
  const s = doc.sentences[si];
  for (const h of cuesIn(doc, s.tokenFrom, s.tokenTo)) {
    if (!h.cues.has('sign')) continue;
    let stop = h.to;
    // To the clause's end (the comma inside "November 30, 2021" is inside the date).
    while (stop < s.tokenTo && !isClauseEnd(doc.tokens[stop].text)) stop++;
    const until = doc.tokens[stop - 1]?.end ?? 0;
    const date = inSentence(a.dates, si).find((d) => d.start >= doc.tokens[h.to - 1].end && d.start < until
      && !d.weak && d.value.day != null && d.value.yearSource === 'explicit');
    if (!date) continue;
    const own = pickDate(ctx, si);
    if (own && own !== date && own.value.day === date.value.day && own.value.month === date.value.month) continue;
    if (drafts.some((d) => d.date && d.date.value.day === date.value.day && d.date.value.month === date.value.month
      && (d.date.value.year == null || d.date.value.year === date.value.year))) continue;
    const passive = hasCue(doc, h.to, Math.min(s.tokenTo, h.to + 1), 'agent');
    const ps = peopleIn(ctx, si).filter((p) => (passive
      ? p.start >= doc.tokens[h.to].end && p.start < date.start
      : !reports && tok(doc, p.start) < h.from));
    const ids = [...new Set(ps.map((p) => ctx.people.idOf(p)).filter((x): x is string => !!x))];
    if (ids.length < 2) continue;
    const d = newDraft('signing', si, date, null);
    for (const id of ids) d.participants.set(id, 'signatory');
    // Told in passing: the sentence stays with the meeting it belongs to.
    d.sentences.clear();
    d.aside = true;
    d.signWord = h.from;
    return d;
  }
  return null;
}

function newDraft(kind: MeetingKind, si: number, date: DateMention | null, venue: Venue | null, trigger: TriggerMention | null = null): MeetingDraft {
  return {
    kind, online: false, sentence: si, date, venue, participants: new Map(), sentences: new Set([si]), agreements: [],
    trigger: trigger ? { start: trigger.start, end: trigger.end } : null,
  };
}

/** "met" and "held talks" about the same people on the same day are one meeting, the specific kind. */
function mergeGeneric(drafts: MeetingDraft[]): MeetingDraft[] {
  const out: MeetingDraft[] = [];
  for (const d of drafts) {
    // A call and a meeting in person are two events ("… held telephone talks … The previous meeting between them was held in Ufa").
    const same = out.find((o) => (o.kind === 'meeting' || d.kind === 'meeting') && o.kind !== d.kind && o.online === d.online
      && o.participants.size >= 2 && d.participants.size >= 2
      && [...d.participants.keys()].every((id) => o.participants.has(id))
      && (!o.date || !d.date || (o.date.value.day === d.date.value.day && o.date.value.month === d.date.value.month)));
    if (!same) {
      out.push(d);
      continue;
    }
    if (same.kind === 'meeting') {
      same.kind = d.kind;
      same.trigger = d.trigger;
    }
    same.date ??= d.date;
    if (!same.venue || (!same.venue.city && d.venue?.city)) same.venue = d.venue ?? same.venue;
    same.online ||= d.online;
    for (const x of d.sentences) same.sentences.add(x);
  }
  return out;
}
