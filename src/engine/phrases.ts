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

export class PhraseMatcher<T> {
  private readonly table = new Map<string, T>();
  private readonly prefixes = new Set<string>();
  private maxTokens = 0;

  /** Later additions of the same phrase replace earlier ones (plugins override built-ins). */
  add(phrase: string, value: T): this {
    const key = phraseKey(phrase);
    if (!key) return this;
    const parts = key.split(' ');
    this.maxTokens = Math.max(this.maxTokens, parts.length);
    for (let k = 1; k < parts.length; k++) this.prefixes.add(parts.slice(0, k).join(' '));
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
    let key = '';
    let best: PhraseMatch<T> | null = null;
    for (let j = i; j < limit && j - i < this.maxTokens; j++) {
      // A phrase never spans a line break.
      if (j > i && tokens[j].lineBefore) break;
      key = j === i ? tokens[j].lower : `${key} ${tokens[j].lower}`;
      const hit = this.table.get(key);
      if (hit !== undefined) {
        best = { from: i, to: j + 1, start: tokens[i].start, end: tokens[j].end, value: hit };
      }
      if (!this.prefixes.has(key)) break;
    }
    return best;
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
