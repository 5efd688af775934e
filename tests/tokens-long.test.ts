/**
 * A long input's tokens share their strings (tokenize keeps each distinct word once past
 * INTERN_FROM units): the tokens must be those of the same text tokenized in short pieces.
 */
import { describe, expect, it } from 'vitest';
import { texts } from './helpers/texts.js';
import { INTERN_FROM, tokenize, type Token } from '../src/engine/tokens.js';

const articles = texts('fixtures', 'vi', 'en');

const view = (t: Token) => [t.text, t.lower, t.start, t.end, t.kind, t.cap, t.spaceBefore, t.lineBefore];

describe('tokenize on a long input', () => {
  it('gives the tokens that short pieces of the same text give', () => {
    // Articles joined by blank lines, past the limit; each article is a piece of its own.
    let long = '';
    const starts: number[] = [];
    for (let k = 0; long.length <= INTERN_FROM * 1.5; k++) {
      if (long) long += '\n\n';
      starts.push(long.length);
      long += articles[k % articles.length];
    }
    const whole = tokenize(long);
    const pieces: Token[] = [];
    starts.forEach((s, k) => {
      const end = k + 1 < starts.length ? starts[k + 1] : long.length;
      // The piece starts after the previous article's blank line, as the whole text's token does.
      pieces.push(...tokenize(long, Math.max(0, s - 2), end));
    });
    expect(whole.length).toBeGreaterThan(INTERN_FROM / 10);
    expect(whole.map(view)).toEqual(pieces.map(view));
    // Upper-case words keep their own lower case.
    expect(whole.some((t) => t.cap && t.lower !== t.text)).toBe(true);
  });
});
