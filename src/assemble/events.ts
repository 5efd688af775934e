/** Meetings and the agreements signed at or mentioned around them. */
import type { Analysis, Doc } from '../pipeline/types.js';
import type { Agreement, Meeting } from '../schema.js';
import type { OrganizationIndex } from './organizations.js';
import type { PeopleIndex } from './people.js';

export function assembleEvents(
  doc: Doc, a: Analysis, orgs: OrganizationIndex, people: PeopleIndex,
): { meetings: Meeting[]; agreements: Agreement[] } {
  void doc;
  void a;
  void orgs;
  void people;
  return { meetings: [], agreements: [] };
}
