/**
 * Tokens over the normalized text: words (letters with their marks, digits glued to
 * letters), numbers, and single punctuation characters. Every recognizer works on these.
 */
import { CodeUnitStrings } from './chars.js';
import { partitionPoint } from './search.js';
import { knownClass, U_CYRILLIC, U_LATIN, U_LETTER, U_MARK, U_NUMBER, U_SPACE, U_UPPER } from './unicode-classes.js';

export type TokenKind = 'word' | 'num' | 'punct';

export interface Token {
  /** As written (normalized text). */
  readonly text: string;
  /** Lower case, dashes unified: the key used for lexicon look-ups. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly kind: TokenKind;
  /** Starts with an upper-case letter. */
  readonly cap: boolean;
  /** Whitespace (not only spaces) separates it from the previous token. */
  readonly spaceBefore: boolean;
  /** A line break lies between it and the previous token. */
  readonly lineBefore: boolean;
  /**
   * The phrase matchers' cache (see phrases.ts): the id of `lower` among the first words of
   * all phrases, or a negative mark for "not looked up" / "not a first word". Internal.
   */
  first: number;
}

// One token per match of /[\p{L}\p{M}]+|\p{N}+|[^\s\p{L}\p{M}\p{N}]/u: a run of letters with
// their marks, a run of digits, or one other non-space character. Digits and letters split
// ("ảnh 1Bộ" → "1", "Bộ") because scraped text glues image numbers to captions.
// The scanner below reads character classes from a table filled on first sight of each
// character (a regex match object per token was the tokenizer's main cost).
const LETTER_RE = /^[\p{L}\p{M}]$/u;
const NUMBER_RE = /^\p{N}$/u;
const SPACE_RE = /^\s$/u;
const UPPER = /^\p{Lu}/u;
const LATIN_RE = /^\p{Script=Latin}$/u;
const CYRILLIC_RE = /^\p{Script=Cyrillic}$/u;
// Letters that only Vietnamese uses among the languages this library meets (all of Latin script).
const VI_LETTERS = /^[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĂÂĐÊÔƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]$/u;

const UNKNOWN = 0;
const LETTER = 1; // \p{L} or \p{M}
const NUMBER = 2; // \p{N}
const SPACE = 3; // \s
const OTHER = 4; // anything else: a one-character token
const UPPER_BIT = 8; // \p{Lu}, for the `cap` of a token starting with this character
// toLowerCase() leaves the character as it is. Only Σ lower-cases by context (final sigma),
// and it is not such a character, so a token made of these is its own lower case.
const STABLE_BIT = 32;
// The script of the code point, for language detection (see ScriptTally): none, Latin,
// Cyrillic, or Latin and one of Vietnamese's own letters. Script is one value per code point.
const SCRIPT_SHIFT = 6;
const SCRIPT_LATIN = 1;
const SCRIPT_CYRILLIC = 2;
const SCRIPT_VIETNAMESE = 3;

/**
 * Letters by script, tallied by tokenize() as it reads every character (one pass serves both
 * tokens and language detection). Code points count as the scripts' /u regexes match them; only
 * code points that lie wholly before `limit` count (language detection reads a sample).
 */
export interface ScriptTally {
  readonly limit: number;
  latin: number;
  cyrillic: number;
  /** Vietnamese-only letters (also counted as Latin). */
  vietnamese: number;
}

// BMP characters only; astral code points are classified by regex each time (rare).
let classTable: Uint8Array | null = null;

function classify(ch: string): number {
  // The blocks articles are made of, from data (no regex compiled); others by the regexes.
  const u = ch.length === 1 ? knownClass(ch.charCodeAt(0)) : -1;
  if (u >= 0) {
    const base = (u & (U_LETTER | U_MARK)) !== 0 ? LETTER : (u & U_NUMBER) !== 0 ? NUMBER : (u & U_SPACE) !== 0 ? SPACE : OTHER;
    const script = (u & U_LATIN) !== 0 ? (VI_LETTERS.test(ch) ? SCRIPT_VIETNAMESE : SCRIPT_LATIN) : (u & U_CYRILLIC) !== 0 ? SCRIPT_CYRILLIC : 0;
    return base | ((u & U_UPPER) !== 0 ? UPPER_BIT : 0) | (script << SCRIPT_SHIFT);
  }
  const base = LETTER_RE.test(ch) ? LETTER : NUMBER_RE.test(ch) ? NUMBER : SPACE_RE.test(ch) ? SPACE : OTHER;
  const script = LATIN_RE.test(ch) ? (VI_LETTERS.test(ch) ? SCRIPT_VIETNAMESE : SCRIPT_LATIN) : CYRILLIC_RE.test(ch) ? SCRIPT_CYRILLIC : 0;
  return base | (UPPER.test(ch) ? UPPER_BIT : 0) | (script << SCRIPT_SHIFT);
}

