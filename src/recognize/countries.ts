/**
 * Countries named in the headline, body and captions, by name ("Liên bang Nga", "Russia")
 * or adjective ("Russian"). The first word must be capitalised: "anh", "nga" in lower case
 * are ordinary Vietnamese words.
 */
import type { Analysis, CountryMention, Doc } from '../pipeline/types.js';
import { contentSentences } from './people/common.js';

export function recognizeCountries(doc: Doc, a?: Analysis): CountryMention[] {
  void a;
  const { tokens, lexicon } = doc;
  const out: CountryMention[] = [];
  for (const { s } of contentSentences(doc)) {
    for (const m of lexicon.countries.matchAll(tokens, s.tokenFrom, s.tokenTo)) {
      const first = tokens[m.from];
      // "nước Cộng hòa …": the lower-case lead word is part of the lexicon phrase.
      if (!first.cap && !/^(?:nước|the)$/.test(first.lower)) continue;
      // "Nam" of "Việt Nam" is matched whole; a lone "Việt" only counts before a dash
      // ("Việt - Nga") or at the end of a phrase, not inside a name ("Trần Việt Hùng").
      if (first.lower === 'việt' && m.to - m.from === 1) {
        const next = tokens[m.to];
        if (next && next.kind === 'word' && next.cap) continue;
      }
      // "Cộng hòa Chile", "Vương quốc Thái Lan": a state's form the lexicon does not list with the name.
      let start = m.start;
      for (let k = Math.max(s.tokenFrom, m.from - 3); k < m.from; k++) {
        const p = lexicon.eventCues.matchAt(tokens, k, m.from);
        if (p && p.to === m.from && p.value.has('countryPrefix') && tokens[k].cap) {
          start = tokens[k].start;
          break;
        }
      }
      out.push({ start, end: m.end, hit: m.value });
    }
  }
  return out;
}
