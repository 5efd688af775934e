/**
 * Regexes rewritten for cold start (a bounded repeat of a Unicode class, which V8 unrolls and
 * compiles slowly, became * with the length checked after) must accept exactly what the
 * originals accepted. The originals are kept here as the reference.
 */
import { describe, expect, it } from 'vitest';
import { texts } from './helpers/texts.js';
import { codePointBefore, countLetters, dropMarks, isLetterOrMark, isLetterOrNumber, isLetterOrNumberAnyCase, isMark, isUpper, letterNumberRuns, wordRuns } from '../src/engine/chars.js';
import { isDuration } from '../src/locales/vi/dates/refiners.js';
import { yearWords } from '../src/locales/vi/dates/words.js';
import { yearCountFinder } from '../src/recognize/dates/refiners.js';
import { altTextGlue, creditIn, isByline, nhSpaceDigit } from '../src/pipeline/segment.js';
import { standsAlone } from '../src/recognize/dates/rules.js';
import { detectLanguage, hasCyrillic, languageOfTally, newScriptTally } from '../src/pipeline/language.js';
import { tokenize, type ScriptTally } from '../src/engine/tokens.js';
import { fold } from '../src/recognize/people/common.js';
import { isDatelineHead } from '../src/recognize/dates.js';

const DURATION = /^[\p{L}\p{M}\s]{0,12}\d{1,4}\s{0,3}(?:năm|tháng|tuần|ngày|giờ|phút)(?:\s{1,3}[\p{L}\p{M}]{1,6})?$/iu;
const YEAR_COUNT = /(?<![\p{L}\p{N}])\d{1,3}\s{1,3}năm(?![\p{L}\p{M}])/iu;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const BYLINE = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’.-]*$/u;
const DATELINE_HEAD = /^\p{Lu}{2}[\p{Lu}\p{M} .'-]{0,30}(?:,\s{0,3}|\([^()\n]{0,60})$/u;

let seed = 11;
const rand = (n: number): number => Math.floor(((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * n);
const pick = <T>(xs: readonly T[]): T => xs[rand(xs.length)];
function randomString(alphabet: readonly string[], max: number): string {
  let s = '';
  for (let n = rand(max); n > 0; n--) s += pick(alphabet);
  return s;
}

const lines = texts('fixtures', 'vi', 'en').flatMap((t) => t.split('\n'));

describe('regexes rewritten for cold start accept what the originals did', () => {
  it('durations', () => {
    const alphabet = ['a', 'B', 'ă', 'Ệ', '\u0301', ' ', '  ', '\n', '1', '23', '2024', 'năm', 'tháng', 'NĂM', 'tuần', 'ngày', 'giờ', 'phút', 'qua', 'nay', '𝐀', '-', 'abcdefg'];
    for (let k = 0; k < 20000; k++) {
      const s = randomString(alphabet, 12);
      expect(isDuration(s), JSON.stringify(s)).toBe(DURATION.test(s));
    }
    for (const s of ['70 năm', 'qua 3 tháng', '3 tháng nay', 'abcdefghijkl 5 năm', 'abcdefghijklm 5 năm', '5 năm abcdef', '5 năm abcdefg']) {
      expect(isDuration(s), s).toBe(DURATION.test(s));
    }
  });

  it('bylines', () => {
    const alphabet = ['A', 'b', 'Đ', 'ư', '\u0301', "'", '’', '.', '-', ' ', '  ', '\t', '\n', '1', ',', 'Nguyễn', 'Văn', '𝐀'];
    for (let k = 0; k < 20000; k++) {
      const s = randomString(alphabet, 14);
      expect(isByline(s), JSON.stringify(s)).toBe(BYLINE.test(s));
    }
    for (const s of lines) expect(isByline(s), JSON.stringify(s)).toBe(BYLINE.test(s));
  });

  it('dateline heads', () => {
    const alphabet = ['M', 'O', 'Ś', 'A', 'b', '\u0301', ' ', '.', "'", '-', ',', ', ', '(', ')', 'Sputnik', '\n', '1', '𝐀', 'MOSCOW'];
    for (let k = 0; k < 30000; k++) {
      const s = randomString(alphabet, 16);
      expect(isDatelineHead(s), JSON.stringify(s)).toBe(DATELINE_HEAD.test(s));
    }
    for (const n of [28, 29, 30, 31, 32, 33]) {
      for (const tail of [', ', '(UrduPoint News / Sputnik - ']) {
        const s = `MO${'S'.repeat(n)}${tail}`;
        expect(isDatelineHead(s), s).toBe(DATELINE_HEAD.test(s));
        const astral = `MO${'𝐀'.repeat(n)}${tail}`;
        expect(isDatelineHead(astral), astral).toBe(DATELINE_HEAD.test(astral));
      }
    }
    for (const s of lines) expect(isDatelineHead(s.slice(0, 100)), JSON.stringify(s)).toBe(DATELINE_HEAD.test(s.slice(0, 100)));
  });

  it('dateline heads, with every code point in the run and in the parenthesis', () => {
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff && cp !== 0xd800 && cp !== 0xdc00) continue;
      const ch = String.fromCodePoint(cp);
      for (const s of [`M${ch}SCOW, `, `MOSCOW${ch}, `, `MOSCOW (${ch} - `, `MOSCOW,${ch}`]) {
        if (isDatelineHead(s) !== DATELINE_HEAD.test(s)) expect(isDatelineHead(s), JSON.stringify(s)).toBe(DATELINE_HEAD.test(s));
      }
    }
  });

  it('durations, with every code point before and after', () => {
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff && cp !== 0xd800 && cp !== 0xdc00) continue;
      const ch = String.fromCodePoint(cp);
      for (const s of [`${ch}5 năm`, `5 năm ${ch}`]) if (isDuration(s) !== DURATION.test(s)) expect(isDuration(s), JSON.stringify(s)).toBe(DURATION.test(s));
    }
  });

  it('counts of years', () => {
    const hasYearCount = yearCountFinder(yearWords);
    const alphabet = ['a', 'Ă', '\u0301', '٣', ' ', '  ', '\n', '1', '23', '2024', 'năm', 'NĂM', 'Năm', 'nam', '𝐀', '𝟙', '-', '\ud835'];
    for (let k = 0; k < 30000; k++) {
      const s = randomString(alphabet, 10);
      expect(hasYearCount(s), JSON.stringify(s)).toBe(YEAR_COUNT.test(s));
    }
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff && cp !== 0xd800 && cp !== 0xdc00) continue;
      const ch = String.fromCodePoint(cp);
      for (const s of [`${ch}70 năm`, `70 năm${ch}`]) if (hasYearCount(s) !== YEAR_COUNT.test(s)) expect(hasYearCount(s), JSON.stringify(s)).toBe(YEAR_COUNT.test(s));
    }
    for (const s of lines) expect(hasYearCount(s), JSON.stringify(s)).toBe(YEAR_COUNT.test(s));
  });

  it('words', () => {
    const alphabet = ['a', 'B', 'ă', '\u0301', '1', '٣', 'Ⅻ', ' ', '.', '𝐀', '𝟙', '\ud835', '\udc00', '-'];
    for (let k = 0; k < 20000; k++) {
      const s = randomString(alphabet, 12);
      expect(wordRuns(s), JSON.stringify(s)).toEqual(s.match(WORD) ?? []);
    }
    for (const s of lines) expect(wordRuns(s)).toEqual(s.match(WORD) ?? []);
  });
});

