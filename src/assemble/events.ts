/** Meetings and the agreements signed at or mentioned around them. */
import type { Analysis, Doc } from '../pipeline/types.js';
import type { Agreement, Meeting } from '../schema.js';
import type { OrganizationIndex } from './organizations.js';
import type { PeopleIndex } from './people.js';
import { toPartialDate } from './dates.js';
import { assembleMeetings, type MeetingContext, type MeetingDraft } from './meetings.js';
import { meetingContext } from './meeting-context.js';
import { assembleAgreements } from './agreements.js';

export function assembleEvents(
  doc: Doc, a: Analysis, orgs: OrganizationIndex, people: PeopleIndex,
): { meetings: Meeting[]; agreements: Agreement[] } {
  const ctx: MeetingContext = meetingContext(doc, a, orgs, people);
  const drafts = assembleMeetings(ctx);
  const agreements = assembleAgreements(ctx, drafts);
  for (const ag of agreements) {
    // Whoever signed a document at a meeting took part in it as a signatory.
    const d = drafts.find((x) => x.agreements.includes(ag.id));
    if (d) for (const id of ag.signatories) if (!d.participants.has(id)) d.participants.set(id, 'signatory');
  }
  return { meetings: drafts.map((d) => toMeeting(ctx, d)), agreements };
}

function toMeeting(ctx: MeetingContext, d: MeetingDraft): Meeting {
  const { doc, people } = ctx;
  const s = doc.sentences[d.sentence];
  const participants = [...d.participants].map(([person, role]) => ({ person, role }));
  const countries: string[] = [];
  for (const p of participants) {
    const c = people.people.find((x) => x.id === p.person)?.country;
    if (c && !countries.includes(c)) countries.push(c);
  }
  if (!countries.length && d.venue?.country) countries.push(d.venue.country);
  return {
    kind: d.kind,
    online: d.online,
    date: toPartialDate(doc, d.date),
    venue: d.venue,
    participants,
    countries,
    agreements: d.agreements,
    trigger: d.trigger ? doc.span(d.trigger.start, d.trigger.end) : null,
    span: doc.span(s.start, s.end),
  };
}
