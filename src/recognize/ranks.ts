import type { Analysis, Doc, RankMention } from '../pipeline/types.js';

// TODO(foundation): first version pending.
export function recognizeRanks(doc: Doc, a?: Analysis): RankMention[] {
  void doc;
  void a;
  return [];
}