describe('character classes by hand', () => {
  it('agree with the Unicode property classes on every code point', () => {
    const LM = /^[\p{L}\p{M}]$/u;
    const LN = /^[\p{L}\p{N}]$/u;
    const LN_ANY_CASE = /^[\p{L}\p{N}]$/iu;
    const LU = /^\p{Lu}$/u;
    const M = /^\p{M}$/u;
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      const ch = String.fromCodePoint(cp);
      if (isLetterOrMark(cp) !== LM.test(ch)) expect(isLetterOrMark(cp), cp.toString(16)).toBe(LM.test(ch));
      if (isLetterOrNumber(cp) !== LN.test(ch)) expect(isLetterOrNumber(cp), cp.toString(16)).toBe(LN.test(ch));
      if (isUpper(cp) !== LU.test(ch)) expect(isUpper(cp), cp.toString(16)).toBe(LU.test(ch));
      if (isMark(cp) !== M.test(ch)) expect(isMark(cp), cp.toString(16)).toBe(M.test(ch));
      if (isLetterOrNumberAnyCase(cp) !== LN_ANY_CASE.test(ch)) expect(isLetterOrNumberAnyCase(cp), cp.toString(16)).toBe(LN_ANY_CASE.test(ch));
    }
  });

  it('find Cyrillic as /\\p{Script=Cyrillic}/u does: every code point, lone surrogates, articles', () => {
    const CYR = /\p{Script=Cyrillic}/u;
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      const ch = String.fromCodePoint(cp);
      if (hasCyrillic(ch) !== CYR.test(ch)) expect(hasCyrillic(ch), cp.toString(16)).toBe(CYR.test(ch));
    }
    const alphabet = ['a', 'Я', 'ă', '\ud838', '\udc30', '\ud838\udc30', '\u1d2b', 'Ӂ', ' ', '\n', '𝐀', 'ꙁ'];
    for (let k = 0; k < 5000; k++) {
      const s = randomString(alphabet, 6);
      expect(hasCyrillic(s), JSON.stringify(s)).toBe(CYR.test(s));
    }
    for (const line of lines) expect(hasCyrillic(line)).toBe(CYR.test(line));
  });

  it('let every line with alt text glued to a caption through to its regex', () => {
    const ALT_TEXT_GLUE = /\s(?:ảnh|hình|hinh|anh)\s\d{1,2}(?=\p{Lu}|\s*$)/u;
    const alphabet = ['ảnh', 'anh', 'hình', 'nh', 'n', 'h', ' ', '\u00a0', '\u3000', '\n', '1', '12', 'B', 'Bộ', 'x'];
    for (let k = 0; k < 20000; k++) {
      const s = randomString(alphabet, 8);
      if (ALT_TEXT_GLUE.test(s)) expect(nhSpaceDigit(s), JSON.stringify(s)).toBe(true);
    }
    for (const line of lines) if (ALT_TEXT_GLUE.test(line)) expect(nhSpaceDigit(line)).toBe(true);
    expect(nhSpaceDigit('Hà Nội ảnh 1Bộ')).toBe(true);
    expect(nhSpaceDigit('chính thức năm 2024')).toBe(false);
  });

  it('tokenize as the token regex reads: every BMP character in context, random texts, articles', () => {
    const TOKEN = /[\p{L}\p{M}]+|\p{N}+|[^\s\p{L}\p{M}\p{N}]/gu;
    const dash = (t: string): boolean => t.length === 1 && /[\u2010-\u2015\u2212]/.test(t);
    const reference = (text: string) => [...text.matchAll(TOKEN)].map((m) => ({
      text: m[0], start: m.index, end: m.index + m[0].length, lower: dash(m[0]) ? '-' : m[0].toLowerCase(), cap: /^\p{Lu}/u.test(m[0]),
    }));
    const ours = (text: string) => tokenize(text).map((t) => ({ text: t.text, start: t.start, end: t.end, lower: t.lower, cap: t.cap }));
    let chunk = '';
    for (let c = 0; c <= 0xffff; c++) {
      chunk += `a${String.fromCharCode(c)}1 ${String.fromCharCode(c)}`;
      if (chunk.length > 4000 || c === 0xffff) {
        expect(ours(chunk)).toEqual(reference(chunk));
        chunk = '';
      }
    }
    const alphabet = ['a', 'Ж', 'ư', 'Ệ', '\u0301', ' ', '\n', '1', '٣', '𝐀', '\ud835', '\udc00', 'ⅷ', '-', '–', 'Σ', 'ΑΣ', '.', 'xyz'];
    for (let k = 0; k < 5000; k++) {
      const s = randomString(alphabet, 12);
      expect(ours(s), JSON.stringify(s)).toEqual(reference(s));
    }
    for (const line of lines) expect(ours(line)).toEqual(reference(line));
  });

  it('fold by character as the whole-string fold does', () => {
    const whole = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
    for (let c = 0; c <= 0xffff; c++) {
      const s = `A${String.fromCharCode(c)}b`;
      if (fold(s) !== whole(s)) expect(fold(s), c.toString(16)).toBe(whole(s));
    }
    for (const line of lines) expect(fold(line)).toBe(whole(line));
  });

  it('tally letters by script in the tokenizer as the language detector counts them', () => {
    const tallied = (text: string, limit = Infinity): [number, number, number] => {
      const t: ScriptTally = { limit, latin: 0, cyrillic: 0, vietnamese: 0 };
      tokenize(text, 0, text.length, t);
      return [t.latin, t.cyrillic, t.vietnamese];
    };
    // The language detector's original count: code points that the scripts' regexes match.
    const LATIN = /\p{Script=Latin}/gu;
    const CYRILLIC = /\p{Script=Cyrillic}/gu;
    const VI_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĂÂĐÊÔƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]/gu;
    const counted = (text: string): [number, number, number] => [LATIN, CYRILLIC, VI_LETTERS].map((re) => text.match(re)?.length ?? 0) as [number, number, number];
    // Every code point, in chunks (a chunk that disagrees is read one code point at a time).
    for (let base = 0; base <= 0x10ffff; base += 0x1000) {
      let chunk = '';
      for (let cp = base; cp < Math.min(base + 0x1000, 0x110000); cp++) chunk += String.fromCodePoint(cp) + ' ';
      if (tallied(chunk).join() === counted(chunk).join()) continue;
      for (let cp = base; cp < base + 0x1000; cp++) {
        const ch = String.fromCodePoint(cp);
        expect(tallied(ch), cp.toString(16)).toEqual(counted(ch));
      }
    }
    // Mixed texts, with the sample's end falling anywhere (inside a surrogate pair too).
    const alphabet = ['a', 'Ж', 'ư', 'Ệ', '\u0301', ' ', '1', '𝐀', '\ud835', '\udc00', 'ⅷ', '-', 'đ', 'xyz'];
    for (let k = 0; k < 5000; k++) {
      const s = randomString(alphabet, 10);
      const limit = rand(s.length + 2);
      expect(tallied(s, limit), JSON.stringify([s, limit])).toEqual(counted(s.slice(0, limit)));
      // Tokens as without a tally.
      const t = newScriptTally();
      expect(tokenize(s, 0, s.length, t)).toEqual(tokenize(s));
      expect(languageOfTally(s, t)).toBe(detectLanguage(s));
    }
    for (const line of lines) {
      const t = newScriptTally();
      tokenize(line, 0, line.length, t);
      expect(languageOfTally(line, t)).toBe(detectLanguage(line));
      expect(t.cyrillic > 0).toBe(hasCyrillic(line));
    }
  });

  it('read the code point before an offset as a /u look-behind does', () => {
    expect(codePointBefore('a𝐀', 3)).toBe(0x1d400);
    expect(codePointBefore('a𝐀', 2)).toBe(0xd835);
    expect(codePointBefore('\udc00x', 1)).toBe(0xdc00);
    expect(codePointBefore('abc', 0)).toBe(-1);
  });
});

