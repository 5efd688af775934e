/**
 * Named documents: a capitalised document word ("Bản ghi nhớ", "Joint Action Program") opens
 * a name that runs to a closing quote, punctuation, a period phrase ("giai đoạn 2016-2018"),
 * a predicate ("đã ký", "signed") or a date. Lower-case uses ("kế hoạch", "a cooperation plan")
 * are generic and not documents, except document words the lexicon marks `lowerCase` when an
 * indefinite article or a signing or drafting word opens them ("signed a memorandum of
 * understanding on …", "a draft agreement on …", "an action plan for 2024-2026").
 */
import { firstWordIds } from '../engine/phrases.js';
import type { Token } from '../engine/tokens.js';
import type { AgreementMention, Analysis, DateMention, Doc } from '../pipeline/types.js';
import type { EventCue } from '../plugin.js';
import { cueBefore, cuesIn } from './cues.js';
import { partitionPoint } from '../engine/search.js';
import { isClauseEnd, oneCharOf } from '../engine/chars.js';

const MAX_NAME = 45;
const QUOTE = oneCharOf('"“”«»\'‘’');
// Punctuation that may sit inside a name: "Á-Âu", "Việt - Nga", "PCCC & CNCH".
const INNER_PUNCT = oneCharOf('-–—/&+');
const YEAR = /^(?:19|20)\d\d$/;
const JOINER = oneCharOf('-–—/');
const LEAD_IN = new Set(['a', 'an', 'the', 'of']);
// A regular English past form after "and" ("and agreed", "and discussed") starts a new clause.
const PAST = /[a-z]ed$/;

/** "2016-2018" starting at token i → [from, to, tokens used]. */
function yearRange(doc: Doc, i: number, limit: number): { from: number; to: number; next: number } | null {
  const t = doc.tokens;
  if (i + 2 >= limit || !YEAR.test(t[i].text) || !JOINER(t[i + 1].text) || !YEAR.test(t[i + 2].text)) return null;
  const from = +t[i].text;
  const to = +t[i + 2].text;
  return to >= from && to - from <= 30 ? { from, to, next: i + 3 } : null;
}

// How far back a list ("trong đó có …") may look for the signing verb it belongs to.
const LIST_REACH = 25;
const AND = new Set(['và', 'and']);
// How many words after "và" may run on to the end of a name.
const VI_AND_REACH = 10;
const isBetween = (t: Token | undefined): boolean => !!t && (t.lower === 'giữa' || t.lower === 'between');

/** A period phrase at token j ("giai đoạn 2024-2026", "2024-2026") followed by "giữa …": its range and where it ends. */
function periodBeforeParties(doc: Doc, j: number, limit: number): { from: number; to: number; next: number } | null {
  let k = j;
  const c = doc.lexicon.eventCues.matchAt(doc.tokens, k, limit);
  if (c && c.value.has('periodHead')) k = c.to;
  const r = yearRange(doc, k, limit);
  return r && r.next < limit && isBetween(doc.tokens[r.next]) ? r : null;
}

/**
 * Whether the comma at token j joins two parts of one name ("về hợp tác phòng, chống tội phạm",
 * "cứu hộ, cứu nạn"): a lower-case word follows, and the name goes on without a break to its
 * parties ("giữa …") or its period.
 */
