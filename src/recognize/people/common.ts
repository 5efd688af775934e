/** Helpers shared by the rank, organization, country, title and people recognizers. */
import { CodeUnitStrings, dropMarks, isUpper } from '../../engine/chars.js';
import type { Token } from '../../engine/tokens.js';
import type { Doc, Sentence } from '../../pipeline/types.js';

/** Sentences whose people and bodies count: headline, body and photo captions (not credits). */
export function contentSentences(doc: Doc): Array<{ s: Sentence; index: number }> {
  const out: Array<{ s: Sentence; index: number }> = [];
  doc.sentences.forEach((s, index) => {
    if (s.kind === 'title' || s.kind === 'body' || s.kind === 'caption') out.push({ s, index });
  });
  return out;
}

const ASCII = /^[\x00-\x7f]*$/;
// Each BMP character's fold, filled on first sight.
const FOLDED = new CodeUnitStrings(foldWhole);

/** Lower case without diacritics; đ → d. */
export function fold(s: string): string {
  // Character by character through a table: decomposing, dropping marks and lower-casing act on
  // each character alone, except the final sigma (lower case by context) and astral characters,
  // which take the whole-string path. Several regex passes per call were a hot spot.
  // ASCII (English names of bodies, mostly): only the case changes.
  if (ASCII.test(s)) return s.toLowerCase();
  let out: string | null = null;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x3a3 || (c >= 0xd800 && c <= 0xdfff)) return foldWhole(s);
    const f = FOLDED.get(c);
    if (out !== null) out += f;
    else if (f.length !== 1 || f.charCodeAt(0) !== c) out = s.slice(0, i) + f;
  }
  return out ?? s;
}


function foldWhole(s: string): string {
  return dropMarks(s.normalize('NFD')).replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

/** Token index starting exactly at `offset`, or -1. */
export function tokenStartingAt(tokens: readonly Token[], offset: number, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    if (tokens[i].start === offset) return i;
    if (tokens[i].start > offset) break;
  }
  return -1;
}

/** A phrase given in the lexicon with a capital must be written with one ("Bộ trưởng", not "bộ trưởng"). */
export function capitalOk(lexiconText: string, token: Token): boolean {
  // /^\p{Lu}/u on the lexicon's text, through chars.ts's table (a regex call per candidate).
  return token.cap || lexiconText.length === 0 || !isUpper(lexiconText.codePointAt(0)!);
}

export const isWord = (t: Token | undefined): boolean => !!t && t.kind === 'word';

/** All-capitals word such as "MVD", "QĐND". */
export const isAcronym = (t: Token): boolean => t.kind === 'word' && t.text.length >= 2 && !hasAsciiLower(t.text) && t.text === t.text.toUpperCase();

/** A quick "not all capitals": a–z anywhere (most words fail here without an upper-cased copy). */
export function hasAsciiLower(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}
