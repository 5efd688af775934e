/**
 * Meetings: the body is read sentence by sentence. A trigger either reports a new meeting,
 * refers back to one already reported ("Tại Hội đàm", "During the talks"), or is background
 * (plans with "sẽ", purposes with "để", a delegation's visit as the purpose of a trip).
 * Sentences without a trigger may still add people to the meeting just reported
 * ("Cùng dự có …", "Đoàn … do X dẫn đầu").
 */
import type { EventCue } from '../plugin.js';
import type { Analysis, DateMention, Doc, PersonMention, TitleMention, TriggerMention } from '../pipeline/types.js';
import type { Meeting, MeetingKind, Venue } from '../schema.js';
import { tokenAt } from '../engine/tokens.js';
import { cueBefore, cuesIn, hasCue } from '../recognize/cues.js';
import type { OrganizationIndex } from './organizations.js';
import type { PeopleIndex } from './people.js';
import { findVenue, venueAt } from './venues.js';
import { inSentence } from './by-sentence.js';

export type Role = Meeting['participants'][number]['role'];

export interface MeetingDraft {
  kind: MeetingKind;
  online: boolean;
  /** Sentence that reports it. */
  sentence: number;
  date: DateMention | null;
  venue: Venue | null;
  participants: Map<string, Role>;
  /** Sentences that were read as part of this meeting. */
  sentences: Set<number>;
  agreements: string[];
  /** The words that name it. */
  trigger: { start: number; end: number } | null;
  /** Told in passing (an earlier signing): later sentences and attendees never join it. */
  aside?: boolean;
  /** The token of the signing word of such a signing. */
  signWord?: number;
}

/** Dates that can be a meeting's day. */
const EVENTISH = new Set(['event', 'other', 'past']);

export interface MeetingContext {
  doc: Doc;
  a: Analysis;
  people: PeopleIndex;
  orgs: OrganizationIndex;
}

const tok = (doc: Doc, offset: number): number => tokenAt(doc.tokens, offset);

