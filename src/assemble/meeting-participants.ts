/** Meeting assembly: who took part in a meeting a sentence reports, and in which role. */
import type { EventCue } from '../plugin.js';
import type { PersonMention } from '../pipeline/types.js';
import type { MeetingKind } from '../schema.js';
import type { Token } from '../engine/tokens.js';
import { cuesIn } from '../recognize/cues.js';
import { inSentence } from './by-sentence.js';
import { perSentence, tok, type MeetingContext, type MeetingDraft, type Role, type SentenceCues } from './meeting-context.js';
import { partitionPoint } from '../engine/search.js';

/** The people a sentence names, outside document names (shared: callers only read it). */
export function peopleIn(ctx: MeetingContext, si: number): readonly PersonMention[] {
  return perSentence(ctx.lookups.sentencePeople, ctx, si, sentencePeople);
}

function sentencePeople(ctx: MeetingContext, si: number): PersonMention[] {
  const names = inSentence(ctx.a.agreements, si);
  return inSentence(ctx.a.people, si).filter((p) => !names.some((g) => p.start >= g.start && p.start < g.end));
}

/** Participants of a sentence with their roles, relative to the trigger at token `ti`. */
export function participantsOf(ctx: MeetingContext, si: number, ti: number, kind: MeetingKind, guestFirst = false, aside: MeetingDraft | null = null): Array<[string, Role]> {
  const { doc } = ctx;
  const s = doc.sentences[si];
  const marks = perSentence(ctx.lookups.sentenceCues, ctx, si, sentenceCues);
  const { invited, witness, heads, attending } = marks;
  // The signing word of an earlier signing told in passing makes nobody a signatory here.
  const signs = aside ? marks.signs.filter((c) => c !== aside.signWord) : marks.signs;
  const ps = peopleIn(ctx, si);
  // "X paid a courtesy call on Y": the first one named after the words is the host.
  const hostAfter = guestFirst ? ps.find((p) => tok(doc, p.start) >= ti) ?? null : null;
  // "X welcomed the outcomes of the talks with Y": X names an event held by others.
  const outcome = marks.outcome.filter((c) => c < ti);
  // "… về chuyến thăm của Tổng thống X": whoever made a visit the sentence only mentions did not
  // take part in its call or talks (a visit word after the meeting's own, then "của" before the name).
  const laterVisits = kind === 'visit' ? [] : inSentence(ctx.a.triggers, si).filter((t) => t.kind === 'visit' && tok(doc, t.start) > ti);
  const visits = laterVisits.map((t) => tok(doc, t.end));
  // "… for Prime Minister X's official visit to …": the visitor named with "'s" before the visit word.
  const visitStarts = laterVisits.map((t) => tok(doc, t.start));
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
    const commaAfterWitness = w != null ? commaFrom(doc.tokens, w, s.tokenTo) : -1;
    if (w != null && (commaAfterWitness < 0 || pi < w + commaAfterWitness)) role = 'witness';
    else if (heads.some((h) => (h.from > pi && h.from < nextPerson && h.from - pi < 30) || (h.to <= pi && pi - h.to <= 3))) role = 'delegation_head';
    else if (signs.some((c) => c > pi) && (kind === 'signing' || signs.some((c) => c > pi && c - pi < 40))) role = 'signatory';
    else if (attending) role = 'participant';
    else if (guestFirst) role = p === hostAfter ? 'host' : 'guest';
    else role = roleByPosition(kind, pi, ti);
    out.push([id, role]);
  });
  // "hội đàm với Bộ trưởng Nội vụ Cuba": a guest named by a title alone is whoever holds that title.
  for (const [id, pi] of titleHolders(ctx, si)) {
    if (out.some(([x]) => x === id) || outcome.some((c) => pi < c)) continue;
    // "X paid a farewell call on the State President": the one after the words is the host.
    const role: Role = guestFirst ? (pi >= ti && !hostAfter ? 'host' : 'guest') : roleByPosition(kind, pi, ti);
    out.push([id, role]);
  }
  return out;
}

/** Where the sentence's participant cues stand (kept per sentence: asked once per trigger). */
function sentenceCues(ctx: MeetingContext, si: number): SentenceCues {
  const s = ctx.doc.sentences[si];
  const cues = cuesIn(ctx.doc, s.tokenFrom, s.tokenTo);
  const at = (c: EventCue): number[] => cues.filter((h) => h.cues.has(c)).map((h) => h.from);
  return {
    invited: at('invited'),
    witness: at('witness'),
    heads: cues.filter((h) => h.cues.has('head')),
    signs: at('sign'),
    attending: cues.some((h) => h.cues.has('attend')),
    outcome: at('outcome'),
  };
}

/** How many tokens after `from` the first comma in [from, to) stands, or -1. */
function commaFrom(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from; k < to; k++) if (tokens[k].text === ',') return k - from;
  return -1;
}

/** Who receives stands before the reception's word, who is received after it. */
function roleByPosition(kind: MeetingKind, pi: number, ti: number): Role {
  if ((kind === 'reception' || kind === 'ceremony') && pi < ti) return 'host';
  if (kind === 'reception' && pi > ti) return 'guest';
  return 'participant';
}

/**
 * "Nhận lời mời của Bộ Ngoại giao Việt Nam, …": the invitation cue at token `c` names a body, not a
 * person, when a comma before token `pi` closes it and no title, rank or person stands between.
 * ("theo lời mời của Bộ trưởng Bộ Công an, Đại tướng Tô Lâm" names the minister by his title first.)
 */
function bodyInvited(ctx: MeetingContext, si: number, c: number, pi: number): boolean {
  const { doc } = ctx;
  const s = doc.sentences[si];
  let comma = c;
  while (comma < pi && doc.tokens[comma].text !== ',') comma++;
  if (comma >= pi) return false;
  const from = doc.tokens[c].start;
  const to = doc.tokens[comma].start;
  const sorted = ctx.lookups.mentionStarts();
  const k = partitionPoint(sorted.length, (i) => sorted[i] < from);
  return comma < s.tokenTo && !(k < sorted.length && sorted[k] < to);
}

/**
 * Titles of the sentence that name nobody ("Bộ trưởng Nội vụ Cuba" with no name) but say whose
 * (a body or a country), held by exactly one person of the article: that person, with the
 * title's token.
 */
function titleHolders(ctx: MeetingContext, si: number): Array<[string, number]> {
  const { doc, lookups } = ctx;
  const s = doc.sentences[si];
  const named = lookups.namedTitles();
  const out: Array<[string, number]> = [];
  for (const t of lookups.titlesWithin(s.start, s.end)) {
    if (named.has(t)) continue;
    const orgCountry = t.organization?.org.country ?? null;
    const country = t.country ?? orgCountry;
    // "paid a farewell call on the State President": a definite title alone names its one holder.
    const ti = tok(doc, t.start);
    const definite = doc.language === 'en' && ti > s.tokenFrom && doc.tokens[ti - 1].lower === 'the';
    if (!country && !definite) {
      // "Chủ tịch nước đã nhận Quốc thư": a title that says no side, held by one named person only,
      // who is not named in the sentence (there the title is his own, or the sentence's rules decide).
      const same = lookups.holdersByEntry().get(t.entry);
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

export function addParticipants(d: MeetingDraft, list: Array<[string, Role]>): void {
  for (const [id, role] of list) {
    const had = d.participants.get(id);
    // A more telling role wins over a plain participant.
    if (!had || had === 'participant') d.participants.set(id, role);
  }
}
