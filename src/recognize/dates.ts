import type { DateMention, Doc } from '../pipeline/types.js';

// TODO(foundation): first version pending.
export function recognizeDates(doc: Doc): { published: DateMention | null; dates: DateMention[] } {
  void doc;
  return { published: null, dates: [] };
}
