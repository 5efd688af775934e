/** hasLongRun (recognize/dates.ts): whether blankLongRuns would blank anything, read in one pass. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { blankLongRuns, hasLongRun } from '../src/recognize/dates.js';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('hasLongRun', () => {
  it('is true exactly where blankLongRuns changes the text, on random texts of runs and white space', () => {
    const r = rng(11);
    const spaces = [' ', '\n', '\t', '\u00a0', '\u3000', '\u2028', '\ufeff'];
    const letters = ['a', 'ệ', '1', '/', '-', '\u{1F600}', 'Đ'];
    let longs = 0;
    for (let trial = 0; trial < 3000; trial++) {
      let s = '';
      const n = Math.floor(r() * 80);
      while (s.length < n) {
        const run = Math.floor(r() * (r() < 0.2 ? 40 : 12));
        for (let k = 0; k < run; k++) s += letters[Math.floor(r() * letters.length)];
        s += spaces[Math.floor(r() * spaces.length)];
      }
      const expected = blankLongRuns(s) !== s;
      if (expected) longs++;
      expect(hasLongRun(s), JSON.stringify(s)).toBe(expected);
      expect(hasLongRun(s)).toBe(/\S{25}/.test(s));
    }
    expect(longs).toBeGreaterThan(100);
  });

  it('agrees on our articles, where no sentence has such a run, and on a glued URL', () => {
    for (const dir of ['fixtures', 'tests/articles/vi', 'tests/articles/en']) {
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
        const text = readFileSync(`${dir}/${f}`, 'utf8');
        expect(hasLongRun(text)).toBe(/\S{25}/.test(text));
      }
    }
    expect(hasLongRun('Xem thêm tại https://example.com/a-very-long-path-with-words')).toBe(true);
    expect(hasLongRun('Chiều 21/3, tại Hà Nội')).toBe(false);
  });
});
