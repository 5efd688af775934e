/**
 * Stage 3: segment the article. Lines are classified as headline, header/dateline, body,
 * photo caption, credit or boilerplate (related news, footers, comment boxes); the body,
 * captions and headline are then split into sentences.
 */
import type { CompiledLexicon } from '../engine/lexicon.js';
import { isSpaceCode, tokenAt, tokenize, type Token } from '../engine/tokens.js';
import type { Language } from '../schema.js';
import { hasCyrillic } from './language.js';
import { codePointBefore, countLetters, isAsciiDigit, isLetterOrMark, isUpper } from '../engine/chars.js';
import type { Segment, SegmentKind, Sentence } from './types.js';
import { hasYear, isDateOnlyLine, isNavigationLine } from './page-lines.js';

interface Line {
  start: number;
  end: number;
  text: string;
}

// " date 2021-01-01 …": a header some archives put before the text.
const DATE_HEADER = /^date\s+\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?(?=\s|$)/i;
// How many lines from the top a " date …" header may sit (below a headline or section label).
const HEADER_LINES = 4;
// A line that is only a date and time: "Thứ năm 20/05/2021 17:42 GMT + 7", "16/09/2025 16:17".
// Each optional separator owns the spaces after it, so no two \s* compete for the same run.
const DATELINE = /^(?:(?:thứ\s+\S+|chủ\s+nhật)\s*(?:,\s*)?)?\d{1,2}\/\d{1,2}\/\d{4}(?:\s*(?:[-|,]\s*)?\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*(?:GMT|UTC)(?:\s*[+-])?(?:\s*\d{1,2})?)?\s*$/iu;
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const ANY_CYRILLIC = /\p{Script=Cyrillic}/u;

