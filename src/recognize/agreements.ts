/**
 * Named documents: a capitalised document word ("Bản ghi nhớ", "Joint Action Program") opens
 * a name that runs to a closing quote, punctuation, a period phrase ("giai đoạn 2016-2018"),
 * a predicate ("đã ký", "signed") or a date. Lower-case uses ("kế hoạch", "a cooperation plan")
 * are generic and not documents, except document words the lexicon marks `lowerCase` when an
 * indefinite article or a signing or drafting word opens them ("signed a memorandum of
 * understanding on …", "a draft agreement on …", "an action plan for 2024-2026").
 */
import { firstWordIds } from '../engine/phrases.js';
import type { AgreementMention, Analysis, DateMention, Doc, Sentence } from '../pipeline/types.js';
import { cueBefore, cuesIn, type CueHit } from './cues.js';
import { partitionPoint } from '../engine/search.js';
import { isClauseEnd, oneCharOf } from '../engine/chars.js';
import { AND, cueAt, nameEnd, periodNear, type DateAt } from './agreements/names.js';

const QUOTE = oneCharOf('"“”«»\'‘’');
const isListMark = oneCharOf(',;');
const LEAD_IN = new Set(['a', 'an', 'the', 'of']);
// How far back a list ("trong đó có …") may look for the signing verb it belongs to.
const LIST_REACH = 25;

/**
 * Whether a lower-case document word at token i opens a name: right after "a/an" (not in
 * "reached an agreement"), a drafting word ("a draft agreement"), or a signing word with at
 * most an article or "of" between ("signed the memorandum", "the signing of a protocol").
 */
function opensLowerCase(doc: Doc, i: number, from: number, to: number): boolean {
  const { tokens } = doc;
  for (let k = Math.max(from, i - 3); k < i; k++) {
    const m = doc.lexicon.eventCues.matchAt(tokens, k, to);
    if (m && m.to > i && m.value.has('consensus')) return false;
  }
  if (i - 1 < from) return false;
  if (cueAt(doc, i - 1, to, 'indefinite') || cueAt(doc, i - 1, to, 'draft') || cueAt(doc, i - 1, to, 'sign')) return true;
  let k = i - 1;
  while (k > from && i - k <= 2 && LEAD_IN.has(tokens[k].lower)) k--;
  return k < i - 1 && cueAt(doc, k, to, 'sign');
}

/**
 * Whether token k joins a list right after the document that ends at offset `end`:
 * "X and Y", "X, Y", "X, and Y".
 */
function listJoins(doc: Doc, k: number, end: number, from: number): boolean {
  const t = doc.tokens;
  if (k <= from) return false;
  // Items of a list are parted by commas, or by semicolons when the names hold commas of their own.
  if (AND.has(t[k].lower)) return t[k - 1].end === end || (k - 1 > from && isListMark(t[k - 1].text) && t[k - 2].end === end);
  return isListMark(t[k].text) && t[k - 1].end === end;
}

export function recognizeAgreements(doc: Doc, a?: Analysis): AgreementMention[] {
  const out: AgreementMention[] = [];
  const { tokens } = doc;
  const dates = a?.dates ?? [];
  const orgs = a?.organizations ?? [];
  // Is offset x strictly inside a body's name? Bodies sorted by start, searched back from x
  // no further than the longest name (a scan of every body per look-up was quadratic).
  const orgsByStart = [...orgs].sort((p, q) => p.start - q.start);
  const longestOrg = orgsByStart.reduce((n, o) => Math.max(n, o.end - o.start), 0);
  const insideOrg = (x: number): boolean => {
    const hi = partitionPoint(orgsByStart.length, (i) => orgsByStart[i].start < x);
    for (let k = hi - 1; k >= 0 && orgsByStart[k].start >= x - longestOrg; k--) if (orgsByStart[k].end > x) return true;
    return false;
  };
  // The first date starting at an offset, by a map (a scan of every date per look-up was
  // quadratic on long inputs).
  const dateAt = new Map<number, DateMention>();
  for (const d of dates) if (!dateAt.has(d.start)) dateAt.set(d.start, d);
  const dateStartingAt: DateAt = (i) => (i >= 0 && i < tokens.length ? dateAt.get(tokens[i].start) : undefined);
  const ids = firstWordIds(tokens);
  doc.sentences.forEach((s, si) => {
    if (s.kind !== 'body' && s.kind !== 'caption') return;
    for (let i = s.tokenFrom; i < s.tokenTo; i++) {
      if (!doc.lexicon.agreementKinds.startsWith(ids[i])) continue;
      const next = agreementAt(doc, s, si, i, out, dates, dateStartingAt, insideOrg);
      if (next !== null) i = next;
    }
  });
  return out;
}