/** The sentence's dates that can date a meeting, outside document names. */
function ownDates(ctx: MeetingContext, si: number): DateMention[] {
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

function pickDate(ctx: MeetingContext, si: number, ti = -1): DateMention | null {
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

function peopleIn(ctx: MeetingContext, si: number): PersonMention[] {
  const names = inSentence(ctx.a.agreements, si);
  return inSentence(ctx.a.people, si).filter((p) => !names.some((g) => p.start >= g.start && p.start < g.end));
}

/** Participants of a sentence with their roles, relative to the trigger at token `ti`. */
function participantsOf(ctx: MeetingContext, si: number, ti: number, kind: MeetingKind, guestFirst = false, aside: MeetingDraft | null = null): Array<[string, Role]> {
  const { doc } = ctx;
  const s = doc.sentences[si];
  const cues = cuesIn(doc, s.tokenFrom, s.tokenTo);
  const at = (c: EventCue): number[] => cues.filter((h) => h.cues.has(c)).map((h) => h.from);
  const invited = at('invited');
  const witness = at('witness');
  const heads = cues.filter((h) => h.cues.has('head'));
  // The signing word of an earlier signing told in passing makes nobody a signatory here.
  const signs = at('sign').filter((c) => c !== aside?.signWord);
  const ps = peopleIn(ctx, si);
  // "X paid a courtesy call on Y": the first one named after the words is the host.
  const hostAfter = guestFirst ? ps.find((p) => tok(doc, p.start) >= ti) ?? null : null;
  const attending = cues.some((h) => h.cues.has('attend'));
  // "X welcomed the outcomes of the talks with Y": X names an event held by others.
  const outcome = at('outcome').filter((c) => c < ti);
  // "… về chuyến thăm của Tổng thống X": whoever made a visit the sentence only mentions did not
  // take part in its call or talks (a visit word after the meeting's own, then "của" before the name).
  const visits = kind === 'visit' ? [] : inSentence(ctx.a.triggers, si)
    .filter((t) => t.kind === 'visit' && tok(doc, t.start) > ti)
    .map((t) => tok(doc, t.end));
  // "… for Prime Minister X's official visit to …": the visitor named with "'s" before the visit word.
  const visitStarts = kind === 'visit' ? [] : inSentence(ctx.a.triggers, si)
    .filter((t) => t.kind === 'visit' && tok(doc, t.start) > ti)
    .map((t) => tok(doc, t.start));
  const ownerOfVisit = (p: PersonMention): boolean => {
    const e = tok(doc, p.end);
    return e + 1 < s.tokenTo && /^['’]$/.test(doc.tokens[e].text) && doc.tokens[e + 1].lower === 's'
      && visitStarts.some((v) => v >= e + 2 && v - (e + 2) <= 2);
  };
  const visitor = (pi: number): boolean => visits.some((v) => {
    if (v > pi || pi - v > 12) return false;
    const between = doc.tokens.slice(v, pi);
    if (between.some((x) => x.text === ',' || x.text === ';')) return false;
    return cuesIn(doc, v, pi).some((h) => h.cues.has('possessive'));
  });
  const out: Array<[string, Role]> = [];
  ps.forEach((p, k) => {
    const id = ctx.people.idOf(p);
    if (!id || out.some(([x]) => x === id) || aside?.participants.has(id)) return;
    const pi = tok(doc, p.start);
    if (visitor(pi) || ownerOfVisit(p)) return;
    if (outcome.some((c) => pi < c)) return;
    // The one who invited did not take part (the first person after "theo lời mời của"), unless
    // the invitation named a body and closed with a comma ("Nhận lời mời của Bộ Công an Việt Nam, Đoàn …").
    if (invited.some((c) => c < pi && !bodyInvited(ctx, si, c, pi) && !ps.some((q) => q !== p && tok(doc, q.start) > c && q.start < p.start))) return;
    const nextPerson = ps[k + 1] ? tok(doc, ps[k + 1].start) : s.tokenTo;
    let role: Role = 'participant';
    const w = witness.find((c) => c < pi);
    const commaAfterWitness = w != null ? doc.tokens.slice(w, s.tokenTo).findIndex((t) => t.text === ',') : -1;
    if (w != null && (commaAfterWitness < 0 || pi < w + commaAfterWitness)) role = 'witness';
    else if (heads.some((h) => (h.from > pi && h.from < nextPerson && h.from - pi < 30) || (h.to <= pi && pi - h.to <= 3))) role = 'delegation_head';
    else if (signs.some((c) => c > pi) && (kind === 'signing' || signs.some((c) => c > pi && c - pi < 40))) role = 'signatory';
    else if (attending) role = 'participant';
    else if (guestFirst) role = p === hostAfter ? 'host' : 'guest';
    else if ((kind === 'reception' || kind === 'ceremony') && pi < ti) role = 'host';
    else if (kind === 'reception' && pi > ti) role = 'guest';
    out.push([id, role]);
  });
  // "hội đàm với Bộ trưởng Nội vụ Cuba": a guest named by a title alone is whoever holds that title.
  for (const [id, pi] of titleHolders(ctx, si)) {
    if (out.some(([x]) => x === id) || outcome.some((c) => pi < c)) continue;
    let role: Role = 'participant';
    // "X paid a farewell call on the State President": the one after the words is the host.
    if (guestFirst) role = pi >= ti && !hostAfter ? 'host' : 'guest';
    else if ((kind === 'reception' || kind === 'ceremony') && pi < ti) role = 'host';
    else if (kind === 'reception' && pi > ti) role = 'guest';
    out.push([id, role]);
  }
  return out;
}

/**
 * "Nhận lời mời của Bộ Ngoại giao Việt Nam, …": the invitation cue at token `c` names a body, not a
 * person, when a comma before token `pi` closes it and no title, rank or person stands between.
 * ("theo lời mời của Bộ trưởng Bộ Công an, Đại tướng Tô Lâm" names the minister by his title first.)
 */
function bodyInvited(ctx: MeetingContext, si: number, c: number, pi: number): boolean {
  const { doc, a } = ctx;
  const s = doc.sentences[si];
  let comma = c;
  while (comma < pi && doc.tokens[comma].text !== ',') comma++;
  if (comma >= pi) return false;
  const from = doc.tokens[c].start;
  const to = doc.tokens[comma].start;
  return comma < s.tokenTo && !anyStartIn(starts(a), from, to);
}

/** Per analysis: the starts of every title, rank and person mention, sorted (for look-ups by binary search). */
const startsCache = new WeakMap<Analysis, number[]>();
function starts(a: Analysis): number[] {
  let x = startsCache.get(a);
  if (!x) startsCache.set(a, (x = [...a.titles, ...a.ranks, ...a.people].map((m) => m.start).sort((i, j) => i - j)));
  return x;
}

function anyStartIn(sorted: readonly number[], from: number, to: number): boolean {
  let lo = 0;
  for (let hi = sorted.length; lo < hi;) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo] < to;
}

/** Per analysis: the titles people hold by name, and the titles' indexes sorted by start. */
const titleIndexes = new WeakMap<Analysis, { named: Set<TitleMention>; order: number[] }>();
function titleIndex(a: Analysis): { named: Set<TitleMention>; order: number[] } {
  let x = titleIndexes.get(a);
  if (!x) {
    const order = a.titles.map((_, i) => i).sort((i, j) => a.titles[i].start - a.titles[j].start || i - j);
    titleIndexes.set(a, (x = { named: new Set(a.people.flatMap((p) => p.titles)), order }));
  }
  return x;
}

/**
 * Titles of the sentence that name nobody ("Bộ trưởng Nội vụ Cuba" with no name) but say whose
 * (a body or a country), held by exactly one person of the article: that person, with the
 * title's token.
 */
const byEntryCache = new WeakMap<Analysis, Map<unknown, Set<string>>>();

/** The people who hold each title entry, by their named mentions (built once per article). */
function holdersByEntry(ctx: MeetingContext): Map<unknown, Set<string>> {
  let m = byEntryCache.get(ctx.a);
  if (m) return m;
  m = new Map();
  for (const p of ctx.a.people) {
    const id = ctx.people.idOf(p);
    if (!id) continue;
    for (const x of p.titles) {
      if (!m.has(x.entry)) m.set(x.entry, new Set());
      m.get(x.entry)!.add(id);
    }
  }
  byEntryCache.set(ctx.a, m);
  return m;
}

function titleHolders(ctx: MeetingContext, si: number): Array<[string, number]> {
  const { doc, a } = ctx;
  const s = doc.sentences[si];
  const { named, order } = titleIndex(a);
  const out: Array<[string, number]> = [];
  // The sentence's titles in their order in a.titles, by binary search over them sorted by
  // start (a scan of every title per meeting sentence was quadratic on long inputs).
  let lo = 0;
  for (let hi = order.length; lo < hi;) {
    const mid = (lo + hi) >> 1;
    if (a.titles[order[mid]].start < s.start) lo = mid + 1;
    else hi = mid;
  }
  const inside: number[] = [];
  for (let k = lo; k < order.length && a.titles[order[k]].start <= s.end; k++) inside.push(order[k]);
  for (const t of inside.sort((x, y) => x - y).map((k) => a.titles[k])) {
    if (t.start < s.start || t.end > s.end || named.has(t)) continue;
    const orgCountry = t.organization?.org.country ?? null;
    const country = t.country ?? orgCountry;
    // "paid a farewell call on the State President": a definite title alone names its one holder.
    const ti = tok(doc, t.start);
    const definite = doc.language === 'en' && ti > s.tokenFrom && doc.tokens[ti - 1].lower === 'the';
    if (!country && !definite) {
      // "Chủ tịch nước đã nhận Quốc thư": a title that says no side, held by one named person only,
      // who is not named in the sentence (there the title is his own, or the sentence's rules decide).
      const same = holdersByEntry(ctx).get(t.entry);
      if (same?.size === 1) {
        const [id] = same;
        if (!peopleIn(ctx, si).some((p) => ctx.people.idOf(p) === id)) out.push([id, ti]);
      }
      continue;
    }
    // Same role and side: bodies are written in several forms ("Nội vụ Cuba", "Bộ Nội vụ Cộng hòa Cuba").
    const holders = ctx.people.people.filter((p) => (!country || p.country === country) && p.titles.some((x) => x.role === t.entry.role));
    if (holders.length === 1) out.push([holders[0].id, tok(doc, t.start)]);
  }
  return out;
}

function addParticipants(d: MeetingDraft, list: Array<[string, Role]>): void {
  for (const [id, role] of list) {
    const had = d.participants.get(id);
    // A more telling role wins over a plain participant.
    if (!had || had === 'participant') d.participants.set(id, role);
  }
}

const sentenceCue = (doc: Doc, si: number, upTo: number, c: EventCue): boolean => hasCue(doc, doc.sentences[si].tokenFrom, upTo, c);

export function assembleMeetings(ctx: MeetingContext): MeetingDraft[] {
  const { doc, a } = ctx;
  const drafts: MeetingDraft[] = [];
  let current: MeetingDraft | null = null;
  const bySentence = new Map<number, TriggerMention[]>();
  for (const t of a.triggers) {
    if (!bySentence.has(t.sentence)) bySentence.set(t.sentence, []);
    bySentence.get(t.sentence)!.push(t);
  }
  const lastOfKind = (k: MeetingKind): MeetingDraft | undefined => [...drafts].reverse().find((d) => d.kind === k && !d.aside);

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
        if (!cueBefore(doc, ti, 'aspect', 3, s.tokenFrom) && !(trigs.length === 1 && verbTrigger(doc, t) && pickDate(ctx, si, -1))) continue;
      }
      const ref = cueBefore(doc, ti, 'reference', 3, s.tokenFrom)
        ?? (cuesIn(doc, tok(doc, t.end), Math.min(s.tokenTo, tok(doc, t.end) + 1)).some((h) => h.cues.has('reference')) ? { from: ti, to: ti, cues: new Set<EventCue>() } : null);
      const own = pickDate(ctx, si, t.kind === 'visit' ? -1 : ti);
      // "the same day" tells a separate event of the previous one's day wherever it stands: "… his talks with X earlier the same day".
      const sameDay = sentenceCue(doc, si, s.tokenTo, 'sameDay');
      const separate = sentenceCue(doc, si, ti, 'separate') || sameDay || sentenceCue(doc, si, ti, 'after');
      const names = peopleIn(ctx, si);
      if (ref) {
        const target = lastOfKind(t.kind);
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
      const dated = sameDay ? [...drafts].reverse().find((x) => x.date && !x.aside)?.date ?? null : null;
      if (!date && prev && (sameDay || sentenceCue(doc, si, ti, 'after'))) date = sameDay ? sameDayDate(ctx, si, prev.date ?? dated) : prev.date;
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

const DASH = /^[-–—]$/u;
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
  // An agency in brackets between the city and the dash: "(TTXVN)".
  if (doc.tokens[k]?.text === '(') {
    const close = doc.tokens.slice(k, Math.min(s.tokenTo, k + 8)).findIndex((t) => t.text === ')');
    if (close < 0) return;
    k += close + 1;
  }
  if (k >= s.tokenTo || !DASH.test(doc.tokens[k].text)) return;
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
 * Triggers followed, before the next trigger, by their own date in brackets: "chuyến thăm … (tháng
 * 6/2024)". Only lists of two or more such events, or one that is not the sentence's first
 * trigger, are read this way: a lone bracket may just repeat the lead's date.
 */
function bracketDates(ctx: MeetingContext, si: number, trigs: readonly TriggerMention[]): Map<TriggerMention, DateMention> {
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
function visitsOfPerson(ctx: MeetingContext, si: number, trigs: readonly TriggerMention[]): Map<TriggerMention, DateMention> {
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
    while (stop < s.tokenTo && doc.tokens[stop].start < until && !/^[;,:()]$/.test(doc.tokens[stop].text)) stop++;
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
function sameDayDate(ctx: MeetingContext, si: number, prev: DateMention | null): DateMention | null {
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

// Punctuation that ends a clause (the comma inside "November 30, 2021" is inside the date).
const CLAUSE_END = /^[,;:()]$/;

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
    while (stop < s.tokenTo && !CLAUSE_END.test(doc.tokens[stop].text)) stop++;
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
