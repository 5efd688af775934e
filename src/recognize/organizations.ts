import type { Analysis, Doc, OrganizationMention } from '../pipeline/types.js';

// TODO(foundation): first version pending.
export function recognizeOrganizations(doc: Doc, a?: Analysis): OrganizationMention[] {
  void doc;
  void a;
  return [];
}