/**
 * The document named from token `i` (a document word), pushed onto `out`: returns the token to
 * go on from (its last), or null when none starts there.
 */
function agreementAt(
  doc: Doc, s: Sentence, si: number, i: number, out: AgreementMention[],
  dates: readonly DateMention[], dateStartingAt: DateAt, insideOrg: (x: number) => boolean,
): number | null {
  const { tokens, lexicon } = doc;
  const head = lexicon.agreementKinds.matchAt(tokens, i, s.tokenTo);
  if (!head) return null;
  const first = tokens[i];
  const prev = tokens[i - 1];
  const quoted = !!prev && i > s.tokenFrom && QUOTE(prev.text);
  const lower = !first.cap && !quoted;
  // "… X and a/an/the Y": the next document of a list whose first one was signed here.
  const last = out[out.length - 1];
  let a0 = i - 1;
  while (a0 > s.tokenFrom && LEAD_IN.has(tokens[a0].lower) && i - a0 <= 2) a0--;
  const listedAfter = !!last && last.sentence === si && last.signedHere && a0 < i && listJoins(doc, a0, last.end, s.tokenFrom);
  if (lower && !(head.value.lowerCase && (listedAfter || opensLowerCase(doc, i, s.tokenFrom, s.tokenTo)))) return null;
  // "Bộ Kế hoạch và Đầu tư" is a ministry, not a plan.
  if (prev && i > s.tokenFrom && prev.cap && lexicon.organizationHeads.matchAt(tokens, i - 1, i + 1)?.to === i) return null;
  if (insideOrg(first.start)) return null;
  const { j, inner } = nameEnd(doc, s, i, head.to, lower, dateStartingAt);
  const words = tokens.slice(i, j).filter((t) => t.kind !== 'punct').length;
  const headWords = tokens.slice(head.from, head.to).filter((t) => t.kind !== 'punct').length;
  // A bare document word is generic unless the word itself is a full name ("Joint Action Program");
  // a lower-case one needs two words and a period or a signing right before ("signed a cooperation agreement").
  const bare = words < 2 || (words === headWords && headWords < 3);
  if (bare && !lower) return j - 1;
  const start = tokens[i].start;
  const end = tokens[j - 1].end;
  const period = inner ?? periodNear(doc, s, i, j);
  let { signed, signedAfter, signLater } = signingAfter(doc, s, j, dates);
  const { signBefore, k, toCome } = signingBefore(doc, s, si, i, lower, out);
  const signedBefore = !!signBefore && signBefore.to === k + 1;
  if (bare && !(headWords >= 2 && (period || signedBefore))) return j - 1;
  // "the signing of X in 2022": a date right after the name dates an earlier signing.
  if (signedBefore && !signed) {
    const d = dateStartingAt(j);
    if (d && !d.weak && d.about !== 'period') signed = d;
  }
  const earlier = !!signed && (signed.about === 'past' || signed.value.day == null);
  const past = signedBefore && (earlier || (!!signBefore && !!cueBefore(doc, signBefore.from, 'past', 6, s.tokenFrom)));
  // "Bản ghi nhớ … (dự thảo)": a drafting word right after the name, bracketed or not.
  const draftAfter = cueAt(doc, j, s.tokenTo, 'draft') || (tokens[j]?.text === '(' && cueAt(doc, j + 1, s.tokenTo, 'draft'));
  const draft = draftAfter || !!cueBefore(doc, i, 'draft', 8, s.tokenFrom);
  const proposed = !draft && (toCome || signLater || (!!cueBefore(doc, i, 'proposed', 12, s.tokenFrom) && !signedBefore));
  const status: AgreementMention['status'] = draft ? 'draft'
    : signed || signedAfter || signedBefore ? 'signed'
      : proposed ? 'proposed' : 'mentioned';
  // "a draft agreement … so that it can be signed in 2025": a draft has no signing date yet.
  if (status !== 'signed' && lower) signed = null;
  out.push({
    start, end, name: doc.text.slice(start, end), kind: head.value.kind, period, signed, status, sentence: si,
    signedHere: signedBefore && !past && !draft, tokenFrom: i,
  });
  return j - 1;
}

