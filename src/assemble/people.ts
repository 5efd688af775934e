/** People: one Person per person, with rank, titles, country and every mention. */
import type { Analysis, Doc, PersonMention } from '../pipeline/types.js';
import type { Person } from '../schema.js';
import type { OrganizationIndex } from './organizations.js';

export interface PeopleIndex {
  readonly people: Person[];
  /** The Person.id a mention resolved to. */
  idOf(mention: PersonMention): string | null;
}

export function assemblePeople(doc: Doc, a: Analysis, orgs: OrganizationIndex): PeopleIndex {
  void doc;
  void a;
  void orgs;
  return { people: [], idOf: () => null };
}
