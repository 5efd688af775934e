/**
 * Organizations: known bodies from the lexicon, and unknown ones by pattern — a head word
 * ("Bộ", "Ủy ban", "Ministry") and a capitalised name ("Bộ Nội vụ Campuchia", "Ministry of
 * Emergency Situations"). The country is the one the text names right after ("… Liên bang
 * Nga", "… of Russia") or before in English ("Russian …", "China's …"); else the entry's
 * own; else, for a generic state body in a Vietnamese article, Vietnam (the press names
 * foreign bodies with their country and its own without).
 */
import { firstWordIds } from '../engine/phrases.js';
import { tokenAt, type Token } from '../engine/tokens.js';
import type { OrganizationEntry } from '../plugin.js';
import type { Analysis, Doc, OrganizationInfo, OrganizationMention } from '../pipeline/types.js';
import type { OrganizationKind } from '../schema.js';
import { contentSentences, fold, isAcronym } from './people/common.js';

// Lower-case words that may join two parts of a Vietnamese body's name.
const VI_JOIN = new Set(['và']);
// Kinds that default to the article's own country when the text names none.
const STATE_KINDS = new Set<OrganizationKind>(['ministry', 'agency', 'committee', 'armed_forces', 'government', 'parliament', 'party']);

/** A country named right after token `i` (optionally after "của", "nước", "of", "of the"). */
export function countryAfter(doc: Doc, i: number, limit: number): { code: string; to: number } | null {
  const { tokens, lexicon } = doc;
  let j = i;
  for (let k = 0; k < 2 && j < limit; k++) {
    const w = tokens[j].lower;
    if (w === 'của' || w === 'nước' || w === 'of' || (w === 'the' && k === 1)) j++;
    else break;
  }
  if (j >= limit) return null;
  let m = lexicon.countries.matchAt(tokens, j, limit);
  // "Cộng hòa Chile", "Vương quốc Thái Lan": a state's form before a name the lexicon has alone.
  if (!m && tokens[j].cap) {
    const form = lexicon.eventCues.matchAt(tokens, j, limit);
    if (form?.value.has('countryPrefix') && form.to < limit) {
      const named = lexicon.countries.matchAt(tokens, form.to, limit);
      if (named && tokens[form.to].cap) m = { ...named, from: j, start: tokens[j].start };
    }
  }
  if (!m || m.value.adjective) return null;
  const first = tokens[m.from];
  if (!first.cap && !/^(?:nước|the)$/.test(first.lower)) return null;
  return { code: m.value.entry.code, to: m.to };
}

