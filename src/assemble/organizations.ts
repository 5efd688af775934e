/** Organizations: one per body, however many ways the text names it. */
import type { Analysis, Doc, OrganizationMention } from '../pipeline/types.js';
import type { Organization } from '../schema.js';

export interface OrganizationIndex {
  readonly organizations: Organization[];
  /** The Organization.id a mention resolved to. */
  idOf(mention: OrganizationMention): string | null;
}

export function assembleOrganizations(doc: Doc, a: Analysis): OrganizationIndex {
  void doc;
  void a;
  return { organizations: [], idOf: () => null };
}
