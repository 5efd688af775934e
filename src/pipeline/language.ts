/**
 * Stage 2: language detection, by script and letter statistics (no network, no model).
 */
import type { Language } from '../schema.js';

// Letters that only Vietnamese uses among the languages this library meets.
const VI_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĂÂĐÊÔƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]/gu;
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LATIN = /\p{Script=Latin}/gu;
const EN_WORDS = /\b(?:the|of|and|to|in|with|on|was|said|for|that|is|has)\b/gi;

const count = (re: RegExp, s: string): number => {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s)) n++;
  return n;
};

// Script classes of BMP characters, filled on first sight of each (one regex test per
// distinct character instead of three regex matches per character of every article).
const IS_LATIN = 1;
const IS_CYRILLIC = 2;
const IS_VI = 4;
const KNOWN = 8;
let scripts: Uint8Array | null = null;

const classOf = (ch: string): number => {
  const one = (re: RegExp): boolean => {
    re.lastIndex = 0;
    const m = re.exec(ch);
    return !!m && m.index === 0 && m[0] === ch;
  };
  return (one(LATIN) ? IS_LATIN : 0) | (one(CYRILLIC) ? IS_CYRILLIC : 0) | (one(VI_LETTERS) ? IS_VI : 0);
};

/** Latin, Cyrillic and Vietnamese-only letters of `s`, counted by code point as the regexes match. */
function countScripts(s: string): { latin: number; cyr: number; vi: number } {
  const table = (scripts ??= new Uint8Array(0x10000));
  let latin = 0;
  let cyr = 0;
  let vi = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let k: number;
    if ((c & 0xfc00) === 0xd800 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      k = classOf(s.slice(i, i + 2));
      i++;
    } else if ((c & 0xf800) === 0xd800) {
      continue; // a lone surrogate is no letter
    } else {
      k = table[c];
      if (!(k & KNOWN)) table[c] = k = classOf(s[i]) | KNOWN;
    }
    if (k & IS_LATIN) latin++;
    if (k & IS_CYRILLIC) cyr++;
    if (k & IS_VI) vi++;
  }
  return { latin, cyr, vi };
}

// The blocks that hold every Cyrillic code point (Cyrillic, its Supplement and Extended-A/B/C/D,
// two phonetic letters, half marks, and U+1E030-U+1E08F as surrogate pairs): a text with none
// of these has no Cyrillic. A plain-range regex scans a text several times faster than a loop
// of charCodeAt; the table loop below decides for the rare text that has some.
const CYRILLIC_BLOCKS = /[\u0400-\u052f\u1c80-\u1c8f\u1d2b\u1d78\u2de0-\u2dff\ua640-\ua69f\ufe2e\ufe2f]|\ud838[\udc30-\udc8f]/;

/** Whether any code point of `s` is of the Cyrillic script (by the table countScripts fills). */
export function hasCyrillic(s: string): boolean {
  if (!CYRILLIC_BLOCKS.test(s)) return false;
  const table = (scripts ??= new Uint8Array(0x10000));
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c & 0xfc00) === 0xd800 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      if (classOf(s.slice(i, i + 2)) & IS_CYRILLIC) return true;
      i++;
      continue;
    }
    if ((c & 0xf800) === 0xd800) continue;
    let k = table[c];
    if (!(k & KNOWN)) table[c] = k = classOf(s[i]) | KNOWN;
    if (k & IS_CYRILLIC) return true;
  }
  return false;
}

/** Detects the language of (a sample of) the text. */
export function detectLanguage(text: string): Language {
  // A sample keeps detection cheap on huge inputs; articles declare themselves early.
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const { latin, cyr, vi } = countScripts(sample);
  const letters = latin + cyr;
  if (letters < 3) return 'und';
  if (vi / letters > 0.015) return 'vi';
  if (cyr > latin) return 'ru';
  const words = Math.max(1, sample.split(/\s+/).length);
  if (count(EN_WORDS, sample) / words > 0.03) return 'en';
  return 'und';
}
