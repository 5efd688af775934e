/**
 * Records for testing the review view that do not depend on how far the recognizers have
 * come: a seed's gold values (names, dates, places, agreements) grounded in the seed's text
 * by plain search, so that every span is exact. Also the seeds and their gold.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ArticleRecordSchema, type ArticleRecord, type Meeting, type Person, type Span } from '../../src/schema.js';

export const fixturesDir = fileURLToPath(new URL('../../fixtures/', import.meta.url));

export interface Gold {
  language: 'vi' | 'en';
  published: string | null;
  meetings: { kind: Meeting['kind']; date: string | null; partOfDay: string | null; online: boolean; city: string | null; place: string | null; country: string | null; participants: string[] }[];
  people: { name: string; aliases: string[]; country: string | null; rank: string | null; roles: string[] }[];
  agreements: { name: string; kind: string; period: [number, number] | null; signed: string | null; signedAtMeeting: boolean }[];
}

export interface SeedWithGold { file: string; text: string; gold: Gold }

export function seedsWithGold(): SeedWithGold[] {
  return readdirSync(fixturesDir).filter((f) => f.endsWith('.txt')).sort().map((file) => ({
    file,
    text: readFileSync(fixturesDir + file, 'utf8'),
    gold: JSON.parse(readFileSync(fixturesDir + file.replace(/\.txt$/, '.gold.json'), 'utf8')) as Gold,
  }));
}

const span = (text: string, start: number, end: number): Span => ({ start, end, text: text.slice(start, end) });
const LETTER = /[\p{L}\p{M}\p{N}]/u;

/** Whole-word occurrences of `needle`. */
export function occurrences(text: string, needle: string): Span[] {
  const out: Span[] = [];
  if (!needle) return out;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    const before = text[i - 1] ?? ' ';
    const after = text[i + needle.length] ?? ' ';
    if (!LETTER.test(before) && !LETTER.test(after)) out.push(span(text, i, i + needle.length));
  }
  return out;
}

const RANK_WORDS: Record<string, [string, string][]> = {
  general: [['Đại tướng', 'General'], ['General of the Army', 'General'], ['General', 'General']],
  colonel_general: [['Thượng tướng', 'Colonel General'], ['Colonel General', 'Colonel General']],
  lieutenant_general: [['Trung tướng', 'Lieutenant General']],
};
const TRIGGERS: Record<string, string[]> = {
  talks: ['hội đàm', 'held talks'], reception: ['tiếp'], call: ['điện đàm'], dialogue: ['Đối thoại', 'đối thoại'],
  visit: ['thăm'], meeting: ['met with'], signing: ['ký'], ceremony: ['lễ đón'], conference: ['hội nghị'], consultation: ['tham vấn'],
};
const CITY_WORDS: Record<string, string[]> = { Hanoi: ['Hà Nội', 'Hanoi'], Moscow: ['Moscow', 'Mátxcơva', 'Mát-xcơ-va'] };

/** The text of a gold date, found by its day and month ("Chiều 21/3", "Today"). */
export function findDate(text: string, iso: string): Span | null {
  const m = /^(?:(\d{4})|--)-?(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m) return null;
  const [, , mm, dd] = m;
  const month = String(Number(mm));
  // A date with its part of day ("Chiều 20/5") before a bare one (a dateline's "20/05/2021").
  const res = dd
    ? ['(?:Sáng|Trưa|Chiều|Tối|Đêm|Ngày|sáng|trưa|chiều|tối|đêm|ngày) ', ''].map((pre) =>
      new RegExp(`(?<![\\d/])${pre}0?${Number(dd)}/0?${month}(?:/\\d{4})?(?![\\d/])`, 'u'))
    : [new RegExp(`tháng ${month}(?:/| năm )\\d{4}`, 'u')];
  for (const re of res) {
    const hit = re.exec(text);
    if (hit) return span(text, hit.index, hit.index + hit[0].length);
  }
  const today = /\b[Tt]oday\b/.exec(text);
  return today ? span(text, today.index, today.index + today[0].length) : null;
}

/** The sentence (up to ". " or a line end) around an offset. */
function sentenceAround(text: string, at: number): Span {
  let s = at;
  while (s > 0 && text[s - 1] !== '\n' && !(text[s - 2] === '.' && text[s - 1] === ' ')) s--;
  let e = at;
  while (e < text.length && text[e] !== '\n' && !(text[e] === '.' && /\s/.test(text[e + 1] ?? ' '))) e++;
  return span(text, s, Math.min(text.length, e + 1));
}

export interface Extras {
  organizations?: { name: string; english: string; acronym?: string; country: string; kind: 'ministry' | 'government' | 'other' }[];
  titles?: { person: string; text: string; role: 'minister' | 'deputy_minister' | 'other'; english: string; organization?: string }[];
}

