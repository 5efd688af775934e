/**
 * People: one Person per person. Mentions join when the words of one name are all words of
 * the other (folded; "Nikolai Patrushev" ⊂ "Patrushev Nikolai Platonovich", "Lâm" ⊂ "Tô Lâm");
 * a short form that fits several people goes to the one mentioned last before it. Rank and
 * titles merge across mentions (one title per role, the one naming its body preferred).
 *
 * Country, in order: named with the person ("Russian Defense Minister", "Bộ trưởng Nội vụ
 * Nga", "his Vietnamese counterpart"); a Vietnamese family name → VN; a foreign-looking
 * name → the foreign country the article names most; a body assumed Vietnamese.
 * Rank service: the lexicon's ("Thượng tướng Công an", "Police General"), else police when
 * the person's body is a police or interior body, else military.
 */
import { surnames } from '../locales/vi/names.js';
import type { Analysis, Doc, PersonMention } from '../pipeline/types.js';
import type { Person, Rank, Title } from '../schema.js';
import type { OrganizationIndex } from './organizations.js';
import { fold } from '../recognize/people/common.js';
import { nameWords } from '../recognize/people.js';

export interface PeopleIndex {
  readonly people: Person[];
  /** The Person.id a mention resolved to. */
  idOf(mention: PersonMention): string | null;
}

const SURNAMES = new Set(surnames);
const POLICE_BODY = /public security|internal affairs|interior|police|national guard|security service|investigative/i;

/** Scorer-like word equality: equal, or one letter apart in long words (Nikolai/Nikolay). */
function wordEq(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  let ea = a.length - 1;
  let eb = b.length - 1;
  while (ea >= i && eb >= i && a[ea] === b[eb]) { ea--; eb--; }
  return ea - i < 1 && eb - i < 1;
}

const subset = (small: readonly string[], big: readonly string[]): boolean => {
  const used = new Set<number>();
  return small.every((w) => {
    const j = big.findIndex((b, k) => !used.has(k) && wordEq(w, b));
    if (j < 0) return false;
    used.add(j);
    return true;
  });
};

interface Group {
  words: readonly string[];
  mentions: PersonMention[];
}

export function assemblePeople(doc: Doc, a: Analysis, orgs: OrganizationIndex): PeopleIndex {
  const mentions = a.people;
  // Longest names first make the groups; shorter ones then join the closest fitting group.
  const order = mentions.map((m, i) => ({ m, i, w: nameWords(m.name) })).filter((x) => x.w.length)
    .sort((x, y) => y.w.length - x.w.length || x.m.start - y.m.start);
  const groups: Group[] = [];
  const groupOf = new Map<PersonMention, Group>();
  for (const { m, w } of order) {
    const fits = groups.filter((g) => subset(w, g.words));
    let g: Group | undefined;
    if (fits.length === 1) g = fits[0];
    else if (fits.length > 1) {
      // The one named last before this mention (or first after it).
      const lastBefore = (x: Group): number => Math.max(-1, ...x.mentions.filter((y) => y.start <= m.start).map((y) => y.start));
      g = [...fits].sort((x, y) => lastBefore(y) - lastBefore(x))[0];
    }
    if (!g) {
      g = { words: w, mentions: [] };
      groups.push(g);
    }
    g.mentions.push(m);
    groupOf.set(m, g);
  }
  // Groups in order of first mention.
  for (const g of groups) g.mentions.sort((x, y) => x.start - y.start);
  groups.sort((x, y) => x.mentions[0].start - y.mentions[0].start);

  const foreign = mainForeignCountry(a);
  const people: Person[] = [];
  const idByGroup = new Map<Group, string>();
  groups.forEach((g, gi) => {
    const id = `p${gi + 1}`;
    idByGroup.set(g, id);
    const best = [...g.mentions].sort((x, y) => nameWords(y.name).length - nameWords(x.name).length || y.name.length - x.name.length || x.start - y.start)[0];
    const aliases: string[] = [];
    for (const m of g.mentions) if (m.name !== best.name && !aliases.includes(m.name)) aliases.push(m.name);

    let rank: Rank | null = null;
    const titles: Title[] = [];
    const titleOrgs: string[] = [];
    for (const m of g.mentions) {
      for (const t of m.titles) {
        const have = titles.findIndex((x) => x.role === t.entry.role);
        const title: Title = {
          text: doc.text.slice(t.start, t.end),
          role: t.entry.role,
          english: englishTitle(t.entry.english, t.organization?.org.english ?? null),
          organization: t.organization ? orgs.idOf(t.organization) : null,
          span: doc.span(t.start, t.end),
        };
        if (t.organization?.org.english) titleOrgs.push(t.organization.org.english);
        if (have < 0) titles.push(title);
        else if (!titles[have].organization && title.organization) titles[have] = title;
      }
    }
    const rankMention = g.mentions.find((m) => m.rank && m.rank.entry.service)?.rank ?? g.mentions.find((m) => m.rank)?.rank ?? null;
    if (rankMention) {
      const e = rankMention.entry;
      rank = {
        text: doc.text.slice(rankMention.start, rankMention.end),
        code: e.code,
        english: e.english,
        service: e.service ?? (titleOrgs.some((o) => POLICE_BODY.test(o)) ? 'police' : 'military'),
        span: doc.span(rankMention.start, rankMention.end),
      };
    }
    people.push({
      id,
      name: best.name,
      key: [...nameWords(best.name)].sort().join(' '),
      aliases,
      country: countryOf(g, foreign),
      rank,
      titles,
      mentions: g.mentions.map((m) => doc.span(m.start, m.end)),
    });
  });
  return { people, idOf: (m) => { const g = groupOf.get(m); return g ? idByGroup.get(g) ?? null : null; } };
}

/** "Minister" + "Ministry of Public Security" → "Minister of Public Security". */
function englishTitle(title: string, org: string | null): string {
  const m = org ? /^Ministry of (.{1,120})$/.exec(org) : null;
  return m && /^(?:First )?(?:Deputy )?Minister$/.test(title) ? `${title} of ${m[1]}` : title;
}

function countryOf(g: Group, foreign: string | null): string | null {
  for (const m of g.mentions) if (m.country) return m.country;
  for (const m of g.mentions) for (const t of m.titles) if (t.country) return t.country;
  for (const m of g.mentions) {
    for (const t of m.titles) {
      const o = t.organization?.org;
      if (o?.country && !o.countryAssumed) return o.country;
    }
  }
  if (isVietnameseName(g.mentions.map((m) => m.name).sort((x, y) => y.length - x.length)[0], g.mentions[0].name)) return 'VN';
  if (foreign) return foreign;
  for (const m of g.mentions) for (const t of m.titles) if (t.organization?.org.country) return t.organization.org.country;
  return null;
}

/** A Vietnamese name: two words or more after a Vietnamese family name ("Đỗ Hùng Việt"). */
export function isVietnameseName(name: string, written = name): boolean {
  const words = nameWords(name);
  return words.length >= 2 && (SURNAMES.has(words[0]) || /[ăâđêôơư]/i.test(written) && SURNAMES.has(fold(words[0])));
}

/** The foreign country the article names most (the other side of a Vietnamese meeting). */
function mainForeignCountry(a: Analysis): string | null {
  const count = new Map<string, number>();
  for (const c of a.countries) {
    const code = c.hit.entry.code;
    if (code !== 'VN') count.set(code, (count.get(code) ?? 0) + 1);
  }
  let best: string | null = null;
  let n = 0;
  for (const [code, k] of count) if (k > n) { best = code; n = k; }
  return best;
}
