import type { Analysis, Doc, CountryMention } from '../pipeline/types.js';

// TODO(foundation): first version pending.
export function recognizeCountries(doc: Doc, a?: Analysis): CountryMention[] {
  void doc;
  void a;
  return [];
}
