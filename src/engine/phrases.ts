/**
 * The shared phrase engine: every locale's words are data (lists of phrases with a
 * payload), and this matcher finds them in the token stream, longest first. Look-ups are
 * hash probes over at most `maxTokens` tokens at each position, so matching is linear.
 */
import { phraseKey, type Token } from './tokens.js';

export interface PhraseMatch<T> {
  /** Token range [from, to). */
  readonly from: number;
  readonly to: number;
  /** Normalized-text range. */
  readonly start: number;
  readonly end: number;
  readonly value: T;
}

interface TrieNode<T> {
  value: T | undefined;
  /** Next tokens (lower case) of longer phrases; null at a leaf. */
  next: Map<string, TrieNode<T>> | null;
}

// The first words of every phrase of every matcher, numbered. A token looks its word up here
// once (Token.first) instead of once per matcher: the recognizers ask a dozen matchers at
// every token, and these string look-ups were the matcher's main cost. Only ever grows, by the
// lexicons' own words (not by the input): -2 - size marks a word looked up and absent while
// the vocabulary had `size` words, so a word added later is looked up again.
const FIRST_WORDS = new Map<string, number>();

function firstWordOf(token: Token): number {
  let id = token.first;
  if (id >= 0) return id;
  const absent = -2 - FIRST_WORDS.size;
  if (id !== absent) token.first = id = FIRST_WORDS.get(token.lower) ?? absent;
  return id;
}

// The first-word ids of a token array's tokens (firstWordOf of each), for matchAll's passes;
// remade when the vocabulary has grown since.
const FIRST_IDS = new WeakMap<readonly Token[], { size: number; ids: Int32Array }>();

/**
 * For each token, its first-word id: negative when no phrase of any matcher starts with its
 * word, so that no matcher's matchAt finds anything there. Recognizers walking every token skip
 * those with one read.
 */
export function firstWordIds(tokens: readonly Token[]): Int32Array {
  let f = FIRST_IDS.get(tokens);
  if (!f || f.size !== FIRST_WORDS.size || f.ids.length !== tokens.length) {
    const ids = new Int32Array(tokens.length);
    for (let k = 0; k < tokens.length; k++) ids[k] = firstWordOf(tokens[k]);
    FIRST_IDS.set(tokens, (f = { size: FIRST_WORDS.size, ids }));
  }
  return f.ids;
}

export class PhraseMatcher<T> {
  private readonly table = new Map<string, T>();
  // The same phrases as a trie over token keys: a step per token, with no key strings
  // built at match time (concatenating and hashing keys was the matcher's main cost).
  // Its first level is indexed by the first word's number in FIRST_WORDS.
  private readonly starts: Array<TrieNode<T> | undefined> = [];

  /** Later additions of the same phrase replace earlier ones (plugins override built-ins). */
  add(phrase: string, value: T): this {
    const key = phraseKey(phrase);
    if (!key) return this;
    const parts = key.split(' ');
    let id = FIRST_WORDS.get(parts[0]);
    if (id === undefined) FIRST_WORDS.set(parts[0], (id = FIRST_WORDS.size));
    let node = (this.starts[id] ??= { value: undefined, next: null });
    for (let k = 1; k < parts.length; k++) {
      node.next ??= new Map();
      let child = node.next.get(parts[k]);
      if (!child) node.next.set(parts[k], (child = { value: undefined, next: null }));
      node = child;
    }
    node.value = value;
    this.table.set(key, value);
    return this;
  }

  get size(): number {
    return this.table.size;
  }

  /** The value of a phrase given as text, if the lexicon has it. */
  lookup(phrase: string): T | undefined {
    return this.table.get(phraseKey(phrase));
  }

  /**
   * Whether a phrase of this matcher may start with the word of first-word id `id` (an entry
   * of firstWordIds): callers walking every token skip the others without calling matchAt.
   */
  startsWith(id: number): boolean {
    return id >= 0 && this.starts[id] !== undefined;
  }

  /** The longest phrase starting exactly at token `i`, if any. */
  matchAt(tokens: readonly Token[], i: number, limit = tokens.length): PhraseMatch<T> | null {
    if (i >= limit || i >= tokens.length || !(i >= 0)) return null;
    const id = firstWordOf(tokens[i]);
    let node = id >= 0 ? this.starts[id] : undefined;
    if (!node) return null;
    let bestTo = -1;
    let bestValue: T | undefined;
    for (let j = i; ; ) {
      if (node.value !== undefined) {
        bestTo = j + 1;
        bestValue = node.value;
      }
      j++;
      // A phrase never spans a line break.
      if (!node.next || j >= limit || j >= tokens.length || tokens[j].lineBefore) break;
      const child = node.next.get(tokens[j].lower);
      if (!child) break;
      node = child;
    }
    return bestTo < 0 ? null : { from: i, to: bestTo, start: tokens[i].start, end: tokens[bestTo - 1].end, value: bestValue as T };
  }

  /** All non-overlapping longest matches in token range [from, to). */
  matchAll(tokens: readonly Token[], from = 0, to = tokens.length): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    const ids = firstWordIds(tokens);
    const starts = this.starts;
    let i = Math.max(0, from);
    while (i < to) {
      // Most tokens start no phrase of this matcher: one read of the tokens' first-word ids each.
      const id = ids[i];
      if (id < 0 || starts[id] === undefined) {
        i++;
        continue;
      }
      const m = this.matchAt(tokens, i, to);
      if (m) {
        found.push(m);
        i = m.to;
      } else i++;
    }
    return found;
  }
}