function commaInName(doc: Doc, j: number, limit: number, between: boolean, dated: (k: number) => boolean): boolean {
  const { tokens, lexicon } = doc;
  const next = tokens[j + 1];
  if (!next || next.kind !== 'word' || next.cap) return false;
  let cued = false;
  for (let k = j + 1; k < limit; k++) {
    const t = tokens[k];
    const lowerNext = tokens[k + 1]?.kind === 'word' && !tokens[k + 1].cap && !tokens[k + 1].lineBefore;
    // "phòng cháy, chữa cháy và cứu nạn, cứu hộ giữa …": further commas and "và" between
    // lower-case words go on inside the same name.
    if (!t.lineBefore && lowerNext && (t.text === ',' || AND.has(t.lower))) continue;
    if (t.lineBefore || (t.kind === 'punct' && !INNER_PUNCT(t.text))) return false;
    // A clause verb on the way ("…, đồng thời thống nhất … giữa hai Bộ") ends the name at the comma.
    if (!between && (isBetween(t) || yearRange(doc, k, limit))) return !cued;
    const c = lexicon.eventCues.matchAt(tokens, k, limit);
    if (!between && c && c.value.has('periodHead')) return true;
    // "… về hợp tác phòng, chống tội phạm ký năm 2013": plain words after the comma run to the
    // document's dated signing; a word right after the comma ("…, được ký …") or a cue between ends it.
    // (The date may start inside the cue phrase: "ký ngày 28/11/2022".)
    if (c && c.value.has('sign')) return !cued && k >= j + 3 && (dated(c.to) || dated(c.to - 1));
    if (c && c.value.has('nameEnd')) return false;
    if (c) cued = true;
  }
  return false;
}

