/**
 * Titles with the body they attach to: "Bộ trưởng Bộ Công an", "Bộ trưởng Công an",
 * "Bộ trưởng Nội vụ Nga" (country RU), "Deputy Minister of Public Security of the Socialist
 * Republic of Vietnam", "Russian Defense Minister". A secretary of a security council is
 * the council's secretary (security_council_secretary). An ambassador's country is the one
 * before "tại"/"in"; the posting after it is part of the title's text.
 */
import { firstWordIds, type PhraseMatch } from '../engine/phrases.js';
import { tokenAt } from '../engine/tokens.js';
import type { OrganizationEntry, TitleEntry } from '../plugin.js';
import type { Analysis, Doc, OrganizationMention, TitleMention } from '../pipeline/types.js';
import { countryAfter, countryBefore, endToken, knownMention } from './organizations.js';
import { capitalOk, contentSentences, fold } from './people/common.js';
import { cueBefore, cuesIn } from './cues.js';

// Roles that a body turns into a more specific one.
const SECRETARY: Record<string, { role: TitleEntry['role']; english: string }> = {
  Secretary: { role: 'security_council_secretary', english: 'Secretary of the Security Council' },
  'Deputy Secretary': { role: 'deputy_security_council_secretary', english: 'Deputy Secretary of the Security Council' },
  'Permanent Deputy Secretary': { role: 'deputy_security_council_secretary', english: 'Permanent Deputy Secretary of the Security Council' },
};
const LINKS_VI = new Set(['của']);
// "và" (and): joins two bodies' words after a title.
const VI_AND = new Set(['và']);
const LINKS_EN = new Set(['of', 'for']);
const POSTING = new Set(['tại', 'in', 'to']);

function refine(entry: TitleEntry, org: OrganizationMention | null): TitleEntry {
  if (!org) return entry;
  // "First Secretary of the Communist Party of Cuba Central Committee" leads the party.
  if (entry.english === 'First Secretary' && org.org.kind === 'party') {
    return { ...entry, role: 'party_general_secretary', english: 'First Secretary' };
  }
  const sec = SECRETARY[entry.english];
  if (sec && org.org.kind === 'council' && /security/i.test(org.org.english ?? org.org.name)) {
    return { ...entry, role: sec.role, english: sec.english };
  }
  return entry;
}

/**
 * A known body named only by the title's words is called by its full name, in the form
 * the text's words give: "Minister of Defence" → "Ministry of Defence", "Minister of Public
 * Security" → "Ministry of Public Security", "Foreign Minister" → "Foreign Ministry",
 * "Bộ trưởng Công an" → "Bộ Công an"; else the entry's first name. The span stays the words
 * that name it.
 */
function fullName(m: OrganizationMention, entry: OrganizationEntry, words: string): OrganizationMention {
  const n = words.split(' ').length;
  const ministry = words.replace(/\bMinister$/, 'Ministry');
  const name = entry.names.find((x) => x === ministry)
    ?? entry.names.find((x) => x.endsWith(` ${words}`) && x.split(' ').length - n <= 2)
    ?? entry.names[0];
  return name ? { ...m, org: { ...m.org, name } } : m;
}

const MAX_JOINED = 5;

/**
 * "Bộ trưởng Tư pháp và Nội vụ Mông Cổ": a body's words after a title, "và" (and) and
 * capitalised words that a country closes name one body of that country ("Bộ Tư pháp và
 * Nội vụ"), not the first body alone. Another title or rank after "và", or no country
 * closing the words, leaves them apart.
 */
