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

export class PhraseMatcher<T> {
  private readonly table = new Map<string, T>();
  // The same phrases as a trie over token keys: a step per token, with no key strings
  // built at match time (concatenating and hashing keys was the matcher's main cost).
  private readonly root: TrieNode<T> = { value: undefined, next: null };

  /** Later additions of the same phrase replace earlier ones (plugins override built-ins). */
  add(phrase: string, value: T): this {
    const key = phraseKey(phrase);
    if (!key) return this;
    let node = this.root;
    for (const part of key.split(' ')) {
      node.next ??= new Map();
      let child = node.next.get(part);
      if (!child) node.next.set(part, (child = { value: undefined, next: null }));
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

  /** The longest phrase starting exactly at token `i`, if any. */
  matchAt(tokens: readonly Token[], i: number, limit = tokens.length): PhraseMatch<T> | null {
    let node = this.root.next?.get(tokens[i]?.lower);
    if (!node || i >= limit) return null;
    let bestTo = -1;
    let bestValue: T | undefined;
    for (let j = i; ; ) {
      if (node.value !== undefined) {
        bestTo = j + 1;
        bestValue = node.value;
      }
      j++;
      // A phrase never spans a line break.
      if (!node.next || j >= limit || tokens[j].lineBefore) break;
      const child = node.next.get(tokens[j].lower);
      if (!child) break;
      node = child;
    }
    return bestTo < 0 ? null : { from: i, to: bestTo, start: tokens[i].start, end: tokens[bestTo - 1].end, value: bestValue as T };
  }

  /** All non-overlapping longest matches in token range [from, to). */
  matchAll(tokens: readonly Token[], from = 0, to = tokens.length): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    let i = from;
    while (i < to) {
      const m = this.matchAt(tokens, i, to);
      if (m) {
        found.push(m);
        i = m.to;
      } else i++;
    }
    return found;
  }
}
