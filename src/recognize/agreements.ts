import type { Analysis, Doc, AgreementMention } from '../pipeline/types.js';

// TODO(foundation): first version pending.
export function recognizeAgreements(doc: Doc, a?: Analysis): AgreementMention[] {
  void doc;
  void a;
  return [];
}
