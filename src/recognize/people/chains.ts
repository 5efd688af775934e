/**
 * Chains: the rank, titles, honorific and country each name run of one sentence takes from the
 * mentions around it. In lists each rank and title goes to its own person: titles right before
 * a name are that name's; titles after "Name," belong to it unless they lead straight into
 * another name. Kept in functions of their own (not closures of the recogniser): V8 compiled
 * the one large function anew at each of its deoptimisations, ~150 ms of CPU each time.
 */
import { tokenAt, type Token } from '../../engine/tokens.js';
import { isDashText } from '../../engine/chars.js';
import type { Doc, RankMention, Sentence, TitleMention } from '../../pipeline/types.js';
import { cueBefore, cuesIn } from '../cues.js';
import type { Run } from './runs.js';

export interface Chain {
  rank: RankMention | null;
  titles: TitleMention[];
  honorific: boolean;
  country: string | null;
}

/** A country mention by its last token: its code, whether it is an adjective, its first token. */
export interface CountryAt {
  code: string;
  adjective: boolean;
  from: number;
}

const AND = new Set(['and', 'và']);
const APPOSITIVE_SEPARATORS = new Set([',', '–', '-', '—', '(', 'kiêm', 'cum', ';']);

// Shared empty look-ups for sentences without titles or ranks: nothing is ever added to these.
const NO_TITLES: Map<number, TitleMention> = new Map();
const NO_RANKS: Map<number, RankMention> = new Map();
const NO_SPANS: Map<unknown, [number, number]> = new Map();

/** One sentence's mentions by token, and the titles and ranks its runs have claimed so far. */
interface SentenceMentions {
  doc: Doc;
  tokens: readonly Token[];
  from: number;
  to: number;
  titles: readonly TitleMention[];
  titleEnd: Map<number, TitleMention>;
  titleStart: Map<number, TitleMention>;
  titleSpan: Map<TitleMention, [number, number]>;
  rankEnd: Map<number, RankMention>;
  rankStart: Map<number, RankMention>;
  rankSpan: Map<RankMention, [number, number]>;
  honorificAt: Map<number, number>;
  countryAt: Map<number, CountryAt>;
  claimed: Set<TitleMention>;
  claimedRanks: Set<RankMention>;
  runStarts: Set<number>;
}

/** What the chains of one sentence are made from. */
export interface SentenceInput {
  doc: Doc;
  s: Sentence;
  /** The sentence's name runs, in order. */
  runs: readonly Run[];
  titles: readonly TitleMention[];
  ranks: readonly RankMention[];
  /** Honorifics by their last token: the first token. */
  honorificAt: Map<number, number>;
  countryAt: Map<number, CountryAt>;
}

/**
 * Each run's chain (in the order of `runs`): direct prefixes, then appositives, then titles
 * listed before a prefix across commas.
 */
export function chainsOf(input: SentenceInput): Chain[] {
  const { runs } = input;
  const m = indexMentions(input);
  const chains: Chain[] = [];
  const firsts: number[] = [];
  // 1. Direct prefixes.
  for (const run of runs) {
    const chain: Chain = { rank: null, titles: [], honorific: false, country: null };
    const first = prefix(m, run.from - 1, chain, false);
    chains.push(chain);
    firsts.push(first);
    // "In his capacity as chairman of …, Chien": a title in apposition before the comma.
    const t = first === run.from ? titleBeforeComma(m, run.from - 1) : undefined;
    if (t && !m.claimed.has(t)) {
      m.claimed.add(t);
      chain.titles.unshift(t);
    }
  }
  // 2. Appositives: "Name, Title, Title …" up to a word that is none of these.
  for (let i = 0; i < runs.length; i++) appositives(m, runs[i], chains[i]);
  // 3. Titles listed before a rank or title across commas: "Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an, Đại tướng Tô Lâm".
  for (let i = 0; i < runs.length; i++) {
    if (firsts[i] < runs[i].from) prefix(m, firsts[i] - 1, chains[i], true);
  }
  return chains;
}

function indexMentions({ doc, s, runs, titles, ranks, honorificAt, countryAt }: SentenceInput): SentenceMentions {
  const m: SentenceMentions = {
    doc,
    tokens: doc.tokens,
    from: s.tokenFrom,
    to: s.tokenTo,
    titles,
    titleEnd: titles.length ? new Map() : NO_TITLES,
    titleStart: titles.length ? new Map() : NO_TITLES,
    titleSpan: titles.length ? new Map() : NO_SPANS,
    rankEnd: ranks.length ? new Map() : NO_RANKS,
    rankStart: ranks.length ? new Map() : NO_RANKS,
    rankSpan: ranks.length ? new Map() : NO_SPANS,
    honorificAt,
    countryAt,
    claimed: new Set(),
    claimedRanks: new Set(),
    runStarts: new Set(runs.map((r) => r.from)),
  };
  // Title and rank mentions by their last and first token.
  byTokens(m, titles, m.titleEnd, m.titleStart, m.titleSpan);
  byTokens(m, ranks, m.rankEnd, m.rankStart, m.rankSpan);
  return m;
}

/** Files each mention under its last and first token, with its token range [first, last + 1). */
function byTokens<T extends { start: number; end: number }>(
  m: SentenceMentions, xs: readonly T[], byEnd: Map<number, T>, byStart: Map<number, T>, span: Map<T, [number, number]>,
): void {
  for (const x of xs) {
    const f = tokenOf(m, x.start, true);
    const e = tokenOf(m, x.end, false);
    byEnd.set(e, x);
    byStart.set(f, x);
    span.set(x, [f, e + 1]);
  }
}

