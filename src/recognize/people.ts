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
import type { Analysis, Doc, PersonMention, RankMention, TitleMention } from '../pipeline/types.js';
import { contentSentences, fold } from './people/common.js';
import { cueBefore, cuesIn } from './cues.js';
import { findRuns, type Run } from './people/runs.js';
import { surnames } from '../locales/vi/names.js';
import { within } from '../engine/search.js';
import { isDashText } from '../engine/chars.js';

interface Chain {
  rank: RankMention | null;
  titles: TitleMention[];
  honorific: boolean;
  country: string | null;
}

const SURNAMES = new Set(surnames);
const AND = new Set(['and', 'và']);
const APPOSITIVE_SEPARATORS = new Set([',', '–', '-', '—', '(', 'kiêm', 'cum', ';']);

interface CountryAt {
  code: string;
  adjective: boolean;
  from: number;
}

// Shared empty look-ups for sentences without countries, honorifics, titles or ranks (most
// sentences lack some of them): nothing is ever added to these, only read.
const NO_COUNTRIES: Map<number, CountryAt> = new Map();
const NO_HONORIFICS: Map<number, number> = new Map();
const NO_TITLES: Map<number, TitleMention> = new Map();
const NO_RANKS: Map<number, RankMention> = new Map();
const NO_SPANS: Map<unknown, [number, number]> = new Map();

function coveredTokens(doc: Doc, from: number, to: number, start: number, end: number, mark: Uint8Array, value = 1): void {
  // Binary search to the first token inside: a scan from `from` made long sentences quadratic.
  for (let k = Math.max(from, tokenAt(doc.tokens, start)); k < to && doc.tokens[k].start < end; k++) {
    if (doc.tokens[k].end <= end) mark[k - from] = value;
  }
}

