/**
 * People. A run of capitalised words is a person's name when its context says so:
 *  - a rank, title or honorific right before it ("Đại tướng Tô Lâm", "ông Anoshin",
 *    "State Secretary – Deputy Minister … Igor Zubov", "his Vietnamese counterpart General …");
 *  - an appositive title after it ("Nguyễn Văn A, Thứ trưởng Bộ Công an");
 *  - it repeats a name already found ("Antonov", "Patrushev");
 *  - a plugin's name finder proposes it (e.g. an NLP library), for names without any of these.
 * In lists each rank and title goes to its own person: titles right before a name are that
 * name's; titles after "Name," belong to it unless they lead straight into another name.
 */
import { tokenAt, type Token } from '../engine/tokens.js';
import type { Analysis, Doc, PersonMention, Sentence } from '../pipeline/types.js';
import { contentSentences, fold, isAcronym } from './people/common.js';
import { chainsOf, isForeignWord, type Chain, type CountryAt } from './people/chains.js';
import { findRuns, type Run } from './people/runs.js';
import { surnames } from '../locales/vi/names.js';
import { within } from '../engine/search.js';
import { letterNumberRuns } from '../engine/chars.js';

const SURNAMES = new Set(surnames);

// Shared empty look-ups for sentences without countries or honorifics (most sentences lack
// some of them): nothing is ever added to these, only read.
const NO_COUNTRIES: Map<number, CountryAt> = new Map();
const NO_HONORIFICS: Map<number, number> = new Map();

interface Anchored { run: Run; chain: Chain; sentence: number }
interface Loose { run: Run; sentence: number }
type Within<T> = (start: number, end: number) => T[];

function coveredTokens(doc: Doc, from: number, to: number, start: number, end: number, mark: Uint8Array, value = 1): void {
  // Binary search to the first token inside: a scan from `from` made long sentences quadratic.
  for (let k = Math.max(from, tokenAt(doc.tokens, start)); k < to && doc.tokens[k].start < end; k++) {
    if (doc.tokens[k].end <= end) mark[k - from] = value;
  }
}

export function recognizePeople(doc: Doc, a: Analysis): PersonMention[] {
  const anchored: Anchored[] = [];
  const loose: Loose[] = [];
  const byStart = <T extends { start: number }>(xs: readonly T[]): T[] => [...xs].sort((x, y) => x.start - y.start);
  const lists: SentenceLists = {
    ranksIn: within(byStart(a.ranks)),
    titlesIn: within(byStart(a.titles)),
    organizationsIn: within(a.organizations),
    placesIn: within(a.places),
    datesIn: within(a.dates),
    countriesIn: within(a.countries),
  };
  const sentences = contentSentences(doc);
  // Two token marks per sentence, in buffers shared by all of them: zero from the longest
  // sentence's length on, and cleared over the previous sentence's length before each use.
  let longest = 0;
  for (const { s } of sentences) longest = Math.max(longest, s.tokenTo - s.tokenFrom);
  const occupied = new Uint8Array(longest);
  const looseCountry = new Uint8Array(longest);
  let dirty = 0;
  for (const { s, index } of sentences) {
    const n = s.tokenTo - s.tokenFrom;
    if (n <= 0) continue;
    occupied.fill(0, 0, dirty);
    looseCountry.fill(0, 0, dirty);
    dirty = n;
    sentenceRuns(doc, s, index, lists, occupied, looseCountry, anchored, loose);
  }
  const out: PersonMention[] = anchored.map(({ run, chain, sentence }) => ({
    start: doc.tokens[run.from].start,
    end: doc.tokens[run.to - 1].end,
    name: runText(doc, run),
    rank: chain.rank,
    titles: chain.titles,
    honorific: chain.honorific,
    country: chain.country ?? chain.titles.find((t) => t.country)?.country ?? null,
    sentence,
  }));
  const taken = new Set(out.map((p) => p.start));
  pairedNames(doc, loose, out, taken);
  repeatedNames(doc, loose, out, taken);
  if (doc.lexicon.nameFinders.length) foundNames(doc, loose, out, taken);
  return out.sort((x, y) => x.start - y.start);
}

/** The mentions of each kind inside a span of the text. */
interface SentenceLists {
  ranksIn: Within<Analysis['ranks'][number]>;
  titlesIn: Within<Analysis['titles'][number]>;
  organizationsIn: Within<Analysis['organizations'][number]>;
  placesIn: Within<Analysis['places'][number]>;
  datesIn: Within<Analysis['dates'][number]>;
  countriesIn: Within<Analysis['countries'][number]>;
}

