import type { Analysis, Doc, TriggerMention } from '../pipeline/types.js';

// TODO(foundation): first version pending.
export function recognizeTriggers(doc: Doc, a?: Analysis): TriggerMention[] {
  void doc;
  void a;
  return [];
}
