/**
 * Where a document's name ends, and the period written inside it or around it: the name runs
 * from its document word to a closing quote, punctuation, a period phrase, a predicate or a
 * date, across the commas and "và/and" that join parts of one name.
 */
import type { Token } from '../../engine/tokens.js';
import type { DateMention, Doc, Sentence } from '../../pipeline/types.js';
import type { EventCue } from '../../plugin.js';
import { oneCharOf } from '../../engine/chars.js';

const MAX_NAME = 45;
// Punctuation that may sit inside a name: "Á-Âu", "Việt - Nga", "PCCC & CNCH".
const INNER_PUNCT = oneCharOf('-–—/&+');
const isApostrophe = oneCharOf("'’");
const YEAR = /^(?:19|20)\d\d$/;
const JOINER = oneCharOf('-–—/');
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

export const AND = new Set(['và', 'and']);
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
export function cueAt(doc: Doc, k: number, limit: number, cue: EventCue): boolean {
  return k >= 0 && !!doc.lexicon.eventCues.matchAt(doc.tokens, k, limit)?.value.has(cue);
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

/** A year or a period phrase starts at token i: "2024", "the 2021-2025 period", "the period". */
function periodAfter(doc: Doc, i: number, limit: number): boolean {
  const t = doc.tokens;
  let k = i;
  if (k < limit && t[k].lower === 'the') k++;
  return k < limit && (t[k].kind === 'num' || t[k].lower === 'period' || t[k].lower === 'years');
}

export type Span = { from: number; to: number };
export type DateAt = (i: number) => DateMention | undefined;

/**
 * Where a name whose document word ends at `headTo` ends (exclusive, trailing punctuation
 * dropped), and a period written inside it ("Kế hoạch hợp tác giai đoạn 2024-2026 giữa X và Y").
 */
export function nameEnd(doc: Doc, s: Sentence, i: number, headTo: number, lower: boolean, dateStartingAt: DateAt): { j: number; inner: Span | null } {
  const { tokens, lexicon } = doc;
  let j = headTo;
  let between = false;
  let joined = false;
  let inner: Span | null = null;
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
    // "between Vietnam's Ministry of Public Security and …": a possessive inside the parties.
    if (between && isApostrophe(t.text) && tokens[j + 1]?.lower === 's' && t.start === tokens[j - 1].end) {
      j += 2;
      continue;
    }
    if (t.kind === 'punct' && !INNER_PUNCT(t.text)) break;
    // "Kế hoạch hợp tác năm 2025 giữa X và Y": a year the parties follow is part of the name.
    const date = dateStartingAt(j);
    if (date && date.value.month == null && !between) {
      let k = j;
      while (k < limit && tokens[k].end <= date.end) k++;
      if (k < limit && (tokens[k].lower === 'giữa' || tokens[k].lower === 'between')) {
        j = k;
        continue;
      }
    }
    if (date || yearRange(doc, j, s.tokenTo)) break;
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
    if (lexicon.agreementKinds.matchAt(tokens, j, s.tokenTo) && tokens[j].cap && j > headTo) break;
    // "an agreement to boost trade": a purpose is no part of a lower-case name.
    if (lower && cue?.value.has('purpose')) break;
    j++;
  }
  while (j > headTo && tokens[j - 1].kind === 'punct') j--;
  return { j, inner };
}

/** Period: "giai đoạn 2016-2018", "for 2022-2024", "2021–2025", just after the name [i, j) or just before it. */
export function periodNear(doc: Doc, s: Sentence, i: number, j: number): Span | null {
  const { tokens } = doc;
  for (let k = j; k < Math.min(s.tokenTo, j + 4); k++) {
    const r = yearRange(doc, k, s.tokenTo);
    if (r) return { from: r.from, to: r.to };
    if (tokens[k].kind === 'num') break;
  }
  for (let k = Math.max(s.tokenFrom, i - 3); k < i; k++) {
    const r = yearRange(doc, k, i);
    if (r && r.next >= i - 1) return { from: r.from, to: r.to };
  }
  return null;
}
