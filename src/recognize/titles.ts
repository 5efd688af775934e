import type { Analysis, Doc, TitleMention } from '../pipeline/types.js';

// TODO(foundation): first version pending.
export function recognizeTitles(doc: Doc, a?: Analysis): TitleMention[] {
  void doc;
  void a;
  return [];
}
