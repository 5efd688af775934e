/**
 * Stage 5: assembly. Turns the mentions into the record: organizations, then people
 * (whose titles point at organizations), then meetings and agreements (which point at both).
 */
import type { Analysis, Doc } from '../pipeline/types.js';
import type { ArticleRecord } from '../schema.js';
import { toPartialDate } from './dates.js';
import { assembleOrganizations } from './organizations.js';
import { assemblePeople } from './people.js';
import { assembleEvents } from './events.js';

export function assemble(doc: Doc, a: Analysis): ArticleRecord {
  const title = doc.segments.find((s) => s.kind === 'title');
  const orgs = assembleOrganizations(doc, a);
  const people = assemblePeople(doc, a, orgs);
  const events = assembleEvents(doc, a, orgs, people);
  if (!events.meetings.length && doc.sentences.length) {
    doc.warnings.push({ code: 'no-meeting-found', message: 'No meeting was recognised in the article body.', span: null });
  }
  return {
    schemaVersion: 1,
    language: doc.language,
    title: title ? doc.span(title.start, title.end).text : null,
    published: toPartialDate(doc, a.published),
    sources: a.sources,
    meetings: events.meetings,
    people: people.people,
    organizations: orgs.organizations,
    agreements: events.agreements,
    warnings: doc.warnings,
  };
}