function bmpClass(table: Uint8Array, c: number): number {
  let k = table[c];
  if (k === UNKNOWN) {
    // Lone surrogates are code points of their own under /u: one-character tokens.
    const ch = String.fromCharCode(c);
    if (c >= 0xd800 && c <= 0xdfff) return OTHER | (ch.toLowerCase() === ch ? STABLE_BIT : 0);
    k = classify(ch) | (ch.toLowerCase() === ch ? STABLE_BIT : 0);
    // Surrogates stay UNKNOWN in the table, so that the tokenizer's inline read sends them
    // to classAt, which reads pairs.
    table[c] = k;
  }
  return k;
}

/** Class of the code point at `i` and its length in code units (1, or 2 for a surrogate pair). */
function classAt(table: Uint8Array, text: string, i: number, n: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return classify(text.slice(i, i + 2)) | 16; // 16: two units
  }
  return bmpClass(table, c);
}

// Lower case of single BMP characters, filled on first sight. toLowerCase() maps each character
// on its own except Σ (final sigma, by context), so a word that only its first character
// changes is that character's lower case and the rest (toLowerCase() per token was half of
// tokenize's time).
const LOWER = new CodeUnitStrings((ch) => ch.toLowerCase());

function lowerFirst(t: string): string {
  const c = t.charCodeAt(0);
  if (c === 0x3a3) return t.toLowerCase();
  const l = LOWER.get(c);
  return t.length === 1 ? l : l + t.slice(1);
}

const isDash = (c: number): boolean => (c >= 0x2010 && c <= 0x2015) || c === 0x2212;

// A token keeps its kind and three flags in one small integer: a document holds one token per
// word, and on long inputs the young-generation collector copies every one of them (an
// object of six fields rather than nine). Read through the Token interface.
const KIND_WORD = 0;
const KIND_NUM = 1;
const KIND_PUNCT = 2;
const KIND_NAMES: readonly TokenKind[] = ['word', 'num', 'punct'];
const FLAG_CAP = 4;
const FLAG_SPACE = 8;
const FLAG_LINE = 16;

class PackedToken implements Token {
  first = -1;
  constructor(
    readonly text: string,
    readonly lower: string,
    readonly start: number,
    readonly end: number,
    private readonly flags: number,
  ) {}

  get kind(): TokenKind {
    return KIND_NAMES[this.flags & 3];
  }

  get cap(): boolean {
    return (this.flags & FLAG_CAP) !== 0;
  }

  get spaceBefore(): boolean {
    return (this.flags & FLAG_SPACE) !== 0;
  }

  get lineBefore(): boolean {
    return (this.flags & FLAG_LINE) !== 0;
  }
}

// Token ranges longer than this (UTF-16 units) share their tokens' strings (see tokenize).
export const INTERN_FROM = 100_000;

