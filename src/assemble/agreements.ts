/**
 * Agreements: one per document however often it is named (the fuller name wins); signed at
 * a meeting when a sentence reports the signing as it happens, then dated by that meeting.
 */
import type { AgreementMention, Analysis, DateMention, Doc } from '../pipeline/types.js';
import type { Agreement } from '../schema.js';
import { tokenAt } from '../engine/tokens.js';
import { cuesIn } from '../recognize/cues.js';
import { fold } from '../recognize/people/common.js';
import { letterNumberRuns } from '../engine/chars.js';
import { toPartialDate } from './dates.js';
import type { MeetingContext, MeetingDraft } from './meetings.js';

/** Folded words of a name. */
const wordsOf = (s: string): string[] => letterNumberRuns(fold(s));

/** Folded words by name, computed once per name (grouping compares every pair of mentions). */
type Words = (name: string) => readonly string[];
function wordsCache(): Words {
  const cache = new Map<string, readonly string[]>();
  return (name) => {
    let w = cache.get(name);
    if (!w) cache.set(name, (w = wordsOf(name)));
    return w;
  };
}

/** Word overlap (F1) of two names' words. */
function overlap(A: readonly string[], B: readonly string[]): number {
  if (!A.length || !B.length) return 0;
  const bag = new Map<string, number>();
  for (const t of B) bag.set(t, (bag.get(t) ?? 0) + 1);
  let hit = 0;
  for (const t of A) {
    if ((bag.get(t) ?? 0) > 0) {
      hit++;
      bag.set(t, bag.get(t)! - 1);
    }
  }
  const p = hit / A.length;
  const r = hit / B.length;
  return hit ? (2 * p * r) / (p + r) : 0;
}

/** Whether every word of the shorter name opens the longer ("Chương trình … giữa hai bộ" vs the full one). */
function sameDocument(x: AgreementMention, y: AgreementMention, words: Words): boolean {
  if (x.kind !== y.kind) return false;
  const A = words(x.name);
  const B = words(y.name);
  const [s, l] = A.length <= B.length ? [A, B] : [B, A];
  const prefix = s.every((w, i) => l[i] === w);
  if (prefix) return true;
  // Two names that both say between whom ("… giữa Bộ Ngoại giao hai nước") are one document
  // only if what comes before that, the subject, is alike too: "Bản ghi nhớ hợp tác giữa …" and
  // "Bản ghi nhớ về thiết lập cơ chế Đối thoại … giữa …" share their parties, not their subject.
  const a = A.indexOf(BETWEEN_VI) >= 0 ? A.indexOf(BETWEEN_VI) : A.indexOf(BETWEEN_EN);
  const b = B.indexOf(BETWEEN_VI) >= 0 ? B.indexOf(BETWEEN_VI) : B.indexOf(BETWEEN_EN);
  if (a > 0 && b > 0 && overlap(A.slice(0, a), B.slice(0, b)) < 0.6) return false;
  return overlap(A, B) >= 0.6;
}

/** "giữa" and "between", folded: where a document's name turns from its subject to its parties. */
const BETWEEN_VI = 'giua';
const BETWEEN_EN = 'between';

const sameDay = (x: DateMention, y: DateMention | null): boolean => !!y && x.value.day != null
  && x.value.day === y.value.day && x.value.month === y.value.month && (x.value.year == null || y.value.year == null || x.value.year === y.value.year);

/**
 * The meeting a sentence belongs to: the one reported in or read with it, else the one the
 * story told of last before it ("… visited Z on March 17. At the talks, … They signed X": the talks).
 */
function meetingOf(drafts: MeetingDraft[], si: number): MeetingDraft | null {
  const own = drafts.filter((d) => d.sentences.has(si));
  if (own.length) return own[own.length - 1];
  let best: MeetingDraft | null = null;
  let bestAt = -1;
  for (const d of drafts) {
    if (d.sentence > si || d.aside) continue;
    let at = -1;
    for (const x of d.sentences) if (x <= si && x > at) at = x;
    if (at >= bestAt) {
      best = d;
      bestAt = at;
    }
  }
  return best ?? drafts[0] ?? null;
}