/**
 * By binary search (a scan per mention made long sentences quadratic): the first token of the
 * sentence starting at or after `offset`, or the first one ending at or after it.
 */
function tokenOf(m: SentenceMentions, offset: number, first: boolean): number {
  let k = tokenAt(m.tokens, offset);
  if (first) return Math.min(m.to, Math.max(m.from, k));
  if (k > 0 && m.tokens[k - 1].end >= offset) k--;
  return Math.min(m.to - 1, Math.max(m.from, k));
}

/** The rank, titles and honorific written right before token `k` (inclusive), walking back. */
function prefix(m: SentenceMentions, k: number, chain: Chain, acrossCommas: boolean): number {
  const { tokens, titleEnd, titleStart, rankEnd, claimed } = m;
  let first = k + 1;
  while (k >= m.from) {
    const t = titleEnd.get(k);
    const r = rankEnd.get(k);
    const h = m.honorificAt.get(k);
    const c = m.countryAt.get(k);
    if (t && !claimed.has(t)) {
      claimed.add(t);
      chain.titles.unshift(t);
      first = m.titleSpan.get(t)![0];
      k = first - 1;
    } else if (r && !m.claimedRanks.has(r)) {
      m.claimedRanks.add(r);
      if (!chain.rank) chain.rank = r;
      first = m.rankSpan.get(r)![0];
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
    } else if (k > m.from && isDashText(tokens[k].text) && (titleEnd.has(k - 1) || rankEnd.has(k - 1))) {
      k--;
    } else if (k > m.from && AND.has(tokens[k].lower) && titleStart.has(k + 1) && titleEnd.has(k - 1) && !claimed.has(titleEnd.get(k - 1)!)
      && titleEnd.get(k - 1)!.entry.role !== titleStart.get(k + 1)!.entry.role) {
      // "Politburo member and Minister of Public Security To Lam": titles joined by "and"
      // ("Bộ trưởng Bộ Công an và Bộ trưởng X": the same title twice is two people).
      k--;
    } else if (acrossCommas && tokens[k].text === ',' && k > m.from && (titleEnd.has(k - 1) || rankEnd.has(k - 1))
      && !claimed.has(titleEnd.get(k - 1)!)) {
      k--;
    } else break;
  }
  return first;
}

/**
 * A title in apposition before the comma at token `c` ("In his capacity as chairman of …,
 * Chien"). The title's body may run on to the comma ("chairman of the Vietnam sub-committee of …, Chien").
 */
function titleBeforeComma(m: SentenceMentions, c: number): TitleMention | undefined {
  const { tokens } = m;
  if (tokens[c]?.text !== ',') return undefined;
  return m.titles.find((x) => {
    const [f, e] = m.titleSpan.get(x)!;
    return e <= c && c - e <= 30 && !tokens.slice(e, c).some((y) => y.text === ',' || y.text === ';') && roleAsBefore(m.doc, f, m.from);
  });
}

/** Whether a cue such as "in his capacity as", "who is also" ends right before token `i`. */
function roleAsBefore(doc: Doc, i: number, floor: number): boolean {
  const h = cueBefore(doc, i, 'roleAs', 4, floor);
  return !!h && h.to === i;
}

/** The last token of the country mention whose first token is `f`, or -1. */
function countryEndingFrom(m: SentenceMentions, f: number): number {
  for (const [e, c] of m.countryAt) if (c.from === f) return e;
  return -1;
}

/** "Name, Title, Title …", "Name (Title)", "Name of Country": what follows a run and is its own. */
function appositives(m: SentenceMentions, run: Run, chain: Chain): void {
  const { tokens } = m;
  let k = run.to;
  // "Bui Van Nam of Vietnam": the country the person is of.
  if (k + 1 < m.to && tokens[k].lower === 'of') {
    const c = m.countryAt.get(countryEndingFrom(m, k + 1));
    if (c && c.from === k + 1 && !c.adjective && (chain.rank || chain.titles.length)) chain.country ??= c.code;
  }
  let took = false;
  while (k < m.to) {
    const sep = tokens[k];
    if (!APPOSITIVE_SEPARATORS.has(sep.lower)) break;
    let q = k + 1;
    if (q < m.to && tokens[q].lower === 'kiêm') q++;
    // "Le Thi Hoa, who is also chairwoman of …"; "Bộ trưởng Bộ Công an (nay là Chủ tịch nước)"
    const also = sep.text === ',' || sep.text === '(' ? cuesIn(m.doc, q, Math.min(m.to, q + 3)).find((h) => h.from === q && h.cues.has('roleAs')) : undefined;
    if (also && m.titleStart.has(also.to)) q = also.to;
    const t = m.titleStart.get(q);
    const r = m.rankStart.get(q);
    if (t && !m.claimed.has(t)) {
      const end = m.titleSpan.get(t)![1];
      if (m.runStarts.has(end)) break;
      m.claimed.add(t);
      chain.titles.push(t);
      k = end;
      took = true;
    } else if (r && !m.claimedRanks.has(r)) {
      const end = m.rankSpan.get(r)![1];
      if (m.runStarts.has(end)) break;
      m.claimedRanks.add(r);
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

// A word with none of Vietnamese's own letters or tone marks reads as foreign ("Antonov").
const VIETNAMESE_MARKS = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;
export function isForeignWord(t: Token): boolean {
  return t.text.length >= 4 && !VIETNAMESE_MARKS.test(t.text);
}
