/**
 * From a record to what the review view draws: one layer per distinct span (with the
 * normalized values its tooltip shows) and, for each card, the layers it points at.
 */
import type { ArticleRecord, PartialDate, Span } from '../schema.js';
import type { ArticleSegment } from './segments.js';

export const HIGHLIGHT_TYPES = [
  'date', 'venue', 'person', 'rank', 'title', 'organization', 'agreement', 'trigger',
] as const;
export type HighlightType = (typeof HIGHLIGHT_TYPES)[number];
/** Highlights, plus the layers drawn under them: segments, meeting sentences, warnings. */
export type LayerType = HighlightType | 'meeting' | 'warning' | `seg-${ArticleSegment['kind']}`;

// Outer layers first when two spans start and end together, so that a title holds its
// organization and a venue its institution; segments and sentences hold everything.
const PRIORITY: Record<string, number> = {
  segment: 0, meeting: 1, warning: 2, agreement: 3, title: 4, venue: 5,
  organization: 6, person: 7, rank: 8, date: 9, trigger: 10,
};

export interface Layer {
  key: string;
  type: LayerType;
  start: number;
  end: number;
  priority: number;
  tips: string[];
  /** A short label drawn before the first fragment ("M1"). */
  badge?: string;
}

export interface ReviewModel {
  layers: Layer[];
  /** Card id ("m0", "p1", "o2", "a1", "w0") → keys of the layers it scrolls to. */
  targets: Map<string, string[]>;
}

const PART_OF_DAY: Record<string, string> = {
  morning: 'morning', noon: 'noon', afternoon: 'afternoon', evening: 'evening', night: 'night',
};

/** "2016-03-21 → 2016-03-23, afternoon, 17:42 (year from the article's date)". */
export function formatDate(d: PartialDate): string {
  const parts = [d.end ? `${d.iso} → ${d.end.iso}` : d.iso];
  if (d.partOfDay) parts.push(PART_OF_DAY[d.partOfDay] ?? d.partOfDay);
  if (d.time) parts.push(d.time);
  let s = parts.join(', ');
  if (d.yearSource === 'published') s += " (year from the article's date)";
  else if (d.yearSource === 'reference') s += ' (year from the reference date)';
  else if (d.year === null) s += ' (year unknown)';
  return s;
}

const joinDefined = (xs: (string | null | undefined | false)[], sep = ' · '): string =>
  xs.filter((x): x is string => !!x).join(sep);

export function buildModel(text: string, record: ArticleRecord, segments: readonly ArticleSegment[], prefix: string): ReviewModel {
  const layers: Layer[] = [];
  const byPlace = new Map<string, Layer>();
  const targets = new Map<string, string[]>();
  const usable = (s: { start: number; end: number }): boolean =>
    Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= text.length;

  /** Adds (or merges into) the layer of this type at this place; returns its key. */
  const add = (type: LayerType, span: { start: number; end: number } | null | undefined, tip: string | null, card?: string, badge?: string): void => {
    if (!span || !usable(span)) return;
    const place = `${type}:${span.start}:${span.end}`;
    let layer = byPlace.get(place);
    if (!layer) {
      const priority = type.startsWith('seg-') ? PRIORITY.segment : PRIORITY[type];
      layer = { key: `${prefix}-${layers.length}`, type, start: span.start, end: span.end, priority, tips: [] };
      layers.push(layer);
      byPlace.set(place, layer);
    }
    if (tip && !layer.tips.includes(tip)) layer.tips.push(tip);
    if (badge) layer.badge = layer.badge ? `${layer.badge} ${badge}` : badge;
    if (card) {
      const list = targets.get(card) ?? [];
      if (!list.includes(layer.key)) list.push(layer.key);
      targets.set(card, list);
    }
  };

  for (const s of segments) if (s.kind !== 'body') add(`seg-${s.kind}`, s, null);

  const orgs = new Map(record.organizations.map((o) => [o.id, o]));
  const people = new Map(record.people.map((p) => [p.id, p]));

  if (record.published) add('date', record.published.span, `Published: ${formatDate(record.published)}`);

  record.meetings.forEach((m, i) => {
    const card = `m${i}`;
    const label = `Meeting ${i + 1}: ${m.kind}${m.online ? ' (online)' : ''}`;
    const who = m.participants
      .map((pt) => `${people.get(pt.person)?.name ?? pt.person} (${pt.role})`)
      .join(', ');
    add('meeting', m.span, joinDefined([label, who && `with ${who}`], '\n'), card, `M${i + 1}`);
    add('trigger', m.trigger, label, card);
    if (m.date) add('date', m.date.span, `Date of meeting ${i + 1}: ${formatDate(m.date)}`, card);
    if (m.venue) {
      add('venue', m.venue.span, `Venue of meeting ${i + 1}: ${joinDefined([m.venue.place, m.venue.city, m.venue.country]) || m.venue.text}`, card);
    }
  });

  for (const p of record.people) {
    const card = `person:${p.id}`;
    const summary = joinDefined([
      p.country, p.rank?.english, ...p.titles.map((t) => t.english),
    ]);
    for (const span of p.mentions) add('person', span, joinDefined([`Person ${p.id}: ${p.name}`, summary], '\n'), card);
    if (p.rank) {
      add('rank', p.rank.span, `Rank of ${p.name}: ${p.rank.english} (${joinDefined([p.rank.code, p.rank.service], ', ')})`, card);
    }
    for (const t of p.titles) {
      const org = t.organization ? orgs.get(t.organization) : undefined;
      add('title', t.span, joinDefined([`Title of ${p.name}: ${t.english} [${t.role}]`, org && `of ${org.english ?? org.name}`], '\n'), card);
    }
  }

  for (const o of record.organizations) {
    const tip = joinDefined([
      `Organization ${o.id}: ${o.english ?? o.name}${o.acronym ? ` (${o.acronym})` : ''}`,
      joinDefined([o.kind, o.country]),
    ], '\n');
    for (const span of o.mentions) add('organization', span, tip, `org:${o.id}`);
  }

  for (const a of record.agreements) {
    const card = `agreement:${a.id}`;
    add('agreement', a.span, joinDefined([
      `Agreement ${a.id}: ${a.kind}, ${a.status}`,
      a.period && `period ${a.period.from}–${a.period.to}`,
      a.signed && `signed ${formatDate(a.signed)}`,
    ], '\n'), card);
    if (a.signed) add('date', a.signed.span, `Signing date of ${a.id}: ${formatDate(a.signed)}`, card);
  }

  record.warnings.forEach((w, i) => add('warning', w.span, `Warning ${w.code}: ${w.message}`, `w${i}`));

  return { layers, targets };
}

/** Spans the record carries, by highlight type: what a reviewer expects to see marked. */
export function spansOf(record: ArticleRecord): { type: HighlightType; span: Span }[] {
  const out: { type: HighlightType; span: Span }[] = [];
  const push = (type: HighlightType, span: Span | null | undefined): void => { if (span) out.push({ type, span }); };
  if (record.published) push('date', record.published.span);
  for (const m of record.meetings) {
    push('trigger', m.trigger);
    push('date', m.date?.span);
    push('venue', m.venue?.span);
  }
  for (const p of record.people) {
    p.mentions.forEach((s) => push('person', s));
    push('rank', p.rank?.span);
    p.titles.forEach((t) => push('title', t.span));
  }
  for (const o of record.organizations) o.mentions.forEach((s) => push('organization', s));
  for (const a of record.agreements) {
    push('agreement', a.span);
    push('date', a.signed?.span);
  }
  return out;
}
