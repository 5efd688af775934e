/**
 * Unicode classes of single code points, for the matchers written by hand instead of as
 * regexes. A regex with a class like [\p{L}\p{M}] in a look-around or a repeat took V8 3-8 ms
 * to compile on its first use (a cold-start cost), and each distinct regex with such a class
 * compiles it again, twice (V8 interprets a regex's first run and compiles it to machine code
 * for the second). Here each BMP character's answer is read once and remembered: from data for
 * the blocks articles are made of (unicode-classes.ts), otherwise from whole-character regexes
 * (the same sources the tokenizer uses, so V8's regex cache shares them).
 */
import { knownClass, U_LETTER, U_MARK, U_NUMBER, U_UPPER } from './unicode-classes.js';

const LETTER_OR_MARK_RE = /^[\p{L}\p{M}]$/u;
const MARK_RE = /^\p{M}$/u;
const NUMBER_RE = /^\p{N}$/u;
const UPPER_RE = /^\p{Lu}/u;

const KNOWN = 1;
const LETTER = 2; // \p{L}
const MARK = 4; // \p{M}
const NUMBER = 8; // \p{N}
const UPPER = 16; // \p{Lu}

let table: Uint8Array | null = null;

function classify(ch: string): number {
  const u = ch.length === 1 ? knownClass(ch.charCodeAt(0)) : -1;
  if (u >= 0) {
    return KNOWN | ((u & U_MARK) !== 0 ? MARK : (u & U_LETTER) !== 0 ? LETTER | ((u & U_UPPER) !== 0 ? UPPER : 0) : (u & U_NUMBER) !== 0 ? NUMBER : 0);
  }
  let k = KNOWN;
  if (LETTER_OR_MARK_RE.test(ch)) k |= MARK_RE.test(ch) ? MARK : UPPER_RE.test(ch) ? LETTER | UPPER : LETTER;
  else if (NUMBER_RE.test(ch)) k |= NUMBER;
  return k;
}

function classOf(cp: number): number {
  if (cp > 0xffff) return classify(String.fromCodePoint(cp));
  const t = (table ??= new Uint8Array(0x10000));
  return t[cp] || (t[cp] = classify(String.fromCharCode(cp)));
}

/**
 * A test for a one-character string among `chars` (BMP characters): what the regex
 * /^[chars]$/ tests. Rules ask it of tokens in their walks, where a regex call per token cost
 * more than the walk.
 */
export function oneCharOf(chars: string): (text: string) => boolean {
  let max = 0;
  for (let i = 0; i < chars.length; i++) max = Math.max(max, chars.charCodeAt(i));
  const member = new Uint8Array(max + 1);
  for (let i = 0; i < chars.length; i++) member[chars.charCodeAt(i)] = 1;
  return (text) => {
    if (text.length !== 1) return false;
    const c = text.charCodeAt(0);
    return c <= max && member[c] === 1;
  };
}

/** A clause mark: a token ',', ';', ':', '(' or ')', where a rule's look across a clause stops. */
export const isClauseEnd = oneCharOf(',;:()');

/** A dash written as a token of its own: '-', '–' or '—'. */
export const isDashText = oneCharOf('-–—');

/** An ASCII digit, 0-9 (what \d reads), by code unit. */
export const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** \p{Lu}. */
export const isUpper = (cp: number): boolean => (classOf(cp) & UPPER) !== 0;

/** \p{M}. */
export const isMark = (cp: number): boolean => (classOf(cp) & MARK) !== 0;

/** \p{L} or \p{M}. */
export const isLetterOrMark = (cp: number): boolean => (classOf(cp) & (LETTER | MARK)) !== 0;

/** \p{L} or \p{N}. */
export const isLetterOrNumber = (cp: number): boolean => (classOf(cp) & (LETTER | NUMBER)) !== 0;

/** The code point that ends at `i` (as a /u look-behind reads it), or -1 at the start. */
export function codePointBefore(text: string, i: number): number {
  if (i <= 0) return -1;
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/** \p{L}. */
export const isLetter = (cp: number): boolean => (classOf(cp) & LETTER) !== 0;

/** A character of a word as wordRuns reads them: a letter, a mark or a number. */
export const isWordCodePoint = (cp: number): boolean => (classOf(cp) & (LETTER | MARK | NUMBER)) !== 0;

/** The maximal runs of code points that pass `inRun`, left to right. */
function runsOf(text: string, inRun: (cp: number) => boolean): string[] {
  const runs: string[] = [];
  const n = text.length;
  let start = -1;
  for (let i = 0; i < n; ) {
    const cp = text.codePointAt(i)!;
    const inside = inRun(cp);
    if (inside && start < 0) start = i;
    else if (!inside && start >= 0) {
      runs.push(text.slice(start, i));
      start = -1;
    }
    i += cp > 0xffff ? 2 : 1;
  }
  if (start >= 0) runs.push(text.slice(start));
  return runs;
}

/** The runs of letters, marks and digits of a text: what /[\p{L}\p{M}\p{N}]+/gu matches. */
export const wordRuns = (text: string): string[] => runsOf(text, isWordCodePoint);

/** The runs of letters and digits of a text: what text.split(/[^\p{L}\p{N}]+/u) leaves, empty strings aside. */
export const letterNumberRuns = (text: string): string[] => runsOf(text, isLetterOrNumber);

/** How many letters a text has: text.match(/\p{L}/gu)?.length ?? 0. */
export function countLetters(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    if (isLetter(cp)) count++;
    i += cp > 0xffff ? 2 : 1;
  }
  return count;
}

/** The text without its marks: text.replace(/\p{M}/gu, ''). */
export function dropMarks(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (isMark(cp)) {
      out += text.slice(from, i);
      from = i + width;
    }
    i += width;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * [\p{L}\p{N}] as a case-insensitive (/iu) regex reads it: also the characters whose upper
 * case is one (U+0345, a combining mark, upper-cases to the letter iota).
 */
export function isLetterOrNumberAnyCase(cp: number): boolean {
  if (isLetterOrNumber(cp)) return true;
  const upper = String.fromCodePoint(cp).toUpperCase().codePointAt(0)!;
  return upper !== cp && isLetterOrNumber(upper);
}

/**
 * A cache of strings by BMP code unit, filled on demand in pages of 256. A plain array written
 * at scattered indices up to U+FFFF turns into a dictionary, and every read of it into a slow
 * generic look-up.
 */
export class CodeUnitStrings {
  private readonly pages: Array<Array<string | undefined> | undefined> = [];

  constructor(private readonly make: (unit: string) => string) {}

  get(c: number): string {
    const page = (this.pages[c >> 8] ??= new Array<string | undefined>(256));
    return (page[c & 255] ??= this.make(String.fromCharCode(c)));
  }
}