const runText = (doc: Doc, r: Run): string => doc.text.slice(doc.tokens[r.from].start, doc.tokens[r.to - 1].end);

/**
 * One sentence's name runs (capitalised words that no other mention covers), each with the
 * chain it takes: a run with a rank, title or honorific is anchored, one without is loose.
 */
function sentenceRuns(
  doc: Doc, s: Sentence, index: number, lists: SentenceLists,
  occupied: Uint8Array, looseCountry: Uint8Array, anchored: Anchored[], loose: Loose[],
): void {
  const { tokens } = doc;
  const sRanks = lists.ranksIn(s.start, s.end);
  const sTitles = lists.titlesIn(s.start, s.end);
  for (const r of sRanks) coveredTokens(doc, s.tokenFrom, s.tokenTo, r.start, r.end, occupied);
  for (const t of sTitles) coveredTokens(doc, s.tokenFrom, s.tokenTo, t.start, t.end, occupied);
  for (const o of lists.organizationsIn(s.start, s.end)) coveredTokens(doc, s.tokenFrom, s.tokenTo, o.start, o.end, occupied);
  for (const p of lists.placesIn(s.start, s.end)) coveredTokens(doc, s.tokenFrom, s.tokenTo, p.start, p.end, occupied);
  for (const d of lists.datesIn(s.start, s.end)) coveredTokens(doc, s.tokenFrom, s.tokenTo, d.start, d.end, occupied);
  const sCountries = lists.countriesIn(s.start, s.end);
  const countryAt: Map<number, CountryAt> = sCountries.length ? new Map() : NO_COUNTRIES;
  for (const c of sCountries) {
    coveredTokens(doc, s.tokenFrom, s.tokenTo, c.start, c.end, occupied);
    // The first token of the sentence starting at or after the country (binary search).
    const f = Math.min(s.tokenTo, Math.max(s.tokenFrom, tokenAt(tokens, c.start)));
    let e = f;
    while (e + 1 < s.tokenTo && tokens[e].end < c.end) e++;
    if (e === f) looseCountry[f - s.tokenFrom] = 1;
    countryAt.set(e, { code: c.hit.entry.code, adjective: c.hit.adjective, from: f });
  }
  // Honorifics: lower-case forms anywhere, capitalised ones too.
  const honorifics = doc.lexicon.honorifics.matchAll(tokens, s.tokenFrom, s.tokenTo);
  const honorificAt: Map<number, number> = honorifics.length ? new Map() : NO_HONORIFICS;
  for (const h of honorifics) {
    honorificAt.set(h.to - 1, h.from);
    for (let k = h.from; k < h.to; k++) occupied[k - s.tokenFrom] = 1;
  }
  const runs = findRuns(doc, s.tokenFrom, s.tokenTo, occupied, looseCountry);
  // Everything below serves the runs: a sentence without one is done.
  if (!runs.length) return;
  const chains = chainsOf({ doc, s, runs, titles: sTitles, ranks: sRanks, honorificAt, countryAt });
  for (let i = 0; i < runs.length; i++) {
    const chain = chains[i];
    if (chain.rank || chain.titles.length || chain.honorific) anchored.push({ run: runs[i], chain, sentence: index });
    else loose.push({ run: runs[i], sentence: index });
  }
}

/** A capitalised word that may end a name: not an acronym ("AFP", "NPA"), three letters or more. */
function nameEnding(t: Token): boolean {
  return t.kind === 'word' && t.cap && t.text.length >= 3 && !isAcronym(t);
}

/**
 * 3. A name told in full once and by its last word alone elsewhere, with no title the lexicons
 * know ("… Commissioner General of Japan's National Police Agency Kenji Moriyama …", then
 * "Moriyama thanked …"): two loose runs vouch for each other. Acronyms and one-word runs that
 * recur only as part of longer runs do not count, nor do sentence-initial runs.
 */
