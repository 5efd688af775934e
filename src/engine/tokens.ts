/**
 * Tokens over the normalized text: words (letters with their marks, digits glued to
 * letters), numbers, and single punctuation characters. Every recognizer works on these.
 */
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
}

// One token per match: a run of letters with their marks, a run of digits, or one other
// non-space character. Digits and letters split ("ảnh 1Bộ" → "1", "Bộ") because scraped
// text glues image numbers to captions.
const TOKEN = /[\p{L}\p{M}]+|\p{N}+|[^\s\p{L}\p{M}\p{N}]/gu;
const DASHES = /[\u2010-\u2015\u2212]/g;
const UPPER = /^\p{Lu}/u;
const DIGITS = /^\p{N}+$/u;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = from;
  let prevEnd = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    const t = m[0];
    const start = m.index;
    const gap = start > prevEnd ? text.slice(prevEnd, start) : '';
    const isWord = /[\p{L}\p{M}\p{N}]/u.test(t[0]);
    tokens.push({
      text: t,
      lower: t.toLowerCase().replace(DASHES, '-'),
      start,
      end: start + t.length,
      kind: !isWord ? 'punct' : DIGITS.test(t) ? 'num' : 'word',
      cap: UPPER.test(t),
      spaceBefore: gap.length > 0,
      lineBefore: gap.includes('\n'),
    });
    prevEnd = start + t.length;
  }
  return tokens;
}

/** Index of the first token that starts at or after `offset` (binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Lower-case key of a phrase as the matcher sees it: tokens joined by one space. */
export function phraseKey(phrase: string): string {
  return tokenize(phrase.normalize('NFC'))
    .map((t) => t.lower)
    .join(' ');
}