function viJoined(doc: Doc, short: PhraseMatch<OrganizationEntry>, limit: number): OrganizationMention | null {
  const { tokens, lexicon } = doc;
  const and = short.to;
  const first = and + 1;
  if (first >= limit || !VI_AND.has(tokens[and].lower) || !tokens[first].cap) return null;
  let e = first;
  let country: { code: string; to: number } | null = null;
  while (e < limit && e - first < MAX_JOINED) {
    const t = tokens[e];
    if (t.kind !== 'word' || t.lineBefore || lexicon.titles.matchAt(tokens, e, limit) || lexicon.ranks.matchAt(tokens, e, limit)) return null;
    if (e > first && (country = countryAfter(doc, e, limit)) && tokens[e].cap) break;
    if (lexicon.countries.matchAt(tokens, e, limit)) return null;
    e++;
  }
  if (!country || e === first) return null;
  const words = doc.text.slice(tokens[short.from].start, tokens[e - 1].end);
  const own = doc.text.slice(tokens[short.from].start, tokens[and - 1].end);
  const head = short.value.names.find((n) => n.endsWith(` ${own}`));
  const name = head ? `${head.slice(0, head.length - own.length)}${words}` : words;
  const second = lexicon.organizationsAfterTitle.matchAt(tokens, first, e);
  const prefix = 'Ministry of ';
  const english = second && second.to === e && short.value.english.startsWith(prefix) && second.value.english.startsWith(prefix)
    ? `${short.value.english} and ${second.value.english.slice(prefix.length)}` : null;
  const entry: OrganizationEntry = { ...short.value, names: [name], afterTitle: [], english: english ?? name, acronym: null, country: null };
  const om = knownMention(doc, entry, short.from, e, limit, short.from, false);
  return { ...om, org: { ...om.org, name, english, key: `${fold(name)}|${om.org.country ?? ''}` } };
}