/** Signed: a signing verb after the name (ending at `j`), then a date ("ký ngày 06/9/2018", "đã ký năm 2013"). */
function signingAfter(doc: Doc, s: Sentence, j: number, dates: readonly DateMention[]): { signed: DateMention | null; signedAfter: boolean; signLater: boolean } {
  const { tokens } = doc;
  const tail = cuesIn(doc, j, Math.min(s.tokenTo, j + 8));
  const signCue = tail.find((h) => h.cues.has('sign'));
  // "… would be signed next year": a signing still to come.
  const signLater = !!signCue && cuesIn(doc, j, signCue.from).some((h) => h.cues.has('future'));
  if (!signCue || signLater || tokens.slice(j, signCue.from).some((t) => t.text === ';')) return { signed: null, signedAfter: false, signLater };
  let signed = dates.find((d) => d.start >= tokens[signCue.from].start && d.start <= (tokens[Math.min(s.tokenTo, signCue.to + 5) - 1]?.end ?? 0) && !d.weak) ?? null;
  // "signed by President X and President Y on November 30, 2021": the signers stand between, in the same clause.
  if (!signed) {
    let stop = signCue.to;
    while (stop < Math.min(s.tokenTo, signCue.to + 20) && !isClauseEnd(tokens[stop].text)) stop++;
    const until = tokens[stop - 1]?.end ?? 0;
    signed = dates.find((d) => d.start >= tokens[signCue.to - 1].end && d.start < until && !d.weak && d.value.day != null) ?? null;
  }
  return { signed, signedAfter: true, signLater };
}

/**
 * A signing verb right before the name at `i` (quotes aside), which reports the signing itself:
 * the cue, the token `k` the walk back stopped at (the cue ends at k + 1 when it stands right
 * before), and whether the signing is still to come ("sẽ ký X", "agreed to sign X"; then no cue).
 */
function signingBefore(doc: Doc, s: Sentence, si: number, i: number, lower: boolean, out: readonly AgreementMention[]): { signBefore: CueHit | null; k: number; toCome: boolean } {
  const { tokens } = doc;
  // Quotes, articles and "of" may stand between: "signed an Agreement", "the signing of a Memorandum";
  // so may the colon that opens a list ("trao các văn kiện, gồm: Hiệp định …").
  let k = i - 1;
  while (k >= s.tokenFrom && ((tokens[k].kind === 'punct' && (QUOTE(tokens[k].text) || tokens[k].text === ':')) || LEAD_IN.has(tokens[k].lower)) && i - k <= 4) k--;
  // "signed online the Joint Action Programme": the way of signing stands between.
  const how = k >= s.tokenFrom ? cueBefore(doc, k + 1, 'online', 3, s.tokenFrom) : null;
  if (how && how.to === k + 1) k = how.from - 1;
  let signBefore: CueHit | null = cueBefore(doc, k + 1, 'sign', 3, s.tokenFrom);
  // "a draft agreement": the drafting word is no signing of it.
  if (signBefore && cueAt(doc, i - 1, s.tokenTo, 'draft')) signBefore = null;
  // "ký kết các văn kiện …, trong đó có X": a document listed after a signing verb.
  const list = signBefore ? null : cueBefore(doc, k + 1, 'list', 3, s.tokenFrom);
  if (list && list.to === k + 1) {
    const verb = cueBefore(doc, list.from, 'sign', LIST_REACH, s.tokenFrom);
    if (verb) signBefore = { ...verb, to: k + 1 };
  }
  // "… X và Y": the next document of the same list is signed like the one before it.
  const listed = out[out.length - 1];
  if (!signBefore && listed && listed.sentence === si && listed.signedHere && listJoins(doc, k, listed.end, s.tokenFrom)) {
    signBefore = { from: k, to: k + 1, cues: new Set() };
  }
  // "nhất trí sớm ký kết X", "sẽ ký X", "agreed to sign X", "proposed that the two sides sign X":
  // a signing still to come.
  const toCome = !!signBefore && (!!cueBefore(doc, signBefore.from, 'proposed', lower ? 6 : 2, s.tokenFrom)
    || !!cueBefore(doc, signBefore.from, 'future', 2, s.tokenFrom)
    || (lower && !!cueBefore(doc, signBefore.from, 'purpose', 1, s.tokenFrom)));
  return { signBefore: toCome ? null : signBefore, k, toCome };
}