/** Whether the cue phrase at token k carries `cue`. */
function cueAt(doc: Doc, k: number, limit: number, cue: EventCue): boolean {
  return k >= 0 && !!doc.lexicon.eventCues.matchAt(doc.tokens, k, limit)?.value.has(cue);
}

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
 * Whether "and" at token j joins two words of one lower-case name ("preventing and combating
 * crime"): a lower-case word follows that is no function word, document word or past verb.
 * "and a Letter of Intent", "and the …", "and agreed …", "and held …" end the name.
 */
function andInName(doc: Doc, j: number, limit: number): boolean {
  const { tokens, lexicon } = doc;
  const before = tokens[j - 1];
  const next = tokens[j + 1];
  if (j + 1 >= limit || !before || before.kind !== 'word' || before.cap || next.kind !== 'word' || next.cap) return false;
  if (lexicon.eventCues.matchAt(tokens, j + 1, limit) || lexicon.agreementKinds.matchAt(tokens, j + 1, limit)) return false;
  return !PAST.test(next.lower);
}

/**
 * Whether "và" at token j joins two lower-case parts of a capitalised name ("Hiệp định
 * khuyến khích và bảo hộ đầu tư"): a lower-case word before and after, and after it no
 * document word, no cue word (a signing, a purpose, a predicate), no clause verb ("và nhất
 * trí …"), no capitalised person or title, running without a break to the end of the name
 * (punctuation, "giữa", a period, a date or the sentence's end) within a few words.
 */
function viAndInName(doc: Doc, j: number, limit: number): boolean {
  const { tokens, lexicon } = doc;
  const before = tokens[j - 1];
  if (doc.language !== 'vi' || !before || before.kind !== 'word' || before.cap) return false;
  for (let k = j + 1; k < limit; k++) {
    const t = tokens[k];
    if (k > j + VI_AND_REACH || t.lineBefore) return false;
    if (t.kind === 'punct' || isBetween(t) || yearRange(doc, k, limit)) return k > j + 1 && !INNER_PUNCT(t.text);
    if (t.kind !== 'word' || t.cap) return false;
    const c = lexicon.eventCues.matchAt(tokens, k, limit);
    if (c && (c.value.has('periodHead') || c.value.has('sign'))) return k > j + 1;
    if (c && k === j + 1) return false;
    if (c && (c.value.has('clause') || c.value.has('nameEnd') || c.value.has('purpose') || c.value.has('future'))) return false;
    if (lexicon.agreementKinds.matchAt(tokens, k, limit)) return false;
  }
  return true;
}

/**
 * Whether token k joins a list right after the document that ends at offset `end`:
 * "X and Y", "X, Y", "X, and Y".
 */
function listJoins(doc: Doc, k: number, end: number, from: number): boolean {
  const t = doc.tokens;
  if (k <= from) return false;
  if (AND.has(t[k].lower)) return t[k - 1].end === end || (k - 1 > from && t[k - 1].text === ',' && t[k - 2].end === end);
  return t[k].text === ',' && t[k - 1].end === end;
}

/** A year or a period phrase starts at token i: "2024", "the 2021-2025 period", "the period". */
function periodAfter(doc: Doc, i: number, limit: number): boolean {
  const t = doc.tokens;
  let k = i;
  if (k < limit && t[k].lower === 'the') k++;
  return k < limit && (t[k].kind === 'num' || t[k].lower === 'period' || t[k].lower === 'years');
}

export function recognizeAgreements(doc: Doc, a?: Analysis): AgreementMention[] {
  const out: AgreementMention[] = [];
  const { tokens, lexicon } = doc;
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
  const dateStartingAt = (i: number): DateMention | undefined => (i >= 0 && i < tokens.length ? dateAt.get(tokens[i].start) : undefined);
  const ids = firstWordIds(tokens);
  doc.sentences.forEach((s, si) => {
    if (s.kind !== 'body' && s.kind !== 'caption') return;
    for (let i = s.tokenFrom; i < s.tokenTo; i++) {
      const head = lexicon.agreementKinds.startsWith(ids[i]) ? lexicon.agreementKinds.matchAt(tokens, i, s.tokenTo) : null;
      if (!head) continue;
      const first = tokens[i];
      const prev = tokens[i - 1];
      const quoted = !!prev && i > s.tokenFrom && QUOTE(prev.text);
      const lower = !first.cap && !quoted;
      // "… X and a/an/the Y": the next document of a list whose first one was signed here.
      const last = out[out.length - 1];
      let a0 = i - 1;
      while (a0 > s.tokenFrom && LEAD_IN.has(tokens[a0].lower) && i - a0 <= 2) a0--;
      const listedAfter = !!last && last.sentence === si && last.signedHere && a0 < i && listJoins(doc, a0, last.end, s.tokenFrom);
      if (lower && !(head.value.lowerCase && (listedAfter || opensLowerCase(doc, i, s.tokenFrom, s.tokenTo)))) continue;
      // "Bộ Kế hoạch và Đầu tư" is a ministry, not a plan.
      if (prev && i > s.tokenFrom && prev.cap && lexicon.organizationHeads.matchAt(tokens, i - 1, i + 1)?.to === i) continue;
      if (insideOrg(first.start)) continue;
      // Where the name ends.
      let j = head.to;
      let between = false;
      let joined = false;
      let inner: { from: number; to: number } | null = null;
      const limit = Math.min(s.tokenTo, i + MAX_NAME);
      while (j < limit) {
        const t = tokens[j];
        if (t.lineBefore) break;
        // "Kế hoạch hợp tác giai đoạn 2024-2026 giữa X và Y": the period sits inside the name.
        const mid = between ? null : periodBeforeParties(doc, j, s.tokenTo);
        if (mid) {
          inner ??= { from: mid.from, to: mid.to };
          j = mid.next;
          continue;
        }
        // "về hợp tác phòng, chống tội phạm … giữa …": a comma inside the name.
        if (t.text === ',' && commaInName(doc, j, limit, between, (k) => !!(dateStartingAt(k) ?? dateStartingAt(k + 1)))) {
          j++;
          continue;
        }
        if (t.kind === 'punct' && !INNER_PUNCT(t.text)) break;
        if (dateStartingAt(j) || yearRange(doc, j, s.tokenTo)) break;
        if (t.lower === 'giữa' || t.lower === 'between') between = true;
        const cue = lexicon.eventCues.matchAt(tokens, j, s.tokenTo);
        // "for" ends a name before a period ("for 2024", "for the 2021-2025 period"), not before words ("for senior leaders").
        const forWords = t.lower === 'for' && !cue?.value.has('sign') && !periodAfter(doc, j + 1, s.tokenTo);
        if (cue && !forWords && (cue.value.has('nameEnd') || cue.value.has('sign'))) {
          // "giữa X và Y": the first "và" after "giữa" stays in the name.
          const isAnd = t.lower === 'và' || t.lower === 'and';
          if (isAnd && !between && (lower ? andInName(doc, j, limit) : viAndInName(doc, j, limit))) {
            j++;
            continue;
          }
          // "between the two ministries and a protocol on …": "and a/an" opens the next document.
          if (isAnd && between && cueAt(doc, j + 1, s.tokenTo, 'indefinite')) break;
          if (!(isAnd && between && !joined)) break;
          joined = true;
        }
        if (lexicon.agreementKinds.matchAt(tokens, j, s.tokenTo) && tokens[j].cap && j > head.to) break;
        // "an agreement to boost trade": a purpose is no part of a lower-case name.
        if (lower && cue?.value.has('purpose')) break;
        j++;
      }
      while (j > head.to && tokens[j - 1].kind === 'punct') j--;
      const words = tokens.slice(i, j).filter((t) => t.kind !== 'punct').length;
      const headWords = tokens.slice(head.from, head.to).filter((t) => t.kind !== 'punct').length;
      // A bare document word is generic unless the word itself is a full name ("Joint Action Program");
      // a lower-case one needs two words and a period or a signing right before ("signed a cooperation agreement").
      const bare = words < 2 || (words === headWords && headWords < 3);
      if (bare && !lower) {
        i = j - 1;
        continue;
      }
      const start = tokens[i].start;
      const end = tokens[j - 1].end;
      // Period: "giai đoạn 2016-2018", "for 2022-2024", "2021–2025", just after the name.
      let period: { from: number; to: number } | null = inner;
      for (let k = j; k < Math.min(s.tokenTo, j + 4) && !period; k++) {
        const r = yearRange(doc, k, s.tokenTo);
        if (r) period = { from: r.from, to: r.to };
        else if (tokens[k].kind === 'num') break;
      }
      for (let k = Math.max(s.tokenFrom, i - 3); k < i && !period; k++) {
        const r = yearRange(doc, k, i);
        if (r && r.next >= i - 1) period = { from: r.from, to: r.to };
      }
      // Signed: a signing verb after the name, then a date ("ký ngày 06/9/2018", "đã ký năm 2013").
      let signed: DateMention | null = null;
      let signedAfter = false;
      const tail = cuesIn(doc, j, Math.min(s.tokenTo, j + 8));
      const signCue = tail.find((h) => h.cues.has('sign'));
      // "… would be signed next year": a signing still to come.
      const signLater = !!signCue && cuesIn(doc, j, signCue.from).some((h) => h.cues.has('future'));
      if (signCue && !signLater && !tokens.slice(j, signCue.from).some((t) => t.text === ';')) {
        signedAfter = true;
        signed = dates.find((d) => d.start >= tokens[signCue.from].start && d.start <= (tokens[Math.min(s.tokenTo, signCue.to + 5) - 1]?.end ?? 0) && !d.weak) ?? null;
        // "signed by President X and President Y on November 30, 2021": the signers stand between, in the same clause.
        if (!signed) {
          let stop = signCue.to;
          while (stop < Math.min(s.tokenTo, signCue.to + 20) && !isClauseEnd(tokens[stop].text)) stop++;
          const until = tokens[stop - 1]?.end ?? 0;
          signed = dates.find((d) => d.start >= tokens[signCue.to - 1].end && d.start < until && !d.weak && d.value.day != null) ?? null;
        }
      }
      // A signing verb right before the name (quotes aside) reports the signing itself.
      // Quotes, articles and "of" may stand between: "signed an Agreement", "the signing of a Memorandum".
      let k = i - 1;
      while (k >= s.tokenFrom && ((tokens[k].kind === 'punct' && QUOTE(tokens[k].text)) || LEAD_IN.has(tokens[k].lower)) && i - k <= 4) k--;
      // "signed online the Joint Action Programme": the way of signing stands between.
      const how = k >= s.tokenFrom ? cueBefore(doc, k + 1, 'online', 3, s.tokenFrom) : null;
      if (how && how.to === k + 1) k = how.from - 1;
      let signBefore = cueBefore(doc, k + 1, 'sign', 3, s.tokenFrom);
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
      if (toCome) signBefore = null;
      const signedBefore = !!signBefore && signBefore.to === k + 1;
      if (bare && !(headWords >= 2 && (period || signedBefore))) {
        i = j - 1;
        continue;
      }
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
      i = j - 1;
    }
  });
  return out;
}
