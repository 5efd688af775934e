/**
 * Tests of character-set checks written by hand for rules' token walks (engine/chars.ts),
 * against the regexes they replace.
 */
import { describe, expect, it } from 'vitest';
import { isClauseEnd, isDashText, isUpper, oneCharOf } from '../src/engine/chars.js';
import { capitalOk } from '../src/recognize/people/common.js';
import { tokenize } from '../src/engine/tokens.js';

// The sets the rules use, with the regex each replaced.
const SETS: Array<[string, RegExp]> = [
  ['"“”«»\'‘’', /^["“”«»'‘’]$/u],
  ['-–—/&+', /^[-–—/&+]$/u],
  ['-–—/', /^[-–—/]$/u],
  [',;:()', /^[,;:()]$/],
  [';,:()', /^[;,:()]$/],
  ['-–—', /^[-–—]$/],
];

describe('oneCharOf', () => {
  it('answers as /^[…]$/ does for every BMP character, alone and with another after it', () => {
    for (const [chars, re] of SETS) {
      const test = oneCharOf(chars);
      for (let c = 0; c <= 0xffff; c++) {
        const ch = String.fromCharCode(c);
        if (test(ch) !== re.test(ch)) throw new Error(`${JSON.stringify(chars)} at U+${c.toString(16)}`);
      }
      for (const s of ['', '--', ',,', '(a', 'a', '\u{1F600}', `${chars[0]} `, ` ${chars[0]}`]) expect(test(s)).toBe(re.test(s));
      // Every member is found.
      for (const ch of chars) expect(test(ch)).toBe(true);
    }
    // The shared sets the rules import.
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (isClauseEnd(ch) !== /^[,;:()]$/.test(ch) || isDashText(ch) !== /^[-–—]$/.test(ch)) throw new Error(`U+${c.toString(16)}`);
    }
  });
});

describe('capitalOk', () => {
  it('agrees with the regex it replaced on lexicon texts and tokens in either case', () => {
    const texts = ['Bộ trưởng', 'bộ trưởng', 'Đại tướng', 'đại tướng', 'Minister', 'minister', 'Ủy viên', '', '1st', '\u{1D400}x', 'Σ', 'σ'];
    const tokens = tokenize('Bộ bộ Minister minister Đại đại');
    for (const text of texts) {
      for (const t of tokens) expect(capitalOk(text, t)).toBe(!/^\p{Lu}/u.test(text) || t.cap);
    }
    // The astral capital (U+1D400 MATHEMATICAL BOLD CAPITAL A) is read as one code point.
    expect(isUpper(0x1d400)).toBe(true);
  });
});