export function assembleAgreements(ctx: MeetingContext, drafts: MeetingDraft[]): Agreement[] {
  const { doc, a } = ctx;
  const groups: AgreementMention[][] = [];
  const words = wordsCache();
  for (const m of a.agreements) {
    const g = groups.find((gr) => gr.some((x) => sameDocument(x, m, words)));
    if (g) g.push(m);
    else groups.push([m]);
  }
  const body = (m: AgreementMention): boolean => doc.sentences[m.sentence]?.kind === 'body';
  return groups.map((g, idx) => {
    const id = `a${idx + 1}`;
    const best = g.reduce((x, y) => (words(y.name).length > words(x.name).length ? y : x));
    const period = g.find((m) => m.period)?.period ?? null;
    // "Hai Thứ trưởng ký Kế hoạch hợp tác năm 2025" (a caption) beside "… Kế hoạch hợp tác năm 2025
    // giữa X và Y": a bare year that another mention holds inside the name is the plan's year.
    const yearInName = (d: DateMention): boolean => d.value.month == null && d.value.year != null
      && g.some((m) => m.end - m.start > 4 && m.name.includes(String(d.value.year)));
    const signedMention = g.find((m) => m.signed && !yearInName(m.signed))?.signed ?? null;
    const here = g.find((m) => m.signedHere && body(m));
    let meeting = here ? meetingOf(drafts, here.sentence) : null;
    // A signing dated to another day than the meeting's was not at the meeting.
    if (meeting && signedMention && !sameDay(signedMention, meeting.date)) meeting = null;
    if (meeting) meeting.agreements.push(id);
    const signed = signedMention ? toPartialDate(doc, signedMention)
      : meeting?.date ? toPartialDate(doc, meeting.date) : null;
    const statuses = g.map((m) => m.status);
    const status: Agreement['status'] = meeting || statuses.includes('signed') ? 'signed'
      : statuses.includes('draft') ? 'draft' : statuses.includes('proposed') ? 'proposed' : 'mentioned';
    return {
      id,
      name: best.name,
      kind: best.kind,
      parties: partiesOf(ctx, g),
      period,
      signed,
      status,
      signedAtMeeting: !!meeting,
      signatories: here ? signatoriesOf(ctx, here) : [],
      span: doc.span(best.start, best.end),
    };
  });
}

/** "giữa X và Y", "between X and Y": the bodies (or else the countries) named inside the name. */
function partiesOf(ctx: MeetingContext, g: AgreementMention[]): string[] {
  const out: string[] = [];
  for (const m of g) {
    for (const o of ctx.lookups.organizationsWithin(m.start, m.end)) {
      const id = ctx.orgs.idOf(o);
      if (id && !out.includes(id)) out.push(id);
    }
  }
  if (out.length) return out;
  for (const m of g) {
    for (const c of ctx.lookups.countriesWithin(m.start, m.end)) {
      if (!out.includes(c.hit.entry.code)) out.push(c.hit.entry.code);
    }
  }
  return out;
}

/** People before the signing verb of the sentence, witnesses aside. */
function signatoriesOf(ctx: MeetingContext, m: AgreementMention): string[] {
  const { doc, a } = ctx;
  const s = doc.sentences[m.sentence];
  const nameAt = m.tokenFrom ?? tokenAt(doc.tokens, m.start);
  const cues = cuesIn(doc, s.tokenFrom, nameAt);
  const witness = cues.find((h) => h.cues.has('witness'));
  const comma = witness ? doc.tokens.slice(witness.to, nameAt).findIndex((t) => t.text === ',') : -1;
  const from = witness ? (comma >= 0 ? doc.tokens[witness.to + comma].end : doc.tokens[nameAt].start) : s.start;
  const out: string[] = [];
  for (const p of a.people) {
    if (p.sentence !== m.sentence || p.start < from || p.start >= m.start) continue;
    const id = ctx.people.idOf(p);
    if (id && !out.includes(id)) out.push(id);
  }
  return out;
}

export type { Analysis, Doc };
