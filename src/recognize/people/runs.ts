/**
 * Name runs: maximal stretches of capitalised words (with initials "A.N." and hyphenated
 * parts) that no other recognizer claimed. Whether a run is a person is decided by its
 * context (see people.ts).
 */
import type { Token } from '../../engine/tokens.js';
import type { Doc } from '../../pipeline/types.js';
import { surnames } from '../../locales/vi/names.js';
import { fold, hasAsciiLower } from './common.js';

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
const isAcronym = (t: Token): boolean => t.text.length >= 2 && !hasAsciiLower(t.text) && t.text === t.text.toUpperCase() && t.text !== t.text.toLowerCase();
const isInitial = (t: Token): boolean => t.kind === 'word' && t.text.length === 1 && t.cap;
const SURNAMES = new Set(surnames);
// Lower-case particles inside foreign names ("Claudio de Negri Quintana", "Abdul Rahman bin
// Mohamed", "Pedro van der Berg"); "al" also glued by a hyphen ("Sabah al-Ahmad").
const PARTICLES = new Set(['de', 'da', 'das', 'del', 'della', 'der', 'den', 'di', 'dos', 'du', 'la', 'van', 'von', 'bin', 'binti', 'ibn', 'al', 'el']);
const MAX_PARTICLES = 2;

/**
 * Particles from token `j` followed by a capitalised name word: the token after them, or -1.
 * Only after a name word, and only spaced particles ("de", "van der") or "al-" glued to the next word.
 */
function particlesEnd(tokens: readonly Token[], j: number, to: number, occupied: Uint8Array, base: number): number {
  let k = j;
  for (let n = 0; n < MAX_PARTICLES && k < to; n++) {
    const u = tokens[k];
    if (u.kind !== 'word' || u.cap || !PARTICLES.has(u.text) || !u.spaceBefore) break;
    const next = tokens[k + 1];
    if (u.text === 'al' && next && (next.text === '-' || next.text === '‐') && !next.spaceBefore) {
      const w = tokens[k + 2];
      return w && k + 2 < to && w.kind === 'word' && w.cap && !w.spaceBefore && !occupied[k + 2 - base] ? k + 2 : -1;
    }
    k++;
  }
  const w = tokens[k];
  return k > j && k < to && w && w.kind === 'word' && w.cap && !isAcronym(w) && !occupied[k - base] ? k : -1;
}

/**
 * "Vũ Chiến Thắng", "Nguyễn Nhân Dân": after a Vietnamese family name, capitalised syllables
 * continue the name even when their lower-case reading is a common word the lexicon keeps out
 * of names ("Chiến thắng", victory). Only words of several syllables that the text capitalises
 * where the lexicon writes them in lower case, and no meeting word ("Hội Đàm" in a title-case headline).
 */
function givenNameAfterSurname(
  doc: Doc, j: number, to: number, m: { from: number; to: number; value: { text: string } }, occupied: Uint8Array, base: number,
): boolean {
  const { tokens, lexicon } = doc;
  if (m.to - m.from < 2 || !/\s\p{Ll}/u.test(m.value.text)) return false;
  for (let k = m.from; k < m.to; k++) if (!tokens[k].cap || tokens[k].kind !== 'word' || occupied[k - base]) return false;
  return !lexicon.triggers.matchAt(tokens, j, to);
}

/**
 * "Phạm Trường Sơn", "Lê Viện Hòa": after a Vietnamese family name, a one-syllable word the
 * lexicon keeps out of names (an institution head such as "school", "institute") is a given
 * name when one more capitalised syllable follows and closes the name within four syllables.
 */
function lastGivenNames(
  doc: Doc, j: number, to: number, m: { from: number; to: number }, words: number, occupied: Uint8Array, base: number,
): boolean {
  const { tokens, lexicon } = doc;
  if (m.to - m.from !== 1 || words < 1 || words + 2 > 4 || lexicon.triggers.matchAt(tokens, j, to)) return false;
  const k = j + 1;
  const w = tokens[k];
  if (k >= to || !w || w.kind !== 'word' || !w.cap || isAcronym(w) || w.lineBefore || occupied[k - base]) return false;
  if (lexicon.notNames.matchAt(tokens, k, to)) return false;
  const after = tokens[k + 1];
  return !(after && k + 1 < to && after.kind === 'word' && after.cap);
}

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
    // Whether the run starts with a Vietnamese family name: read when first needed (rarely).
    let vietnamese: boolean | null = null;
    while (j < to) {
      const u = tokens[j];
      if (j > i && u.lineBefore) break;
      if (u.kind === 'word' && u.cap && !isAcronym(u)) {
        if (occupied[j - base]) {
          // A one-word country inside a name: only between name words.
          const next = tokens[j + 1];
          const inside = next && j + 1 < to && next.kind === 'word' && next.cap && !occupied[j + 1 - base];
          // "Đỗ Hùng Việt", "Trần Thị Nga", "Lê Hoàng Anh": a one-word country that is also a
          // given name ends a Vietnamese name of two syllables or more.
          const last = (vietnamese ??= SURNAMES.has(fold(t.text))) && words >= 2 && words < MAX_WORDS && !(next && j + 1 < to && next.kind === 'word' && next.cap);
          if (!(looseCountry[j - base] && words >= 1 && (inside || last))) break;
        } else if (j > i) {
          const m = lexicon.notNames.matchAt(tokens, j, to);
          if (m && !lastSyllable(tokens, j, words, to)) {
            if (!((vietnamese ??= SURNAMES.has(fold(t.text))) && (givenNameAfterSurname(doc, j, to, m, occupied, base) || lastGivenNames(doc, j, to, m, words, occupied, base)))) break;
            words += m.to - m.from;
            j = m.to;
            continue;
          }
        }
        words++;
        j++;
        continue;
      }
      const prev = tokens[j - 1];
      const next = tokens[j + 1];
      // "Claudio de Negri Quintana": particles between name words.
      if (words >= 1 && u.kind === 'word' && !u.cap) {
        const k = particlesEnd(tokens, j, to, occupied, base);
        if (k > 0) {
          j = k;
          continue;
        }
      }
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
