/**
 * Organizations: one per body, however many ways the text names it. Identity is the
 * mention's key (canonical English name and country for known bodies, folded words for
 * unknown ones); bodies named only inside a title ("Bộ trưởng Công an") count too.
 */
import type { Analysis, Doc, OrganizationMention } from '../pipeline/types.js';
import type { Organization } from '../schema.js';

export interface OrganizationIndex {
  readonly organizations: Organization[];
  /** The Organization.id a mention resolved to. */
  idOf(mention: OrganizationMention): string | null;
}

export function assembleOrganizations(doc: Doc, a: Analysis): OrganizationIndex {
  // A body inside a title of another country's official is that country's words, not a body of
  // its own: "Trung ương Đảng" in "Ủy viên Trung ương Đảng Cộng sản Cuba" is not Vietnam's.
  const foreignWords = (m: OrganizationMention): boolean => a.titles.some((t) => t.start <= m.start && m.end <= t.end
    && t.organization !== m && !!t.country && !!m.org.country && t.country !== m.org.country);
  const mentions: OrganizationMention[] = a.organizations.filter((m) => !foreignWords(m));
  const seen = new Set(mentions.map((m) => `${m.start}:${m.end}`));
  for (const t of a.titles) {
    const o = t.organization;
    if (o && !seen.has(`${o.start}:${o.end}`)) {
      seen.add(`${o.start}:${o.end}`);
      mentions.push(o);
    }
  }
  mentions.sort((x, y) => x.start - y.start);
  const byKey = new Map<string, Organization>();
  const organizations: Organization[] = [];
  for (const m of mentions) {
    const span = doc.span(m.start, m.end);
    let o = byKey.get(m.org.key);
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
      byKey.set(m.org.key, o);
      organizations.push(o);
    } else if (m.org.name.length > o.name.length) {
      o.name = m.org.name;
    }
    if (!o.mentions.some((x) => x.start === span.start && x.end === span.end)) o.mentions.push(span);
  }
  return {
    organizations,
    idOf: (m) => byKey.get(m.org.key)?.id ?? null,
  };
}
