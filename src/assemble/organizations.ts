/**
 * Organizations: one per body, however many ways the text names it. Identity is the
 * mention's key (canonical English name and country for known bodies, folded words for
 * unknown ones); bodies named only inside a title ("Bộ trưởng Công an") count too.
 */
import type { Analysis, Doc, OrganizationMention } from '../pipeline/types.js';
import type { Organization } from '../schema.js';
import { isVietnameseName } from './people.js';
import { partitionPoint } from '../engine/search.js';

export interface OrganizationIndex {
  readonly organizations: Organization[];
  /** The Organization.id a mention resolved to. */
  idOf(mention: OrganizationMention): string | null;
}

const VIETNAMESE_OUTLETS = new Set(['vna', 'vietnam news agency', 'vietnamplus', 'vietnam+', 'vov', 'voice of vietnam', 'nhan dan', 'vietnam news', 'tuoi tre', 'ttxvn', 'qdnd', 'cand']);

export function assembleOrganizations(doc: Doc, a: Analysis): OrganizationIndex {
  // A body inside a title of another country's official is that country's words, not a body of
  // its own: "Trung ương Đảng" in "Ủy viên Trung ương Đảng Cộng sản Cuba" is not Vietnam's.
  // Only titles that start at most `longest` characters before the body can hold it: found by
  // binary search over the titles sorted by start (a scan of every title per body was
  // quadratic on long inputs).
  const titles = [...a.titles].sort((x, y) => x.start - y.start);
  const longest = titles.reduce((n, t) => Math.max(n, t.end - t.start), 0);
  const foreignWords = (m: OrganizationMention): boolean => {
    const hi = partitionPoint(titles.length, (i) => titles[i].start <= m.start);
    for (let k = hi - 1; k >= 0 && titles[k].start >= m.start - longest; k--) {
      const t = titles[k];
      if (t.start <= m.start && m.end <= t.end && t.organization !== m && !!t.country && !!m.org.country && t.country !== m.org.country) return true;
    }
    return false;
  };
  // Spans as numbers, start * (text length + 1) + end.
  const width = doc.text.length + 1;
  const mentions: OrganizationMention[] = a.organizations.filter((m) => !foreignWords(m));
  const seen = new Set<number>();
  for (const m of mentions) seen.add(m.start * width + m.end);
  for (const t of a.titles) {
    const o = t.organization;
    if (o && !seen.has(o.start * width + o.end)) {
      seen.add(o.start * width + o.end);
      mentions.push(o);
    }
  }
  mentions.sort((x, y) => x.start - y.start);
  // A body named without its country ("Minister of National Defence") is the one body of the
  // same name that the text gives a country, when there is exactly one.
  const countries = new Map<string, Set<string>>();
  const vietnameseOutlet = a.sources.some((x) => VIETNAMESE_OUTLETS.has(x.toLowerCase()));
  for (const m of mentions) {
    if (!m.org.country || m.org.countryAssumed) continue;
    const k = withoutCountry(m.org.key);
    if (!countries.has(k)) countries.set(k, new Set());
    countries.get(k)!.add(m.org.key);
  }
  // A body named by a title without a country is the side of the one who holds the title
  // ("Thứ trưởng Ngoại giao Đỗ Hùng Việt": Vietnam's), not another country's body of the same
  // name: the holder's own country, or Vietnam for a Vietnamese name.
  const side = new Map<number, string>();
  for (const p of a.people) {
    for (const t of p.titles) {
      const o = t.organization;
      if (!o || (o.org.country && !o.org.countryAssumed)) continue;
      const code = p.country ?? t.country ?? (isVietnameseName(p.name) ? 'VN' : null);
      if (code) side.set(o.start * width + o.end, code);
    }
  }
  // Each mention's key, once: people and meetings ask for the same mentions' ids again and again.
  const keys = new Map<OrganizationMention, string>();
  const keyOf = (m: OrganizationMention): string => {
    if (m.org.country) return m.org.key;
    let k = keys.get(m);
    if (k === undefined) keys.set(m, (k = computeKey(m)));
    return k;
  };
  const computeKey = (m: OrganizationMention): string => {
    const base = withoutCountry(m.org.key);
    const own = side.get(m.start * width + m.end);
    if (own) return `${base}|${own}`;
    const only = countries.get(base);
    if (only && only.size === 1) return [...only][0];
    // Vietnamese outlets name their own country's bodies without it.
    if (only?.has(`${base}|VN`) && vietnameseOutlet) return `${base}|VN`;
    return m.org.key;
  };
  const byKey = new Map<string, Organization>();
  const spansOf = new Map<Organization, Set<string>>();
  const organizations: Organization[] = [];
  for (const m of mentions) {
    const span = doc.span(m.start, m.end);
    const key = keyOf(m);
    let o = byKey.get(key);
    if (!o) {
      o = {
        id: `o${organizations.length + 1}`,
        name: m.org.name,
        english: m.org.english,
        acronym: m.org.acronym,
        country: m.org.country,
        kind: m.org.kind,
        mentions: [],
      };
      byKey.set(key, o);
      organizations.push(o);
    } else if (m.org.name.length > o.name.length) {
      o.name = m.org.name;
    }
    o.country ??= m.org.country ?? side.get(m.start * width + m.end) ?? null;
    // Spans already listed, by a set per organization (a scan of its mentions per mention was
    // quadratic for a body named thousands of times in a long input).
    let had = spansOf.get(o);
    if (!had) spansOf.set(o, (had = new Set()));
    const at = `${span.start}:${span.end}`;
    if (!had.has(at)) {
      had.add(at);
      o.mentions.push(span);
    }
  }
  return {
    organizations,
    idOf: (m) => byKey.get(keyOf(m))?.id ?? null,
  };
}

/** The key without its trailing country ("…|VN", or a bare "…|"): what `key.replace(/\|[A-Z]*$/, '')` gives. */
function withoutCountry(key: string): string {
  const bar = key.lastIndexOf('|');
  if (bar < 0) return key;
  for (let i = bar + 1; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c < 65 || c > 90) return key;
  }
  return key.slice(0, bar);
}