function pairedNames(doc: Doc, loose: readonly Loose[], out: PersonMention[], taken: Set<number>): void {
  const { tokens } = doc;
  const alone = new Set<string>();
  for (const { run } of loose) if (run.to - run.from === 1 && nameEnding(tokens[run.from])) alone.add(tokens[run.from].lower);
  if (!alone.size) return;
  for (const { run, sentence } of loose) {
    if (run.words < 2 || run.words > 3 || taken.has(tokens[run.from].start)) continue;
    // A sentence's first word is capitalised whatever it is ("Welcoming Moriyama, …"); a run
    // glued to a bracket, slash or hyphen is a credit or a code ("(ANTARA/HO-Humas Polri)").
    if (run.from === doc.sentences[sentence].tokenFrom) continue;
    const before = tokens[run.from - 1];
    if (before && before.kind === 'punct' && before.text !== ',' && before.end === tokens[run.from].start) continue;
    const last = tokens[run.to - 1];
    // A foreign surname: Vietnamese runs without a title are places and bodies ("Trung Đông").
    if (!nameEnding(last) || !isForeignWord(last) || !alone.has(last.lower)) continue;
    let words = true;
    for (let k = run.from; k < run.to; k++) if (tokens[k].kind === 'word' && !nameEnding(tokens[k])) words = false;
    if (!words) continue;
    out.push({ start: tokens[run.from].start, end: last.end, name: runText(doc, run), rank: null, titles: [], honorific: false, country: null, sentence });
    taken.add(tokens[run.from].start);
  }
}

/** 4. Repeats of names already found: every word of the run is a word of one known name. */
function repeatedNames(doc: Doc, loose: readonly Loose[], out: PersonMention[], taken: Set<number>): void {
  const { tokens } = doc;
  const known = out.map((p) => nameWords(p.name));
  // English press names Vietnamese officials by the given name alone ("Lam", "Son", "Vu").
  const givenNames = new Set(doc.language === 'en'
    ? known.filter((k) => k.length >= 2 && SURNAMES.has(k[0])).map((k) => k[k.length - 1]) : []);
  // Distinct known names by each of their words: a run's first word picks the candidates
  // (scanning every known name for every run was quadratic on long inputs).
  const knownByWord = new Map<string, Array<readonly string[]>>();
  const seenNames = new Set<string>();
  for (const k of known) {
    const key = k.join(' ');
    if (seenNames.has(key)) continue;
    seenNames.add(key);
    for (const w of new Set(k)) {
      const list = knownByWord.get(w);
      if (list) list.push(k);
      else knownByWord.set(w, [k]);
    }
  }
  for (const { run, sentence } of loose) {
    const name = runText(doc, run);
    const words = nameWords(name);
    if (!words.length) continue;
    if (words.length === 1 && (words[0].length < 4 || !isForeignWord(tokens[run.from])) && !givenNames.has(words[0])) continue;
    if ((knownByWord.get(words[0]) ?? []).some((k) => words.every((w) => k.includes(w)))) {
      out.push({ start: tokens[run.from].start, end: tokens[run.to - 1].end, name, rank: null, titles: [], honorific: false, country: null, sentence });
      taken.add(tokens[run.from].start);
    }
  }
}

/** 5. Names a plugin's finder proposes (several words, none of them claimed by another recognizer). */
function foundNames(doc: Doc, loose: readonly Loose[], out: PersonMention[], taken: Set<number>): void {
  const { tokens } = doc;
  const runAt = new Map<number, Loose>();
  for (const l of loose) runAt.set(tokens[l.run.from].start, l);
  for (const finder of doc.lexicon.nameFinders) {
    let ranges: Array<{ start: number; end: number }> = [];
    try {
      ranges = finder(doc.text);
    } catch {
      ranges = [];
    }
    for (const r of ranges) {
      const l = runAt.get(r.start);
      if (!l || taken.has(r.start) || l.run.words < 2) continue;
      out.push({ start: r.start, end: tokens[l.run.to - 1].end, name: runText(doc, l.run), rank: null, titles: [], honorific: false, country: null, sentence: l.sentence });
      taken.add(r.start);
    }
  }
}

// Recent names' words: recognition and assembly ask for the same few names many times.
// Cleared when full, so it stays small whatever the input.
const NAME_WORDS = new Map<string, readonly string[]>();
const NAME_WORDS_MAX = 2048;

/** Words of a name for matching: folded, initials and dots dropped. Shared: do not change the list. */
export function nameWords(name: string): readonly string[] {
  let words = NAME_WORDS.get(name);
  if (!words) {
    if (NAME_WORDS.size >= NAME_WORDS_MAX) NAME_WORDS.clear();
    NAME_WORDS.set(name, (words = letterNumberRuns(fold(name)).filter((w) => w.length > 1)));
  }
  return words;
}