/** The seed's gold as a record with exact spans; values the text does not contain are left out. */
export function groundGold(text: string, gold: Gold, extras: Extras = {}): ArticleRecord {
  const people: Person[] = gold.people.map((g, i) => {
    const all = [g.name, ...g.aliases].flatMap((n) => occurrences(text, n)).sort((a, b) => a.start - b.start || b.end - a.end);
    const mentions = all.filter((s, k) => !all.slice(0, k).some((t) => t.start <= s.start && s.end <= t.end));
    let rank: Person['rank'] = null;
    for (const [word, english] of RANK_WORDS[g.rank ?? ''] ?? []) {
      const before = mentions.find((m) => text.slice(m.start - word.length - 1, m.start) === `${word} `);
      if (before) {
        rank = { text: word, code: g.rank as 'general', english, service: null, span: span(text, before.start - word.length - 1, before.start - 1) };
        break;
      }
    }
    const titles = (extras.titles ?? []).filter((t) => t.person === g.name).flatMap((t) => {
      const at = occurrences(text, t.text)[0];
      return at ? [{ text: t.text, role: t.role, english: t.english, organization: t.organization ?? null, span: at }] : [];
    });
    return {
      id: `p${i + 1}`, name: g.name, key: g.name.toLowerCase(), aliases: g.aliases, country: g.country,
      rank, titles, mentions,
    };
  });
  const idOf = new Map(gold.people.map((g, i) => [g.name, `p${i + 1}`]));
  const organizations = (extras.organizations ?? []).map((o, i) => ({
    id: `o${i + 1}`, name: o.name, english: o.english, acronym: o.acronym ?? null, country: o.country, kind: o.kind,
    mentions: occurrences(text, o.name),
  }));
  const agreements = gold.agreements.flatMap((a, i) => {
    const at = occurrences(text, a.name)[0];
    return at ? [{
      id: `a${i + 1}`, name: a.name, kind: a.kind as 'agreement', parties: [], status: 'signed' as const,
      period: a.period ? { from: a.period[0], to: a.period[1] } : null, signed: null, signedAtMeeting: a.signedAtMeeting,
      signatories: [], span: at,
    }] : [];
  });
  const meetings: Meeting[] = gold.meetings.flatMap((g, i) => {
    const dateSpan = g.date ? findDate(text, g.date) : null;
    if (!dateSpan || i > 0) return []; // only the lead meeting is placed reliably by its date
    const sentence = sentenceAround(text, dateSpan.start);
    const inSentence = (s: Span): boolean => s.start >= sentence.start && s.end <= sentence.end;
    const trigger = (TRIGGERS[g.kind] ?? []).flatMap((w) => occurrences(text, w)).find(inSentence) ?? null;
    const venueText = [g.place, ...(CITY_WORDS[g.city ?? ''] ?? [])].filter((x): x is string => !!x);
    const venueSpan = venueText.flatMap((v) => occurrences(text, v)).find(inSentence) ?? null;
    const [, y, mo, d] = /^(?:(\d{4})|--)-?(\d{2})(?:-(\d{2}))?$/.exec(g.date!)!;
    return [{
      kind: g.kind, online: g.online,
      date: {
        iso: g.date!, year: y ? Number(y) : null, month: Number(mo), day: d ? Number(d) : null, end: null,
        partOfDay: (g.partOfDay ?? null) as 'afternoon' | null, time: null, yearSource: y ? 'explicit' as const : null, span: dateSpan,
      },
      venue: venueSpan ? { text: venueSpan.text, place: g.place, city: g.city, country: g.country, span: venueSpan } : null,
      participants: g.participants.flatMap((n, k) => idOf.has(n) ? [{ person: idOf.get(n)!, role: k === 0 ? 'host' as const : 'guest' as const }] : []),
      countries: [...new Set(g.participants.map((n) => gold.people.find((p) => p.name === n)?.country).filter((c): c is string => !!c))],
      agreements: [], trigger, span: sentence,
    }];
  });
  const record: ArticleRecord = {
    schemaVersion: 1, language: gold.language, title: text.split('\n').find((l) => l.trim())?.trim() ?? null,
    published: null, sources: [], meetings, people, organizations, agreements, warnings: [],
  };
  return ArticleRecordSchema.parse(record);
}

/** Extras for seed 000, so that its screenshot shows titles and organizations too. */
export const SEED0_EXTRAS: Extras = {
  organizations: [
    { name: 'Bộ Công an', english: 'Ministry of Public Security', acronym: 'MPS', country: 'VN', kind: 'ministry' },
    { name: 'Bộ Nội vụ Liên bang Nga', english: 'Ministry of Internal Affairs of the Russian Federation', acronym: 'MVD', country: 'RU', kind: 'ministry' },
  ],
  titles: [
    { person: 'Trần Đại Quang', text: 'Bộ trưởng Bộ Công an', role: 'minister', english: 'Minister of Public Security', organization: 'o1' },
    { person: 'Kolokoltsev Vladimir Aleksandrovich', text: 'Bộ trưởng Bộ Nội vụ Liên bang Nga', role: 'minister', english: 'Minister of Internal Affairs', organization: 'o2' },
  ],
};