/** `tally`: also count the letters of the whole text by script (see ScriptTally). */
export function tokenize(text: string, from = 0, to = text.length, tally: ScriptTally | null = null): Token[] {
  const table = (classTable ??= new Uint8Array(0x10000));
  const tokens: Token[] = [];
  const n = text.length;
  // On a long input, each distinct word's text and lower case are kept once (a slice made anew
  // dies young): a token's strings are most of its memory, and on 1 MB of text the young-
  // generation collector copied ~10 MB of them, and the stages read them from beyond the caches.
  const intern: Map<string, string> | null = to - from > INTERN_FROM ? new Map() : null;
  let prevEnd = from;
  let i = from;
  // The tally's counts, kept in locals (a field update per character cost more than the rest of
  // the tally); `limit` -1: no tally. A class of 64 or more carries a script (SCRIPT_SHIFT).
  const limit = tally === null ? -1 : tally.limit;
  let latin = 0;
  let cyrillic = 0;
  let vietnamese = 0;
  // Like a /u regex whose lastIndex falls inside a surrogate pair: start at the pair.
  if (i > 0 && i < n && (text.charCodeAt(i) & 0xfc00) === 0xdc00 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800) i--;
  while (i < n) {
    // The table read inline (the hot path); surrogates (never in the table) and first sights
    // through classAt.
    let c = text.charCodeAt(i);
    let k = table[c];
    if (k === UNKNOWN) k = classAt(table, text, i, n);
    let cls = k & 7;
    if (cls === SPACE) {
      i += k & 16 ? 2 : 1;
      continue;
    }
    const start = i;
    if (start >= to && tally === null) break;
    // A code point wholly before the tally's limit (bit 16: two units) counts by its script.
    if (k >= 64 && i + ((k >> 4) & 1) < limit) {
      if (k >> SCRIPT_SHIFT === SCRIPT_CYRILLIC) cyrillic++;
      else {
        latin++;
        if (k >> SCRIPT_SHIFT === SCRIPT_VIETNAMESE) vietnamese++;
      }
    }
    if (start >= to) {
      // The tally reads the rest of the text; no token is made from it.
      i += k & 16 ? 2 : 1;
      continue;
    }
    const first = k;
    // Astral characters (bit 16) never carry STABLE_BIT: their tokens are lower-cased.
    let stable = k & STABLE_BIT;
    // Characters after the first that toLowerCase() changes.
    let changedLater = 0;
    i += k & 16 ? 2 : 1;
    if (cls === LETTER || cls === NUMBER) {
      while (i < n) {
        c = text.charCodeAt(i);
        k = table[c];
        if (k === UNKNOWN) k = classAt(table, text, i, n);
        if ((k & 7) !== cls) break;
        if (k >= 64 && i + ((k >> 4) & 1) < limit) {
          if (k >> SCRIPT_SHIFT === SCRIPT_CYRILLIC) cyrillic++;
          else {
            latin++;
            if (k >> SCRIPT_SHIFT === SCRIPT_VIETNAMESE) vietnamese++;
          }
        }
        stable &= k;
        if (!(k & STABLE_BIT)) changedLater++;
        i += k & 16 ? 2 : 1;
      }
    }
    let t = text.slice(start, i);
    if (intern !== null) {
      const shared = intern.get(t);
      if (shared !== undefined) t = shared;
      else intern.set(t, t);
    }
    // The kind reads the first code unit alone: a token starting with an astral character
    // (a lone high surrogate to a per-unit test) is punctuation, as it always was.
    const isWord = !(first & 16) && (cls === LETTER || cls === NUMBER);
    let lineBefore = false;
    for (let g = prevEnd; g < start; g++) {
      if (text.charCodeAt(g) === 10) {
        lineBefore = true;
        break;
      }
    }
    let lower = cls === OTHER && isDash(t.charCodeAt(0)) && t.length === 1 ? '-' : stable ? t
      : !changedLater && !(first & 16) ? lowerFirst(t) : t.toLowerCase();
    if (intern !== null && lower !== t) {
      const shared = intern.get(lower);
      if (shared !== undefined) lower = shared;
      else intern.set(lower, lower);
    }
    // A store at the end rather than push(): TurboFan left this push() a builtin call (~160
    // instructions a token).
    tokens[tokens.length] = new PackedToken(
      t,
      lower,
      start,
      i,
      (!isWord ? KIND_PUNCT : cls === NUMBER ? KIND_NUM : KIND_WORD)
        | ((first & UPPER_BIT) !== 0 ? FLAG_CAP : 0) | (start > prevEnd ? FLAG_SPACE : 0) | (lineBefore ? FLAG_LINE : 0),
    );
    prevEnd = i;
  }
  if (tally !== null) {
    tally.latin += latin;
    tally.cyrillic += cyrillic;
    tally.vietnamese += vietnamese;
  }
  return tokens;
}

/** JavaScript's \s, by code unit: white space (Zs, tab, VT, FF, BOM) and line terminators. */
export function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

/** Index of the first token that starts at or after `offset` (binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  return partitionPoint(tokens.length, (i) => tokens[i].start < offset);
}

/**
 * Is the text words of letters (with their marks) joined by single spaces? Its tokens are
 * then those words, and their lower cases joined by a space are its own lower case (the final
 * sigma, the one letter lower-cased by context, takes the tokenizer's way).
 */
function isPlainPhrase(text: string): boolean {
  const table = (classTable ??= new Uint8Array(0x10000));
  const n = text.length;
  if (n === 0 || text.charCodeAt(0) === 32 || text.charCodeAt(n - 1) === 32) return false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (text.charCodeAt(i - 1) === 32) return false;
    } else if (c === 0x3a3 || (c >= 0xd800 && c <= 0xdfff) || (bmpClass(table, c) & 7) !== LETTER) return false;
  }
  return true;
}

/** Lower-case key of a phrase as the matcher sees it: tokens joined by one space. */
export function phraseKey(phrase: string): string {
  const text = phrase.normalize('NFC');
  // Most lexicon phrases are plain words: compiling the lexicons (thousands of phrases, on an
  // extractor's first article of a language) skips building their tokens.
  if (isPlainPhrase(text)) return text.toLowerCase();
  return tokenize(text)
    .map((t) => t.lower)
    .join(' ');
}
