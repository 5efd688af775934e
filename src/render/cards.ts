/**
 * The record as readable cards: meetings, people, organizations, agreements, warnings.
 * A card (or a participant chip in it) carries `data-go` with the layer keys it scrolls to.
 */
import type { ArticleRecord, Person } from '../schema.js';
import { esc } from './escape.js';
import { formatDate, type ReviewModel } from './model.js';

type Row = [label: string, html: string | null];

const dl = (rows: Row[]): string => {
  const shown = rows.filter((r): r is [string, string] => !!r[1]);
  return shown.length ? `<dl>${shown.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join('')}</dl>` : '';
};

/** The words as the article wrote them, after the normalized value. */
const quoted = (s: string | null | undefined): string => (s ? ` <q class="src">${esc(s)}</q>` : '');

function card(kind: string, go: string[] | undefined, heading: string, body: string): string {
  const target = go?.length ? ` data-go="${go.join(' ')}" tabindex="0" role="button"` : '';
  return `<article class="card card-${kind}"${target}><h3>${heading}</h3>${body}</article>`;
}

const badge = (s: string, cls = ''): string => `<span class="tag${cls ? ` ${cls}` : ''}">${esc(s)}</span>`;

export function renderCards(record: ArticleRecord, model: ReviewModel): string {
  const people = new Map(record.people.map((p) => [p.id, p]));
  const orgs = new Map(record.organizations.map((o) => [o.id, o]));
  const agreements = new Map(record.agreements.map((a) => [a.id, a]));
  const go = (id: string): string[] | undefined => model.targets.get(id);
  const personChip = (p: Person | undefined, id: string, role?: string): string => {
    const keys = go(`person:${id}`);
    const attrs = keys?.length ? ` data-go="${keys.join(' ')}" tabindex="0" role="button"` : '';
    return `<span class="chip"${attrs}>${esc(p?.name ?? id)}${role ? ` <small>${esc(role)}</small>` : ''}</span>`;
  };
  const groups: string[] = [];
  const group = (title: string, items: string[]): void => {
    if (items.length) groups.push(`<section class="group"><h2>${esc(title)} <span class="count">${items.length}</span></h2>${items.join('')}</section>`);
  };

  group('Meetings', record.meetings.map((m, i) => card('meeting', go(`m${i}`),
    `<span class="num">M${i + 1}</span> ${esc(m.kind)}${m.online ? ` ${badge('online')}` : ''}${m.trigger ? quoted(m.trigger.text) : ''}`,
    dl([
      ['Date', m.date ? esc(formatDate(m.date)) + quoted(m.date.span.text) : null],
      ['Venue', m.venue ? esc([m.venue.place, m.venue.city, m.venue.country].filter(Boolean).join(' · ') || m.venue.text) + quoted(m.venue.text) : null],
      ['Sides', m.countries.length ? esc(m.countries.join(' – ')) : null],
      ['Participants', m.participants.length ? m.participants.map((pt) => personChip(people.get(pt.person), pt.person, pt.role)).join(' ') : null],
      ['Signed', m.agreements.length ? m.agreements.map((id) => esc(agreements.get(id)?.name ?? id)).join('<br>') : null],
    ]))));

  group('People', record.people.map((p) => card('person', go(`person:${p.id}`),
    `${esc(p.name)}${p.country ? ` ${badge(p.country, 'country')}` : ''}`,
    dl([
      ['Rank', p.rank ? esc(p.rank.english) + (p.rank.service ? ` <small>(${esc(p.rank.service)})</small>` : '') + quoted(p.rank.text) : null],
      ['Titles', p.titles.length ? p.titles.map((t) => {
        const org = t.organization ? orgs.get(t.organization) : undefined;
        return `${esc(t.english)}${org ? ` <small>(${esc(org.acronym ?? org.english ?? org.name)})</small>` : ''}${quoted(t.text)}`;
      }).join('<br>') : null],
      ['Also', p.aliases.length ? esc(p.aliases.join('; ')) : null],
      ['Mentions', String(p.mentions.length)],
    ]))));

  group('Organizations', record.organizations.map((o) => card('organization', go(`org:${o.id}`),
    `${esc(o.english ?? o.name)}${o.acronym ? ` ${badge(o.acronym)}` : ''}${o.country ? ` ${badge(o.country, 'country')}` : ''}`,
    dl([
      ['As written', o.english ? esc(o.name) : null],
      ['Kind', esc(o.kind)],
      ['Mentions', String(o.mentions.length)],
    ]))));

  group('Agreements', record.agreements.map((a) => card('agreement', go(`agreement:${a.id}`),
    `${esc(a.name)}`,
    dl([
      ['Kind', esc(a.kind)],
      ['Status', esc(a.status) + (a.signedAtMeeting ? ' <small>(at the meeting)</small>' : '')],
      ['Period', a.period ? `${a.period.from}–${a.period.to}` : null],
      ['Signed', a.signed ? esc(formatDate(a.signed)) + quoted(a.signed.span.text) : null],
      ['Parties', a.parties.length ? esc(a.parties.map((id) => orgs.get(id)?.english ?? orgs.get(id)?.name ?? id).join(' · ')) : null],
      ['Signatories', a.signatories.length ? a.signatories.map((id) => personChip(people.get(id), id)).join(' ') : null],
    ]))));

  group('Warnings', record.warnings.map((w, i) => {
    const keys = go(`w${i}`);
    const attrs = keys?.length ? ` data-go="${keys.join(' ')}" tabindex="0" role="button"` : '';
    return `<p class="warning"${attrs}><code>${esc(w.code)}</code> ${esc(w.message)}</p>`;
  }));

  return groups.join('') || '<p class="empty">Nothing was extracted from this article.</p>';
}
