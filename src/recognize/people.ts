import type { Analysis, Doc, PersonMention } from '../pipeline/types.js';

// TODO(foundation): first version pending.
export function recognizePeople(doc: Doc, a?: Analysis): PersonMention[] {
  void doc;
  void a;
  return [];
}
