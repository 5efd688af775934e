/**
 * Name runs: maximal stretches of capitalised words (with initials "A.N." and hyphenated
 * parts) that no other recognizer claimed. Whether a run is a person is decided by its
 * context (see people.ts).
 */
import type { Token } from '../../engine/tokens.js';
import type { Doc } from '../../pipeline/types.js';

export interface Run {
  /** Token range [from, to). */
  from: number;
  to: number;
  words: number;
}

const MAX_WORDS = 5;
// A short syllable in plain Latin lower case (romanized Korean: "keun", "in", "hwa").
const LATIN_SYLLABLE = /^[a-z]{1,6}$/;
// "BĐBP", "MVD": acronyms name bodies, not people.
const isAcronym = (t: Token): boolean => t.text.length >= 2 && t.text === t.text.toUpperCase() && t.text !== t.text.toLowerCase();
const isInitial = (t: Token): boolean => t.kind === 'word' && t.text.length === 1 && t.cap;

/**
 * "Nguyen Van An and …": a two-letter capitalised word that is otherwise a function word ("An",
 * "On") closes a name of two or more words when a lower-case word follows it.
 */
function lastSyllable(tokens: readonly Token[], j: number, words: number, to: number): boolean {
  const next = tokens[j + 1];
  return words >= 2 && tokens[j].text.length === 2 && !tokens[j].lineBefore && j + 1 < to && !!next && !next.cap
    && (next.kind === 'word' || next.text === ',' || next.text === '.');
}

/**
 * `occupied[k - base]` marks tokens of other mentions; `looseCountry` marks one-word
 * country mentions that may sit inside a Vietnamese name ("Nguyễn Minh Đức").
 */
export function findRuns(
  doc: Doc, from: number, to: number, occupied: Uint8Array, looseCountry: Uint8Array,
): Run[] {
  const { tokens, lexicon } = doc;
  const runs: Run[] = [];
  const base = from;
  let i = from;
  while (i < to) {
    const t = tokens[i];
    if (occupied[i - base] || t.kind !== 'word' || !t.cap || isAcronym(t) || lexicon.notNames.matchAt(tokens, i, to)) {
      i++;
      continue;
    }
    let j = i;
    let words = 0;
    while (j < to) {
      const u = tokens[j];
      if (j > i && u.lineBefore) break;
      if (u.kind === 'word' && u.cap && !isAcronym(u)) {
        if (occupied[j - base]) {
          // A one-word country inside a name: only between name words.
          const next = tokens[j + 1];
          if (!(looseCountry[j - base] && words >= 1 && next && j + 1 < to && next.kind === 'word' && next.cap && !occupied[j + 1 - base])) break;
        } else if (j > i && lexicon.notNames.matchAt(tokens, j, to) && !lastSyllable(tokens, j, words, to)) break;
        words++;
        j++;
        continue;
      }
      const prev = tokens[j - 1];
      const next = tokens[j + 1];
      // "A.N. Venediktov", "A.V": a dot glued to an initial.
      if (u.text === '.' && !u.spaceBefore && j > i && isInitial(prev)) {
        j++;
        continue;
      }
      // "Ould-Abdallah": a hyphen glued on both sides.
      if ((u.text === '-' || u.text === '‐') && !u.spaceBefore && next && j + 1 < to && next.kind === 'word' && next.cap && !next.spaceBefore) {
        j++;
        continue;
      }
      // "Yoon Hee-keun", "Moon Jae-in": a Korean given name's lower-case second syllable.
      if ((u.text === '-' || u.text === '‐') && !u.spaceBefore && next && j + 1 < to && next.kind === 'word' && !next.spaceBefore
        && prev.kind === 'word' && prev.cap && words >= 2 && LATIN_SYLLABLE.test(next.text)) {
        j += 2;
        words++;
        continue;
      }
      break;
    }
    let end = j;
    while (end > i && tokens[end - 1].kind === 'punct') end--;
    // A trailing dot after an initial closes the name ("Bor Tơnicốp A.V."), but a run that
    // is only initials is no name.
    if (words >= 1 && words <= MAX_WORDS && tokens.slice(i, end).some((x) => x.kind === 'word' && x.text.length > 1)) {
      runs.push({ from: i, to: end, words });
    }
    i = Math.max(j, i + 1);
  }
  return runs;
}
