import { describe, expect, it } from 'vitest';
import { phraseKey, tokenize } from '../src/engine/tokens.js';
import { builtinPlugins } from '../src/locales/index.js';

// phraseKey() lower-cases plain phrases (letters and single spaces) directly rather than
// through the tokenizer; the two must always agree.
const byTokens = (p: string): string => tokenize(p.normalize('NFC')).map((t) => t.lower).join(' ');

describe('phraseKey', () => {
  it('equals the tokenizer\'s key for every string of the built-in lexicons', () => {
    const strings: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === 'string') strings.push(v);
      else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object' && !(v instanceof RegExp)) Object.values(v).forEach(walk);
    };
    for (const p of builtinPlugins) walk(p.lexicon);
    expect(strings.length).toBeGreaterThan(1000);
    for (const s of strings) expect(phraseKey(s), s).toBe(byTokens(s));
  });

  it('equals the tokenizer\'s key around every BMP character and on odd spacing', () => {
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      for (const p of [ch, `a${ch}b`, `${ch}x ${ch}`]) if (phraseKey(p) !== byTokens(p)) expect(phraseKey(p), `U+${c.toString(16)}`).toBe(byTokens(p));
    }
    for (const p of ['ΟΔΟΣ ΑΒ', 'ΑΣ', ' a', 'a ', 'a  b', 'İstanbul', 'ǅemal', 'ﬁre', 'a\u0301b', '\u0301a', 'e\u0301 O\u0302', '𝐀𝐁 c', 'Đại tướng', '']) {
      expect(phraseKey(p), JSON.stringify(p)).toBe(byTokens(p));
    }
  });
});