// Regexes whose Unicode classes moved to chars.ts (each distinct regex compiled its class anew
// at cold start), with the originals as the reference.
const CREDIT_IN_CAPTION = /\(?(?<![\p{L}\p{M}])(?:ảnh|photo|nguồn|source|hình|video)\s*:/iu;
const ALT_TEXT_GLUE = /\s(?:ảnh|hình|hinh|anh)\s\d{1,2}(?=\p{Lu}|\s*$)/u;
const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;

// Every kind of character the classes tell apart, astral and lone surrogates included.
const CLASS_SAMPLES = ['a', 'Z', 'ă', 'Đ', 'ư', '\u0301', '\u0345', '1', '٣', 'Ⅻ', '²', ' ', '\u00a0', '\n', '-', '.', ':', '(', ')',
  '𝐀', '𝟙', '\u{1d167}', '\ud835', '\udc00', 'Я', 'ß', 'ǅ', '_', '’'];
type Found = { index: number; text: string } | null;

/**
 * A search written by hand finds what its regex's exec finds (index and text): on random texts
 * of `alphabet`, on every line of our articles, and with each kind of character put into
 * `contexts` (functions of one character).
 */
function expectSameSearch(search: (t: string) => Found, re: RegExp, alphabet: readonly string[], contexts: ReadonlyArray<(c: string) => string>): void {
  const check = (s: string): void => {
    const want = re.exec(s);
    expect(search(s), JSON.stringify(s)).toEqual(want ? { index: want.index, text: want[0] } : null);
  };
  for (let k = 0; k < 30000; k++) check(randomString(alphabet, 10));
  for (const s of lines) check(s);
  for (const c of CLASS_SAMPLES) for (const context of contexts) check(context(c));
}

describe('Unicode classes left to chars.ts', () => {
  it('photo credits: creditIn finds what the look-behind regex finds', () => {
    const alphabet = ['ảnh', 'Ảnh', 'ẢNH', 'photo', 'Photo', 'nguồn', 'source', 'hình', 'Video', ':', ' :', '  ', ' ', '(', ')', 'x', 'X', 'ă', '\u0301', '1', '.', '\n', '𝐀', '\ud835', '-'];
    // Every kind of character right before the word, and before a "(".
    expectSameSearch(creditIn, CREDIT_IN_CAPTION, alphabet, [(c) => `${c}ảnh: x`, (c) => `${c}(Ảnh: x`, (c) => `${c}photo :`]);
    expect(creditIn('Hà Nội (Ảnh: TTXVN)')).toEqual({ index: 7, text: '(Ảnh:' });
    expect(creditIn('Kảnh: x')).toBeNull();
  });

  it('alt text glued to a caption: altTextGlue finds what the look-ahead regex finds', () => {
    const alphabet = [' ', '  ', '\n', '\u00a0', 'ảnh', 'hình', 'hinh', 'anh', '1', '2', '0', '12', 'B', 'ộ', 'Đ', 'x', '𝐀', '\ud835', '.', 'ẢNH'];
    // Every kind of character right after the number.
    expectSameSearch(altTextGlue, ALT_TEXT_GLUE, alphabet, [(c) => `x ảnh 1${c}`, (c) => `x hinh 12${c}y`, (c) => `x anh 1${c} `]);
    expect(altTextGlue('Hà Nội ảnh 1Bộ trưởng')).toEqual({ index: 6, text: ' ảnh 1' });
    expect(altTextGlue('năm 2024 hinh 123')).toBeNull();
  });

  it('count letters, split into letter-and-digit runs and drop marks as the regexes do, on every code point and random texts', () => {
    const check = (s: string): void => {
      expect(countLetters(s), JSON.stringify(s)).toBe(s.match(/\p{L}/gu)?.length ?? 0);
      expect(letterNumberRuns(s), JSON.stringify(s)).toEqual(s.split(/[^\p{L}\p{N}]+/u).filter(Boolean));
      expect(dropMarks(s), JSON.stringify(s)).toBe(s.replace(/\p{M}/gu, ''));
    };
    for (let cp = 0; cp <= 0x10ffff; cp += cp < 0x30000 ? 1 : 97) {
      const c = String.fromCodePoint(cp);
      if (countLetters(c) !== (/\p{L}/u.test(c) ? 1 : 0) || dropMarks(`a${c}`) !== `a${c}`.replace(/\p{M}/gu, '')) throw new Error(`U+${cp.toString(16)}`);
    }
    for (let k = 0; k < 20000; k++) check(randomString(CLASS_SAMPLES, 12));
    for (const s of lines) check(s);
    expect(letterNumberRuns('Nguyễn-Văn A. 2024')).toEqual(['Nguyễn', 'Văn', 'A', '2024']);
  });

  it('date rules stand alone by the same code units as /[\\p{L}\\p{M}\\p{N}]/u reads', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      const want = !LETTER_OR_DIGIT.test(ch);
      if (standsAlone(`${ch}5`, 1, 2) !== want || standsAlone(`5${ch}`, 0, 1) !== want) throw new Error(`U+${c.toString(16)}`);
    }
    expect(standsAlone('5', 0, 1)).toBe(true);
    expect(standsAlone('𝐀5', 2, 3)).toBe(true); // a low surrogate before: no letter to /u read alone
  });
});