export function recognizeTitles(doc: Doc, a: Analysis): TitleMention[] {
  const { tokens, lexicon } = doc;
  const orgByStart = new Map<number, OrganizationMention>();
  for (const o of a.organizations) orgByStart.set(o.start, o);
  const out: TitleMention[] = [];
  const links = doc.language === 'vi' ? LINKS_VI : LINKS_EN;
  const securityCouncil = a.organizations.find((o) => o.org.kind === 'council' && /security/i.test(o.org.english ?? '')) ?? null;

  // A title never starts inside a country's name: "Trung Quốc Vương Văn Đào" holds no "Quốc vương" (king).
  // Tokens where no title starts, by index (a mark per token: a number-keyed Set look-up per
  // token hashed every index).
  const noTitle = new Uint8Array(tokens.length);
  const ids = firstWordIds(tokens);
  for (const c of a.countries) {
    for (let k = tokenAt(tokens, c.start) + 1; k < tokens.length && tokens[k].start < c.end; k++) noTitle[k] = 1;
  }

  for (const { s } of contentSentences(doc)) {
    // Nor inside a building's name: "Phủ Chủ tịch" (Presidential Palace) holds no "Chủ tịch".
    for (const h of cuesIn(doc, s.tokenFrom, s.tokenTo)) {
      if (h.cues.has('placeHead')) for (let k = h.from + 1; k < h.to; k++) noTitle[k] = 1;
    }
    let i = s.tokenFrom;
    while (i < s.tokenTo) {
      const m = noTitle[i] || !lexicon.titles.startsWith(ids[i]) ? null : lexicon.titles.matchAt(tokens, i, s.tokenTo);
      // "in his capacity as chairman of …", "who is also chairman of …": a lower-case title in apposition.
      const lowered = !!m && !capitalOk(m.value.text, tokens[i]);
      const roleAs = lowered ? cueBefore(doc, i, 'roleAs', 4, s.tokenFrom) : null;
      // Some Vietnamese outlets write titles in lower case: "Vũ Trung Kiên, tư lệnh Cảnh sát biển
      // Việt Nam". Right after a name and its comma, with a body or country after it, it is one.
      const apposed = lowered && doc.language === 'vi' && i - 2 >= s.tokenFrom && tokens[i - 1].text === ','
        && tokens[i - 2].kind === 'word' && tokens[i - 2].cap && m!.to < s.tokenTo && tokens[m!.to].cap;
      if (!m || (lowered && !apposed && !(roleAs && roleAs.to === i && m.value.takesOrganization
        && m.to < s.tokenTo && links.has(tokens[m.to].lower)))) {
        i++;
        continue;
      }
      // "hai Thủ tướng", "các Bộ trưởng": a count makes the title a common noun, nobody's title.
      const plural = cueBefore(doc, i, 'plural', 2, s.tokenFrom);
      if (plural && plural.to === i) {
        i = m.to;
        continue;
      }
      const entry0 = m.value;
      let start = m.from;
      let j = m.to;
      let country: string | null = null;
      let org: OrganizationMention | null = null;
      if (doc.language !== 'vi') {
        const before = countryBefore(doc, m.from, s.tokenFrom);
        if (before) {
          country = before.code;
          start = before.from;
        }
      }
      if (entry0.takesOrganization && j < s.tokenTo) {
        let k = j;
        if (links.has(tokens[k].lower)) k++;
        // "of the …", "Tổng Tham mưu trưởng các Lực lượng vũ trang" (plural article)
        if (k < s.tokenTo && (tokens[k].lower === 'the' || tokens[k].lower === 'các')) k++;
        const known = k < s.tokenTo ? orgByStart.get(tokens[k].start) : undefined;
        if (known) {
          org = known;
          j = endToken(tokens, k, known.end) + 1;
        } else if (k < s.tokenTo) {
          const short = lexicon.organizationsAfterTitle.matchAt(tokens, k, s.tokenTo);
          // "Minister of Justice and Home Affairs": two bodies' words joined make one body of its own.
          const joined = short && doc.language !== 'vi' && tokens[k].cap && short.to + 1 < s.tokenTo && tokens[short.to].lower === 'and' && tokens[short.to + 1].cap
            ? lexicon.organizationsAfterTitle.matchAt(tokens, short.to + 1, s.tokenTo) : null;
          if (short && joined) {
            const words = doc.text.slice(tokens[short.from].start, tokens[joined.to - 1].end);
            const name = `Ministry of ${words}`;
            const entry: OrganizationEntry = { ...short.value, names: [name], afterTitle: [], english: name, acronym: null, country: null };
            const om = knownMention(doc, entry, short.from, joined.to, s.tokenTo, s.tokenFrom, false);
            org = { ...om, org: { ...om.org, name, key: `${fold(name)}|${om.org.country ?? ''}` } };
            j = endToken(tokens, k, org.end) + 1;
          } else if (short && tokens[k].cap && doc.language === 'vi' && (org = viJoined(doc, short, s.tokenTo)) !== null) {
            j = endToken(tokens, k, org.end) + 1;
          } else if (short && tokens[k].cap) {
            org = knownMention(doc, short.value, short.from, short.to, s.tokenTo, s.tokenFrom, false);
            org = fullName(org, short.value, doc.text.slice(tokens[short.from].start, tokens[short.to - 1].end));
            j = endToken(tokens, k, org.end) + 1;
          } else if (doc.language !== 'vi' && links.has(tokens[j].lower)) {
            // "Chief of Defence Forces of the Royal Thai Armed Forces General X": a body no pattern
            // knows, in capitalised words running up to a rank, is part of the title's words.
            let e = k;
            while (e < s.tokenTo && e - k < 6 && tokens[e].kind === 'word' && tokens[e].cap && !tokens[e].lineBefore
              && !lexicon.ranks.matchAt(tokens, e, s.tokenTo)) e++;
            // "Commander of the Border Guard Troops, Colonel General X": a comma before the rank.
            const rankAt = e + 1 < s.tokenTo && tokens[e].text === ',' ? e + 1 : e;
            if (e > k && rankAt < s.tokenTo && lexicon.ranks.matchAt(tokens, rankAt, s.tokenTo)) {
              for (let x = k; x < e && !country; x++) {
                const c = lexicon.countries.matchAt(tokens, x, e);
                if (c) country = c.value.entry.code;
              }
              j = e;
            }
          }
        }
      }
      // "Director of the Foreign Relations Department of the Ministry of National Defence": the
      // parent body named after the title's body belongs to the title's words.
      if (org && doc.language !== 'vi' && j + 1 < s.tokenTo && links.has(tokens[j].lower)) {
        const k = tokens[j + 1].lower === 'the' ? j + 2 : j + 1;
        const parent = k < s.tokenTo ? orgByStart.get(tokens[k].start) : undefined;
        if (parent) j = endToken(tokens, k, parent.end) + 1;
      }
      // "Governor of Saint Petersburg", "Mayor of Moscow": a city or province after the title is its words.
      if (!org && entry0.takesOrganization && doc.language !== 'vi' && j === m.to && j + 1 < s.tokenTo && tokens[j].lower === 'of') {
        const place = tokens[j + 1].cap ? lexicon.places.matchAt(tokens, j + 1, s.tokenTo) : null;
        if (place) {
          j = place.to;
          country ??= place.value.country ?? null;
        }
      }
      // "Ủy viên Bộ Chính trị Đảng Nhân dân Cách mạng Lào": a party title takes the party named after it.
      if (!org && !entry0.takesOrganization && j < s.tokenTo) {
        const party = orgByStart.get(tokens[j].start);
        if (party && party.org.kind === 'party') {
          org = party;
          j = endToken(tokens, j, party.end) + 1;
        }
      }
      if (!org && entry0.organization) {
        const e = lexicon.organizationList.find((o) => o.english === entry0.organization);
        // "Russian Security Council Secretary": the body is named inside the title's words.
        const inside = e && a.organizations.find((o) => o.org.kind === e.kind && o.start >= tokens[start].start && o.end <= tokens[m.to - 1].end);
        if (inside) org = inside;
        else if (e) {
          const om = knownMention(doc, e, m.from, m.to, s.tokenTo, s.tokenFrom, false);
          org = fullName({ ...om, start: tokens[start].start }, e, doc.text.slice(tokens[m.from].start, tokens[m.to - 1].end));
          j = Math.max(j, endToken(tokens, m.from, om.end) + 1);
        }
      }
      if (org?.org.country && !org.org.countryAssumed) country = org.org.country;
      // A country right after the title or its body: "Tổng thống Nga", "Thứ trưởng Quốc phòng Nga".
      const after = j < s.tokenTo ? countryAfter(doc, j, s.tokenTo) : null;
      if (after) {
        country = after.code;
        j = after.to;
        if (org && (!org.org.country || org.org.countryAssumed)) {
          org = { ...org, org: { ...org.org, country: after.code, countryAssumed: false, key: org.org.key.replace(/\|[A-Z]*$/, `|${after.code}`) } };
        }
      }
      // "Vietnamese Deputy Minister of National Defence": the title's country is its body's.
      if (country && org && (!org.org.country || org.org.countryAssumed)) {
        org = { ...org, org: { ...org.org, country, countryAssumed: false, key: org.org.key.replace(/\|[A-Z]*$/, `|${country}`) } };
      }
      // A secretary named without a body in an article about a security council is its secretary.
      // "Secretary of State at the Ministry of National Defence" (Cambodia, Laos, Thailand) is a
      // rank below the minister, as Russia's State Secretary; "US Secretary of State" heads a department.
      const junior = entry0.english === 'Secretary of State' && (org?.org.kind === 'ministry' || (j < s.tokenTo && tokens[j].lower === 'at'));
      const entry = junior ? { ...entry0, role: 'state_secretary' as const }
        : refine(entry0, org ?? (SECRETARY[entry0.english] ? securityCouncil : null));
      // "Đại sứ Liên bang Nga tại Việt Nam": the posting belongs to the title's words.
      if (entry.role === 'ambassador' && j < s.tokenTo && POSTING.has(tokens[j].lower)) {
        const posting = countryAfter(doc, j + 1, s.tokenTo);
        if (posting) j = posting.to;
      }
      out.push({ start: tokens[start].start, end: tokens[j - 1].end, entry, organization: org, country });
      i = j;
    }
  }
  return out;
}

