import type { Analysis, Doc, PlaceMention } from '../pipeline/types.js';

// TODO(foundation): first version pending.
export function recognizePlaces(doc: Doc, a?: Analysis): PlaceMention[] {
  void doc;
  void a;
  return [];
}
