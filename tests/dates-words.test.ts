/**
 * The words before a date, as the date refiners read them (wordsBefore in
 * src/recognize/dates/refiners.ts): read back from the date and lowered word by word, they
 * must be the words of the span lowered whole.
 */
import { describe, expect, it } from 'vitest';
import { texts } from './helpers/texts.js';
import { isLetterOrMark, isLetterOrNumber, wordRuns } from '../src/engine/chars.js';
import { WordsBack, wordsBefore } from '../src/recognize/dates/refiners.js';

const inWord = (cp: number) => isLetterOrMark(cp) || isLetterOrNumber(cp);

/** The definition: the span lowered whole, its word runs, the last n. */
function reference(text: string, end: number, n: number, clause: boolean): string[] {
  let from = Math.max(0, end - n * 14);
  if (clause) {
    const brk = Math.max(text.lastIndexOf(',', end - 1), text.lastIndexOf(';', end - 1), text.lastIndexOf('.', end - 1));
    if (brk >= from && !(/\d/.test(text[brk - 1] ?? '') && /\d/.test(text[brk + 1] ?? ''))) from = brk + 1;
  }
  return wordRuns(text.slice(from, end).toLowerCase()).slice(-n);
}

/** The look-backs the about refiner takes of a result, in its order and the other way, from one walk (WordsBack). */
const LOOK_BACKS: [number, boolean][] = [[14, false], [4, true], [24, true], [3, false], [1, true]];

function differences(texts: readonly string[]): string[] {
  const diffs: string[] = [];
  for (const text of texts) {
    for (let end = 0; end <= text.length; end++) {
      for (const order of [LOOK_BACKS, [...LOOK_BACKS].reverse()]) {
        const back = new WordsBack(text, end, Math.max(0, end - 24 * 14));
        for (const [n, clause] of order) {
          const a = back.lookBack(n, clause);
          const b = reference(text, end, n, clause);
          if (JSON.stringify(a) !== JSON.stringify(b)) diffs.push(`WordsBack ${JSON.stringify(text)} @${end} n=${n} ${clause}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
        }
      }
      for (const n of [1, 3, 4, 14, 24]) {
        for (const clause of [false, true]) {
          const a = wordsBefore(text, end, n, clause);
          const b = reference(text, end, n, clause);
          if (JSON.stringify(a) !== JSON.stringify(b)) diffs.push(`${JSON.stringify(text)} @${end} n=${n} ${clause}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
        }
      }
    }
  }
  return diffs;
}


describe('wordsBefore', () => {
  it('lowering keeps every character a word character or not (so words can be lowered one by one)', () => {
    const changed: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const s = String.fromCodePoint(cp);
      const lower = s.toLowerCase();
      if (lower === s) continue;
      for (const c of lower) if (inWord(c.codePointAt(0)!) !== inWord(cp)) changed.push(cp.toString(16));
    }
    expect(changed).toEqual([]);
  });

  it('reads the words of the span lowered whole, in our articles and the seeds', () => {
    const lines = texts('vi', 'en', 'fixtures').flatMap((t) => t.split(/\n+/)).filter((l) => l.length < 600);
    expect(lines.length).toBeGreaterThan(100);
    expect(differences(lines)).toEqual([]);
  }, 120_000);

  it('reads them in random runs of letters, marks, digits, separators, surrogate pairs and halves', () => {
    const pieces = [
      'Ký', 'KẾT', 'thỏa thuận', 'ngày', 'Năm', 'A', 'b', '1', '06.9.2018', '1,5', '2;3', ',', ';', '.', ' ', '  ', '\n', '-', '(', '"',
      'ΟΔΟΣ', 'Σ', 'ΑΣ', "Σ'Α", 'İ', 'İstanbul', 'ß', 'ẞ', 'ǅ', 'K', 'Ⅻ', 'Ⓐ', 'a\u0301', '\u0301', 'x\u0345', '😀', '𝐀𝐁', '\ud835', '\udc00', '\ud835x',
    ];
    let seed = 777;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    const texts: string[] = [];
    for (let k = 0; k < 1500; k++) {
      let s = '';
      for (let i = 1 + rand(12); i > 0; i--) s += pieces[rand(pieces.length)] + (rand(3) ? ' ' : '');
      texts.push(s);
    }
    expect(differences(texts)).toEqual([]);
  }, 120_000);

  it('reads them where the span starts inside a surrogate pair, and around a final sigma', () => {
    // A long word of letters outside the BMP: the span's start falls between the halves of a pair.
    const astral = '𝐀𝐁𝐂𝐃𝐄𝐅𝐆𝐇𝐈𝐉𝐊𝐋𝐌𝐍𝐎𝐏';
    // Σ's lower case is ς at the end of a word and σ inside one, where "inside" looks past
    // case-ignorable marks (' . ·) to the next letter: a word lowered alone may differ.
    const texts = [astral, `x ${astral}`, `${astral} y`, `a${astral}`, "ΑΣ'Α", 'ΟΔΟΣ.Α ΚΑΙ', "ΘΕΟΣ'Σ ΑΣ", 'ΑΣ\u0301Β', 'ΑΣ'];
    expect(wordsBefore("ΑΣ'Α x", 4, 3, false)).toEqual(['ασ', 'α']);
    expect(differences(texts)).toEqual([]);
  });
});