export function recognizePeople(doc: Doc, a: Analysis): PersonMention[] {
  const { tokens, lexicon } = doc;
  const anchored: Array<{ run: Run; chain: Chain; sentence: number }> = [];
  const loose: Array<{ run: Run; sentence: number }> = [];
  const byStart = <T extends { start: number }>(xs: readonly T[]): T[] => [...xs].sort((x, y) => x.start - y.start);
  const ranksIn = within(byStart(a.ranks));
  const titlesIn = within(byStart(a.titles));
  const organizationsIn = within(a.organizations);
  const placesIn = within(a.places);
  const datesIn = within(a.dates);
  const countriesIn = within(a.countries);

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
    const sRanks = ranksIn(s.start, s.end);
    const sTitles = titlesIn(s.start, s.end);
    for (const r of sRanks) coveredTokens(doc, s.tokenFrom, s.tokenTo, r.start, r.end, occupied);
    for (const t of sTitles) coveredTokens(doc, s.tokenFrom, s.tokenTo, t.start, t.end, occupied);
    for (const o of organizationsIn(s.start, s.end)) coveredTokens(doc, s.tokenFrom, s.tokenTo, o.start, o.end, occupied);
    for (const p of placesIn(s.start, s.end)) coveredTokens(doc, s.tokenFrom, s.tokenTo, p.start, p.end, occupied);
    for (const d of datesIn(s.start, s.end)) coveredTokens(doc, s.tokenFrom, s.tokenTo, d.start, d.end, occupied);
    const sCountries = countriesIn(s.start, s.end);
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
    const honorifics = lexicon.honorifics.matchAll(tokens, s.tokenFrom, s.tokenTo);
    const honorificAt: Map<number, number> = honorifics.length ? new Map() : NO_HONORIFICS;
    for (const h of honorifics) {
      honorificAt.set(h.to - 1, h.from);
      for (let k = h.from; k < h.to; k++) occupied[k - s.tokenFrom] = 1;
    }
    const runs = findRuns(doc, s.tokenFrom, s.tokenTo, occupied, looseCountry);
    // Everything below serves the runs: a sentence without one is done.
    if (!runs.length) continue;
    // Title and rank mentions by their last and first token.
    // By binary search (a scan per mention made long sentences quadratic): the first token
    // starting at or after `offset`, or the first one ending at or after it.
    const tokenOf = (offset: number, first: boolean): number => {
      let k = tokenAt(tokens, offset);
      if (first) return Math.min(s.tokenTo, Math.max(s.tokenFrom, k));
      if (k > 0 && tokens[k - 1].end >= offset) k--;
      return Math.min(s.tokenTo - 1, Math.max(s.tokenFrom, k));
    };
    const titleEnd: Map<number, TitleMention> = sTitles.length ? new Map() : NO_TITLES;
    const titleStart: Map<number, TitleMention> = sTitles.length ? new Map() : NO_TITLES;
    const titleSpan: Map<TitleMention, [number, number]> = sTitles.length ? new Map() : NO_SPANS;
    for (const t of sTitles) {
      const f = tokenOf(t.start, true);
      const e = tokenOf(t.end, false);
      titleEnd.set(e, t);
      titleStart.set(f, t);
      titleSpan.set(t, [f, e + 1]);
    }
    const rankEnd: Map<number, RankMention> = sRanks.length ? new Map() : NO_RANKS;
    const rankStart: Map<number, RankMention> = sRanks.length ? new Map() : NO_RANKS;
    const rankSpan: Map<RankMention, [number, number]> = sRanks.length ? new Map() : NO_SPANS;
    for (const r of sRanks) {
      const f = tokenOf(r.start, true);
      const e = tokenOf(r.end, false);
      rankEnd.set(e, r);
      rankStart.set(f, r);
      rankSpan.set(r, [f, e + 1]);
    }
    const tokenEndOfCountry = (f: number): number => {
      for (const [e, c] of countryAt) if (c.from === f) return e;
      return -1;
    };
    const claimed = new Set<TitleMention>();
    const claimedRanks = new Set<RankMention>();
    const runStarts = new Set(runs.map((r) => r.from));

    /** The rank, titles and honorific written right before token `k` (inclusive), walking back. */
    const prefix = (k: number, chain: Chain, acrossCommas: boolean): number => {
      let first = k + 1;
      while (k >= s.tokenFrom) {
        const t = titleEnd.get(k);
        const r = rankEnd.get(k);
        const h = honorificAt.get(k);
        const c = countryAt.get(k);
        if (t && !claimed.has(t)) {
          claimed.add(t);
          chain.titles.unshift(t);
          first = titleSpan.get(t)![0];
          k = first - 1;
        } else if (r && !claimedRanks.has(r)) {
          claimedRanks.add(r);
          if (!chain.rank) chain.rank = r;
          first = rankSpan.get(r)![0];
          k = first - 1;
        } else if (h !== undefined) {
          chain.honorific = true;
          first = h;
          k = h - 1;
        } else if (c && c.adjective && first <= k + 1 && (chain.honorific || chain.rank || chain.titles.length)) {
          // "his Vietnamese counterpart", "Russian General …"
          chain.country ??= c.code;
          first = c.from;
          k = c.from - 1;
        } else if (k > s.tokenFrom && isDashText(tokens[k].text) && (titleEnd.has(k - 1) || rankEnd.has(k - 1))) {
          k--;
        } else if (k > s.tokenFrom && AND.has(tokens[k].lower) && titleStart.has(k + 1) && titleEnd.has(k - 1) && !claimed.has(titleEnd.get(k - 1)!)
          && titleEnd.get(k - 1)!.entry.role !== titleStart.get(k + 1)!.entry.role) {
          // "Politburo member and Minister of Public Security To Lam": titles joined by "and"
          // ("Bộ trưởng Bộ Công an và Bộ trưởng X": the same title twice is two people).
          k--;
        } else if (acrossCommas && tokens[k].text === ',' && k > s.tokenFrom && (titleEnd.has(k - 1) || rankEnd.has(k - 1))
          && !claimed.has(titleEnd.get(k - 1)!)) {
          k--;
        } else break;
      }
      return first;
    };

    // 1. Direct prefixes.
    const chains = new Map<Run, Chain>();
    const firstOf = new Map<Run, number>();
    for (const run of runs) {
      const chain: Chain = { rank: null, titles: [], honorific: false, country: null };
      firstOf.set(run, prefix(run.from - 1, chain, false));
      chains.set(run, chain);
      // "In his capacity as chairman of …, Chien": a title in apposition before the comma.
      // The title's body may run on to the comma ("chairman of the Vietnam sub-committee of …, Chien").
      const c = run.from - 1;
      const t = tokens[c]?.text === ',' ? sTitles.find((x) => {
        const [f, e] = titleSpan.get(x)!;
        return e <= c && c - e <= 30 && !tokens.slice(e, c).some((y) => y.text === ',' || y.text === ';') && roleAsBefore(doc, f, s.tokenFrom);
      }) : undefined;
      if (t && !claimed.has(t) && firstOf.get(run) === run.from) {
        claimed.add(t);
        chain.titles.unshift(t);
      }
    }
    // 2. Appositives: "Name, Title, Title …" up to a word that is none of these.
    for (const run of runs) {
      const chain = chains.get(run)!;
      let k = run.to;
      // "Bui Van Nam of Vietnam": the country the person is of.
      if (k + 1 < s.tokenTo && tokens[k].lower === 'of') {
        const c = countryAt.get(tokenEndOfCountry(k + 1));
        if (c && c.from === k + 1 && !c.adjective && (chain.rank || chain.titles.length)) chain.country ??= c.code;
      }
      let took = false;
      while (k < s.tokenTo) {
        const sep = tokens[k];
        if (!APPOSITIVE_SEPARATORS.has(sep.lower)) break;
        let q = k + 1;
        if (q < s.tokenTo && tokens[q].lower === 'kiêm') q++;
        // "Le Thi Hoa, who is also chairwoman of …"; "Bộ trưởng Bộ Công an (nay là Chủ tịch nước)"
        const also = sep.text === ',' || sep.text === '(' ? cuesIn(doc, q, Math.min(s.tokenTo, q + 3)).find((h) => h.from === q && h.cues.has('roleAs')) : undefined;
        if (also && titleStart.has(also.to)) q = also.to;
        const t = titleStart.get(q);
        const r = rankStart.get(q);
        if (t && !claimed.has(t)) {
          const end = titleSpan.get(t)![1];
          if (runStarts.has(end)) break;
          claimed.add(t);
          chain.titles.push(t);
          k = end;
          took = true;
        } else if (r && !claimedRanks.has(r)) {
          const end = rankSpan.get(r)![1];
          if (runStarts.has(end)) break;
          claimedRanks.add(r);
          chain.rank ??= r;
          k = end;
          took = true;
        } else break;
      }
      if (took && !chain.rank && !chain.honorific && chain.titles.length && run.words < 2 && !isForeignWord(tokens[run.from])) {
        // One Vietnamese syllable before a comma is rarely a name without a title before it.
        chain.titles = [];
      }
    }
    // 3. Titles listed before a rank or title across commas: "Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an, Đại tướng Tô Lâm".
    for (const run of runs) {
      const chain = chains.get(run)!;
      const first = firstOf.get(run)!;
      if (first < run.from) prefix(first - 1, chain, true);
    }
    for (const run of runs) {
      const chain = chains.get(run)!;
      if (chain.rank || chain.titles.length || chain.honorific) anchored.push({ run, chain, sentence: index });
      else loose.push({ run, sentence: index });
    }
  }

  const text = (r: Run): string => doc.text.slice(tokens[r.from].start, tokens[r.to - 1].end);
  const out: PersonMention[] = anchored.map(({ run, chain, sentence }) => ({
    start: tokens[run.from].start,
    end: tokens[run.to - 1].end,
    name: text(run),
    rank: chain.rank,
    titles: chain.titles,
    honorific: chain.honorific,
    country: chain.country ?? chain.titles.find((t) => t.country)?.country ?? null,
    sentence,
  }));

  // 4. Repeats of names already found: every word of the run is a word of one known name.
  const known = out.map((p) => nameWords(p.name));
  // English press names Vietnamese officials by the given name alone ("Lam", "Son", "Vu").
  const givenNames = new Set(doc.language === 'en'
    ? known.filter((k) => k.length >= 2 && SURNAMES.has(k[0])).map((k) => k[k.length - 1]) : []);
  const taken = new Set(out.map((p) => p.start));
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
    const words = nameWords(text(run));
    if (!words.length) continue;
    if (words.length === 1 && (words[0].length < 4 || !isForeignWord(tokens[run.from])) && !givenNames.has(words[0])) continue;
    if ((knownByWord.get(words[0]) ?? []).some((k) => words.every((w) => k.includes(w)))) {
      out.push({ start: tokens[run.from].start, end: tokens[run.to - 1].end, name: text(run), rank: null, titles: [], honorific: false, country: null, sentence });
      taken.add(tokens[run.from].start);
    }
  }

  // 5. Names a plugin's finder proposes (several words, none of them claimed by another recognizer).
  if (lexicon.nameFinders.length) {
    const runAt = new Map<number, { run: Run; sentence: number }>();
    for (const l of loose) runAt.set(tokens[l.run.from].start, l);
    for (const finder of lexicon.nameFinders) {
      let ranges: Array<{ start: number; end: number }> = [];
      try {
        ranges = finder(doc.text);
      } catch {
        ranges = [];
      }
      for (const r of ranges) {
        const l = runAt.get(r.start);
        if (!l || taken.has(r.start) || l.run.words < 2) continue;
        out.push({ start: r.start, end: tokens[l.run.to - 1].end, name: text(l.run), rank: null, titles: [], honorific: false, country: null, sentence: l.sentence });
        taken.add(r.start);
      }
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

/** Whether a cue such as "in his capacity as", "who is also" ends right before token `i`. */
function roleAsBefore(doc: Doc, i: number, floor: number): boolean {
  const h = cueBefore(doc, i, 'roleAs', 4, floor);
  return !!h && h.to === i;
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
    NAME_WORDS.set(name, (words = fold(name).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1)));
  }
  return words;
}

// A word with none of Vietnamese's own letters or tone marks reads as foreign ("Antonov").
const VIETNAMESE_MARKS = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;
function isForeignWord(t: Token): boolean {
  return t.text.length >= 4 && !VIETNAMESE_MARKS.test(t.text);
}