// The two patterns below leave their Unicode-class look-around to code (chars.ts): each such
// class is compiled anew for every regex that holds it, twice (V8 interprets a regex's first
// run and compiles it for the second), ~1 ms at cold start for the credit's [\p{L}\p{M}] under /iu.
const CREDIT_WORD = /\(?(?:ảnh|photo|nguồn|source|hình|video)\s*:/giu;
const ALT_TEXT = /\s(?:ảnh|hình|hinh|anh)\s\d{1,2}/gu;

/**
 * Where a photo credit starts inside a caption line: "(Ảnh: …)", "Ảnh: …", "Photo: …". The first
 * match of /\(?(?<![\p{L}\p{M}])(?:ảnh|photo|nguồn|source|hình|video)\s*:/iu: no letter or mark
 * right before the word (a "(" before it is none).
 */
export function creditIn(t: string): { index: number; text: string } | null {
  CREDIT_WORD.lastIndex = 0;
  for (let m = CREDIT_WORD.exec(t); m; m = CREDIT_WORD.exec(t)) {
    if (m[0][0] === '(' || !isLetterOrMark(codePointBefore(t, m.index))) return { index: m.index, text: m[0] };
    CREDIT_WORD.lastIndex = m.index + 1;
  }
  return null;
}

/**
 * Image alt text glued into scraped text: "… ảnh 1Bộ trưởng", "… hinh 0". The first match of
 * /\s(?:ảnh|hình|hinh|anh)\s\d{1,2}(?=\p{Lu}|\s*$)/u: an upper-case letter or only white space
 * after the number (a shorter number is followed by a digit, which neither allows).
 */
export function altTextGlue(t: string): { index: number; text: string } | null {
  ALT_TEXT.lastIndex = 0;
  for (let m = ALT_TEXT.exec(t); m; m = ALT_TEXT.exec(t)) {
    const end = m.index + m[0].length;
    if (onlySpaceFrom(t, end) || isUpper(t.codePointAt(end)!)) return { index: m.index, text: m[0] };
    ALT_TEXT.lastIndex = m.index + 1;
  }
  return null;
}

function onlySpaceFrom(t: string, i: number): boolean {
  for (let k = i; k < t.length; k++) if (!isSpaceCode(t.charCodeAt(k))) return false;
  return true;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  // Line ends found by indexOf (a native scan), not a charCodeAt per character.
  for (let s = 0; s <= text.length; ) {
    const nl = text.indexOf('\n', s);
    const i = nl < 0 ? text.length : nl;
    let a = s;
    let b = i;
    while (a < b && isSpaceCode(text.charCodeAt(a))) a++;
    while (b > a && isSpaceCode(text.charCodeAt(b - 1))) b--;
    if (b > a) lines.push({ start: a, end: b, text: text.slice(a, b) });
    s = i + 1;
  }
  return lines;
}

const ratio = (re: RegExp, s: string): number => {
  const letters = countLetters(s);
  return letters ? (s.match(re)?.length ?? 0) / letters : 0;
};

/**
 * The boilerplate entry a line starts with, if any. Reads the article's tokens in the line's
 * range (lines start and end at whitespace, so they are the line's own tokens) rather than
 * tokenizing every line again.
 */
function leadingMarker(lex: CompiledLexicon, tokens: readonly Token[], line: Line): { kind: string } | null {
  const to = tokenAt(tokens, line.end);
  let i = tokenAt(tokens, line.start);
  while (i < to && tokens[i].kind === 'punct') i++;
  const m = lex.boilerplate.matchAt(tokens, i, to);
  return m ? m.value : null;
}

/** Does "nh", a white space and a digit stand anywhere in `t` (as in every altTextGlue match)? */
export function nhSpaceDigit(t: string): boolean {
  for (let i = t.indexOf('nh'); i >= 0; i = t.indexOf('nh', i + 1)) {
    if (isSpaceCode(t.charCodeAt(i + 2)) && isAsciiDigit(t.charCodeAt(i + 3))) return true;
  }
  return false;
}

/** Headlines run longer than the 80 characters of a label; a lead paragraph longer still. */
const MAX_HEADLINE = 160;
/** Lines from the top where a page's name, menus, labels and headline stand. */
const PAGE_TOP = 25;
/** Lines at least this long, two in a row without a sentence end, are text wrapped at a fixed width. */
const WRAP_WIDTH = 60;
const endsLikeSentence = (s: string): boolean => /[.!?…:;"”»)]\s*$/u.test(s);
const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;
// 1–4 capitalised words and nothing else: an author's byline.
// A byline: one to four capitalised words. Tested word by word: the same regex over the whole
// line repeats a group of Unicode classes {0,3} times, which V8 unrolls and was slow to compile
// on first use (a cold-start cost).
const BYLINE_WORD = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;
export function isByline(line: string): boolean {
  if (line !== line.trim() || !line) return false;
  const words = line.split(/\s+/);
  return words.length <= 4 && words.every((w) => BYLINE_WORD.test(w));
}

/**
 * `tokens`: the tokens of `text`, when the caller has them already; `cyrillic`: whether the
 * text has any Cyrillic letter, when the caller knows.
 */
export function segment(
  text: string, lex: CompiledLexicon, language: Language, tokens: readonly Token[] = tokenize(text), cyrillic?: boolean,
): Segment[] {
  const lines = splitLines(text);
  const segs: Segment[] = [];
  const add = (kind: SegmentKind, start: number, end: number): void => {
    if (end > start) segs.push({ kind, start, end });
  };
  let seenBody = false;
  let seenCredit = false;
  let inBoilerplate = false;
  let title: string | null = null;
  let titleAt = -1;
  let titleLine = -1;
  // Lines are tested for Cyrillic only when the text has some (as the tokenizer's tally says,
  // or one scan of the text), not by a Unicode-property regex over every line.
  const footers = language !== 'ru' && (cyrillic ?? hasCyrillic(text));
  lines.forEach((line, idx) => {
    if (inBoilerplate) return add('boilerplate', line.start, line.end);
    let start = line.start;
    let t = line.text;
    // Header at the top (first line, or just below a headline or a section label), possibly
    // followed by the lead on the same line. Only before the body starts.
    if (!seenBody && idx < HEADER_LINES) {
      const h = DATE_HEADER.exec(t);
      if (h) {
        add('header', start, start + h[0].length);
        const rest = t.slice(h[0].length);
        const lead = rest.length - rest.trimStart().length;
        start += h[0].length + lead;
        t = rest.trimStart();
        if (!t) return;
      }
    }
    if ((DATELINE.test(t) && t.length <= 60) || isDateOnlyLine(t)) return add('header', start, line.end);
    // A site's menu or breadcrumb: no part of the article, wherever it stands. One that holds the
    // page's date ("Sok Rathana | Khmer Times | Publication date 04 March 2025 | 08:12 ICT") is its header.
    if (!endsLikeSentence(t) && isNavigationLine(t)) return add(hasYear(t) ? 'header' : 'boilerplate', start, line.end);
    const marker = leadingMarker(lex, tokens, { start, end: line.end, text: t });
    if (marker && marker.kind !== 'credit') {
      // A marker before the article starts is a navigation label; after it, the rest is not the article.
      if (seenBody) inBoilerplate = true;
      return add('boilerplate', start, line.end);
    }
    // A footer in another script than the article's ("СМИ сетевое издание …").
    if (footers && ANY_CYRILLIC.test(t) && ratio(CYRILLIC, t) > 0.5) return add('boilerplate', start, line.end);
    const short = t.length <= 80 && !endsLikeSentence(t);
    const isCredit = (marker?.kind === 'credit' && t.length <= 80)
      || (seenBody && /^\(.{1,60}\)\.?$/u.test(t))
      || (seenBody && short && wordCount(t) <= 4 && isByline(t) && idx >= lines.length - 8);
    if (isCredit) {
      seenCredit = seenBody;
      return add('credit', start, line.end);
    }
    // Counters and widgets after the credits ("28 bạn đọc", "Đánh giá tốt").
    if (seenCredit && short) return add('boilerplate', start, line.end);
    // Above the article, short lines that are no sentence: the site's name, a section label, the
    // headline. The headline is the last of them (the one right above the lead), so a later one
    // takes the title from an earlier one, which was the site's or the section's name.
    // (Not in text wrapped at a fixed width, where two long lines in a row without a sentence
    // end are one paragraph, and not past the top of the page.)
    const wrapped = titleAt >= 0 && titleLine === idx - 1 && title!.length >= WRAP_WIDTH && t.length >= WRAP_WIDTH;
    if (!seenBody && !wrapped && !endsLikeSentence(t) && t.length <= MAX_HEADLINE && idx < lines.length - 1 && (titleAt < 0 || idx < PAGE_TOP)) {
      // "By Joseph Alvarez" below the headline is the byline.
      if (titleAt >= 0 && wordCount(t) <= 4 && isByline(t)) return add('credit', start, line.end);
      if (wordCount(t) >= 3) {
        if (titleAt >= 0) segs[titleAt] = { ...segs[titleAt], kind: 'boilerplate' };
        title = t;
        titleAt = segs.length;
        titleLine = idx;
        return add('title', start, line.end);
      }
      // One or two words ("VietnamPlus", "Chính trị"): a label.
      if (t.length <= 40) return add('boilerplate', start, line.end);
    }
    if (title !== null && t === title) return add('title', start, line.end);
    // Alt text of an image: ASCII-folded headline plus "hinh 0".
    if (isAsciiDigit(t.charCodeAt(t.length - 1)) && /\s(?:hinh|anh)\s\d{1,2}$/u.test(t) && !/[^\x00-\x7F]/.test(t)) return add('boilerplate', start, line.end);
    // Each regex needs characters of its own (":"; "nh", a space and a digit): lines without
    // them skip a scan.
    const credit = t.includes(':') ? creditIn(t) : null;
    const glued = nhSpaceDigit(t) ? altTextGlue(t) : null;
    if (glued) {
      // "<headline> ảnh 1<caption>": the caption starts after the alt text.
      const capStart = start + glued.index + glued.text.length;
      add('boilerplate', start, capStart);
      start = capStart;
      t = text.slice(start, line.end);
    }
    if (credit && (glued || credit.index > 0 || t.length <= 120)) {
      const cs = text.indexOf(credit.text, start);
      let ce = cs;
      while (ce > start && /\s/.test(text[ce - 1])) ce--;
      add('caption', start, ce);
      add('credit', cs, line.end);
      return;
    }
    if (glued) return add('caption', start, line.end);
    seenBody = true;
    add('body', start, line.end);
  });
  return segs;
}

const ABBREVIATIONS = new Set([
  'tp', 'mr', 'mrs', 'ms', 'dr', 'st', 'no', 'gen', 'lt', 'col', 'maj', 'capt', 'adm', 'sgt', 'u.s', 'vs', 'etc', 'jr', 'sr',
  'prof', 'ts', 'ths', 'pgs', 'gs', 'q', 'p', 'tr', 'th', 'inc', 'ltd', 'co', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'sen', 'lieut',
]);

const LOWER_AFTER_FIRST = /^\p{Lu}\p{Ll}/u;

function gluedEnd(prev: Token | undefined, dot: Token, after: Token): boolean {
  if (!prev || prev.end !== dot.start || !(prev.kind === 'word' || prev.kind === 'num')) return false;
  if (prev.kind === 'word' && (prev.text.length < 2 || ABBREVIATIONS.has(prev.lower))) return false;
  return after.kind === 'word' && after.cap && LOWER_AFTER_FIRST.test(after.text);
}

/**
 * ".", "!", "?" or "…" (was a regex test per punctuation token). A punctuation token is one
 * character, or a run led by an astral character, whose first code unit is a surrogate: either
 * way its first code unit decides.
 */
const endsSentence = (c: number): boolean => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;

/** Real sentences stay far below these token counts (the longest in the corpus is ~150). */
const SOFT_MAX_SENTENCE = 240;
const HARD_MAX_SENTENCE = 400;

/** Splits the text-bearing segments into sentences. */
export function sentences(segs: readonly Segment[], tokens: readonly Token[]): Sentence[] {
  const out: Sentence[] = [];
  let ti = 0;
  segs.forEach((seg, si) => {
    if (seg.kind === 'boilerplate' || seg.kind === 'header') return;
    while (ti < tokens.length && tokens[ti].start < seg.start) ti++;
    let sStart = ti;
    const push = (toExclusive: number): void => {
      if (toExclusive > sStart) {
        out.push({
          start: tokens[sStart].start, end: tokens[toExclusive - 1].end, segment: si, kind: seg.kind,
          tokenFrom: sStart, tokenTo: toExclusive,
        });
      }
      sStart = toExclusive;
    };
    for (; ti < tokens.length && tokens[ti].start < seg.end; ti++) {
      const t = tokens[ti];
      const next = tokens[ti + 1];
      if (!next || next.start >= seg.end) continue;
      // A run with no sentence end (scraped text without punctuation) is cut into pieces:
      // rules look around a token within its sentence, and must stay linear in the input.
      const length = ti + 1 - sStart;
      if (length >= HARD_MAX_SENTENCE || (length >= SOFT_MAX_SENTENCE && t.kind === 'punct' && /[,;:]/.test(t.text))) {
        push(ti + 1);
        continue;
      }
      if (next.lineBefore) {
        push(ti + 1);
        continue;
      }
      if (t.kind !== 'punct' || !endsSentence(t.text.charCodeAt(0))) continue;
      // Runs like "./." or '."' end together.
      let j = ti + 1;
      while (j < tokens.length && tokens[j].start < seg.end && tokens[j].kind === 'punct' && !tokens[j].spaceBefore && /[./"”’)»!?]/.test(tokens[j].text)) j++;
      const after = tokens[j];
      const prev = tokens[ti - 1];
      if (!after || after.start >= seg.end) continue;
      // Scraped text glues sentences: "… chủ trì Lễ đón.Phát biểu tại …". A full stop with no space
      // after it ends one between a word or number and a capitalised word in lower case after its
      // first letter (not "TP.HCM", "A.V", "baotintuc.vn", "2.5", nor a known abbreviation).
      if (!after.spaceBefore && !(j === ti + 1 && t.text === '.' && gluedEnd(prev, t, after))) continue;
      if (!(after.cap || after.kind === 'num' || /["“«(]/.test(after.text))) continue;
      if (t.text === '.' && prev && prev.end === t.start) {
        // An initial ("A.N. Venediktov") or a known abbreviation does not end a sentence.
        if (prev.kind === 'word' && (prev.text.length === 1 || ABBREVIATIONS.has(prev.lower))) continue;
      }
      ti = j - 1;
      push(j);
    }
    push(ti);
  });
  return out;
}