/** A country adjective or possessive right before token `i`: "Russian", "Vietnam's", "Russia's". */
export function countryBefore(doc: Doc, i: number, from: number): { code: string; from: number } | null {
  const { tokens, lexicon } = doc;
  let j = i - 1;
  // "Russia's" / "Russia’s": name + apostrophe + s
  if (j - 2 >= from && tokens[j].lower === 's' && /^['’]$/.test(tokens[j - 1].text)) j -= 2;
  for (let len = 1; len <= 4 && j - len + 1 >= from; len++) {
    const start = j - len + 1;
    const m = lexicon.countries.matchAt(tokens, start, j + 1);
    if (m && m.to === j + 1 && tokens[start].cap) return { code: m.value.entry.code, from: start };
  }
  return null;
}

function infoOf(entry: OrganizationEntry, name: string, country: string | null): OrganizationInfo {
  return {
    name,
    english: entry.english,
    acronym: entry.acronym,
    country,
    kind: entry.kind,
    key: `${fold(entry.english)}|${country ?? ''}`,
  };
}

/** Builds the mention of a known body found at tokens [from, to), with its country. */
export function knownMention(
  doc: Doc, entry: OrganizationEntry, from: number, to: number, limit: number, sentFrom: number, assumeVN = true,
): OrganizationMention {
  const { tokens } = doc;
  let end = to;
  let country = entry.country;
  const after = countryAfter(doc, to, limit);
  if (after) {
    country = after.code;
    end = after.to;
  } else if (doc.language === 'en') {
    const before = countryBefore(doc, from, sentFrom);
    if (before) country = before.code;
  }
  let assumed = false;
  if (!country && assumeVN && doc.language === 'vi' && STATE_KINDS.has(entry.kind)) {
    country = 'VN';
    assumed = true;
  }
  const name = doc.text.slice(tokens[from].start, tokens[end - 1].end);
  const org = infoOf(entry, name, country);
  if (assumed) org.countryAssumed = true;
  return { start: tokens[from].start, end: tokens[end - 1].end, org };
}

/** Vietnamese name parts: a capitalised syllable with at most one lower-case syllable after it. */
function viNameEnd(doc: Doc, i: number, limit: number): number {
  const { tokens } = doc;
  let j = i;
  let parts = 0;
  while (j < limit && parts < 6) {
    const t = tokens[j];
    // "Quân khu 7", "Sư đoàn 304": units are named by their number.
    if (t.kind === 'num' && j === i && !t.lineBefore) return j + 1;
    if (t.kind !== 'word' || t.lineBefore) break;
    // The country closes the name: "Bộ Nội vụ | Liên bang Nga".
    if (doc.lexicon.countries.matchAt(tokens, j, limit)) break;
    // So do a rank or title: "Bộ Công an và | Đại tướng …".
    if (doc.lexicon.ranks.matchAt(tokens, j, limit) || doc.lexicon.titles.matchAt(tokens, j, limit)) break;
    if (isAcronym(t)) {
      j++;
      parts++;
      continue;
    }
    if (!t.cap) {
      if (parts > 0 && VI_JOIN.has(t.lower) && j + 2 < limit && tokens[j + 1].cap && !tokens[j + 2].cap && tokens[j + 2].kind === 'word'
        && !doc.lexicon.ranks.matchAt(tokens, j + 1, limit) && !doc.lexicon.titles.matchAt(tokens, j + 1, limit)
        && !doc.lexicon.countries.matchAt(tokens, j + 1, limit)) {
        j++;
        continue;
      }
      break;
    }
    // Compound words of a body's name are "Capital lower" ("Nội vụ", "Điều tra"); a run of
    // capitals is a person's name or a place, not part of the body's name.
    const next = tokens[j + 1];
    if (!next || j + 1 >= limit || next.kind !== 'word' || next.cap || next.lineBefore) break;
    j += 2;
    parts++;
  }
  return parts ? j : i;
}

/** The end of a run of up to four capitalised words from token `i` (a place's name), stopping at a title, rank or country. */
function capitalRunEnd(doc: Doc, i: number, limit: number): number {
  const { tokens, lexicon } = doc;
  let j = i;
  while (j < limit && j - i < 4 && tokens[j].kind === 'word' && tokens[j].cap && !tokens[j].lineBefore
    && !lexicon.titles.matchAt(tokens, j, limit) && !lexicon.ranks.matchAt(tokens, j, limit) && !lexicon.countries.matchAt(tokens, j, limit)) j++;
  return j;
}

/** A title or rank starts at token `j`: "… Committee and | President of Cuba", "… of Vietnam | General …". */
function titleOrRankAt(doc: Doc, j: number, limit: number): boolean {
  const { tokens, lexicon } = doc;
  return j < limit && tokens[j].cap && (!!lexicon.titles.matchAt(tokens, j, limit) || !!lexicon.ranks.matchAt(tokens, j, limit));
}

function enNameEnd(doc: Doc, i: number, limit: number): number {
  const { tokens } = doc;
  let j = i;
  if (j < limit && tokens[j].lower === 'the') j++;
  const start = j;
  while (j < limit && j - start < 6) {
    const t = tokens[j];
    if (t.kind !== 'word' || t.lineBefore) break;
    // A title or rank ends the body's name: "Ministry of Public Security | General …".
    if (j > start && titleOrRankAt(doc, j, limit)) break;
    if (t.cap) j++;
    else if (t.lower === 'and' && j > start && tokens[j + 1]?.cap && !titleOrRankAt(doc, j + 1, limit)) j++;
    else break;
  }
  return j > start ? j : i;
}

const EN_BODY_TAIL = 3;
const EN_PREFIX = 4;

/** "the Military Medical | Department": capitalised words (no title, rank or country) right before a head, after `free`. */
function enNamePrefix(doc: Doc, i: number, free: number): number {
  const { tokens, lexicon } = doc;
  let b = i;
  while (b - 1 >= free && i - b < EN_PREFIX) {
    const t = tokens[b - 1];
    if (t.kind !== 'word' || !t.cap || t.lower === 'the') break;
    if (lexicon.countries.matchAt(tokens, b - 1, i) || lexicon.titles.matchAt(tokens, b - 1, i) || lexicon.ranks.matchAt(tokens, b - 1, i)) break;
    // The first word of a sentence is capitalised anyway.
    if (b - 1 === free && (b - 1 === 0 || tokens[b - 2].kind === 'punct')) break;
    b--;
  }
  return b;
}

/** A body of its own after "of": "(the) Vietnamese Ministry of …", "(the) Ministry of …". */
function parentBodyAt(doc: Doc, j: number, limit: number): boolean {
  const { tokens, lexicon } = doc;
  let k = j;
  if (k < limit && tokens[k].lower === 'the') k++;
  if (k >= limit || !tokens[k].cap) return false;
  const c = lexicon.countries.matchAt(tokens, k, limit);
  if (c?.value.adjective) k = c.to;
  else if (c) return false;
  return k < limit && (!!lexicon.organizations.matchAt(tokens, k, limit) || !!lexicon.organizationHeads.matchAt(tokens, k, limit));
}

/**
 * "Communist Party of Vietnam": a name that is its country ends there, unless a body word
 * follows within a few capitalised words ("Communist Party of Cuba Central Committee");
 * anything else after the country is a person or another name ("… of Vietnam Nguyen Phu Trong").
 */
function afterCountryInName(doc: Doc, to: number, limit: number): number {
  const { tokens, lexicon } = doc;
  for (let k = to; k < limit && k - to < EN_BODY_TAIL; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || !t.cap || t.lineBefore || titleOrRankAt(doc, k, limit)) break;
    const head = lexicon.organizationHeads.matchAt(tokens, k, limit);
    if (head) return head.to;
  }
  return to;
}

/** Index of the token (at or after `from`) that ends at offset `end`. */
export function endToken(tokens: readonly Token[], from: number, end: number): number {
  let j = from;
  while (j + 1 < tokens.length && tokens[j].end < end) j++;
  return j;
}

export function recognizeOrganizations(doc: Doc, a?: Analysis): OrganizationMention[] {
  void a;
  const { tokens, lexicon } = doc;
  const out: OrganizationMention[] = [];
  const ids = firstWordIds(tokens);
  for (const { s } of contentSentences(doc)) {
    let i = s.tokenFrom;
    // Tokens before `free` belong to a body already found.
    let free = s.tokenFrom;
    while (i < s.tokenTo) {
      // No body's name or head starts with this word.
      if (ids[i] < 0) {
        i++;
        continue;
      }
      const known = lexicon.organizations.startsWith(ids[i]) ? lexicon.organizations.matchAt(tokens, i, s.tokenTo) : null;
      const head = lexicon.organizationHeads.startsWith(ids[i]) ? lexicon.organizationHeads.matchAt(tokens, i, s.tokenTo) : null;
      // Read only where a body may start here.
      const firstCap = (known !== null || head !== null) && (tokens[i].cap || isAcronym(tokens[i]));
      let patternEnd = -1;
      let from = i;
      let ownCountry: string | null = null;
      let prefixOnly = false;
      if (head && firstCap) {
        if (doc.language === 'vi') {
          patternEnd = viNameEnd(doc, head.to, s.tokenTo);
          // "Công an tỉnh Nghệ An", "Công an thành phố Hải Phòng": a head ending in a lower-case word
          // of administration (after a compound, "an tỉnh") takes the place's name, a run of capitals.
          // ("Thiếu tướng Công an Đặng Minh Tuệ": "Công an" alone ends in its compound's own word.)
          const admin = head.to - head.from >= 3 && !tokens[head.to - 1].cap && !tokens[head.to - 2].cap;
          if (patternEnd <= head.to && admin) {
            patternEnd = capitalRunEnd(doc, head.to, s.tokenTo);
            // "Công an tỉnh Xiêng Khoảng": a province the gazetteer knows abroad is that country's.
            const place = lexicon.places.matchAt(tokens, head.to, patternEnd);
            if (place && place.to === patternEnd) ownCountry = place.value.country;
          }
        }
        else {
          from = enNamePrefix(doc, i, free);
          // "Main Directorate for Migration Affairs": "for" and a capital continue the name as "of" does.
          const of = head.to < s.tokenTo && (tokens[head.to].lower === 'of'
            || (tokens[head.to].lower === 'for' && head.to + 1 < s.tokenTo && tokens[head.to + 1].cap));
          // "Department of the Vietnamese Ministry of …": what follows "of" is a parent body.
          const parent = of && parentBodyAt(doc, head.to + 1, s.tokenTo);
          if (of && !parent) {
            // "Ministry of X of Y": the name stops at the country.
            let e = head.to + 1;
            const end = enNameEnd(doc, e, s.tokenTo);
            const own = countryAfter(doc, head.to, s.tokenTo);
            if (own) {
              e = afterCountryInName(doc, own.to, s.tokenTo);
              ownCountry = own.code;
            } else for (; e < end; e++) if (countryAfter(doc, e, s.tokenTo) && e > head.to + 1) break;
            patternEnd = e > head.to + 1 ? e : -1;
          } else if (from < i) {
            // "the Military Medical Department": capitalised words before the head name it.
            patternEnd = head.to + 1;
            prefixOnly = true;
          }
        }
        if (patternEnd <= head.to) patternEnd = -1;
      }
      if (known && firstCap && (patternEnd < 0 || known.to >= patternEnd)) {
        const m = knownMention(doc, known.value, known.from, known.to, s.tokenTo, s.tokenFrom);
        out.push(m);
        i = Math.max(known.to, endToken(tokens, i, m.end) + 1);
        free = i;
        continue;
      }
      if (head && patternEnd > 0) {
        if (prefixOnly) patternEnd = head.to;
        const entry: OrganizationEntry = {
          names: [doc.text.slice(tokens[from].start, tokens[patternEnd - 1].end)],
          afterTitle: [],
          english: `${head.value.english} ${doc.text.slice(tokens[head.to].start, tokens[patternEnd - 1].end)}`,
          acronym: null,
          country: ownCountry,
          kind: head.value.kind,
        };
        const m = knownMention(doc, entry, from, patternEnd, s.tokenTo, s.tokenFrom);
        // Unknown bodies keep their own words as identity.
        m.org.key = `${fold(entry.names[0])}|${m.org.country ?? ''}`;
        m.org.english = doc.language === 'en' ? entry.names[0] : null;
        out.push(m);
        i = endToken(tokens, i, m.end) + 1;
        free = i;
        continue;
      }
      i++;
    }
  }
  parentCountries(doc, out);
  return out;
}

/**
 * A body whose country was only assumed takes the country of the parent body named right
 * after it, behind a comma or an "under" word ("Cục Cảnh sát Điều tra, Bộ An ninh Lào",
 * "Cục X thuộc Bộ Nội vụ Campuchia"), along a chain of such bodies from the last one back.
 */
function parentCountries(doc: Doc, out: OrganizationMention[]): void {
  const { tokens, lexicon } = doc;
  for (let n = out.length - 2; n >= 0; n--) {
    const m = out[n];
    const parent = out[n + 1];
    if (!m.org.countryAssumed || !parent.org.country || parent.org.countryAssumed) continue;
    let k = tokenAt(tokens, m.end);
    const p = tokenAt(tokens, parent.start);
    if (k < p && tokens[k].text === ',') k++;
    const under = k < p ? lexicon.eventCues.matchAt(tokens, k, p) : null;
    if (under?.value.has('under')) k = under.to;
    if (k !== p || k === tokenAt(tokens, m.end) || tokens[p].lineBefore) continue;
    const country = parent.org.country;
    out[n] = { ...m, org: { ...m.org, country, countryAssumed: false, key: m.org.key.replace(/\|[A-Z]*$/, `|${country}`) } };
  }
}
