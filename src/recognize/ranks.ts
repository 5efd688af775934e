/**
 * Military and police ranks. A rank in the lexicon with a capital must be written with one;
 * English ranks that are also common words ("General Assembly", "a Major role") are dropped
 * when they sit inside a proper name or before a word that never names a person.
 */
import type { Doc, RankMention } from '../pipeline/types.js';
import { capitalOk, contentSentences } from './people/common.js';

// Words that may join the parts of a body's name after a title ("Minister of the Interior").
// An acronym in brackets may follow the body: "Director of the Federal Security Service (FSB) Army General …".
const GLUE = new Set(['of', 'the', 'and', 'for', '’', "'", 's', '(', ')']);
const MAX_BODY = 10;

/**
 * Whether the capitalised words right before token `i` close a title, or a title with its body:
 * "Chief of Defence Staff General …", "Minister of National Defence General …", "Lao Minister
 * of Public Security General …".
 * The walk back is bounded, so the check stays linear.
 */
function afterTitledBody(doc: Doc, i: number, from: number): boolean {
  const { tokens, lexicon } = doc;
  for (let k = i - 1; k >= from && i - k <= MAX_BODY; k--) {
    const t = tokens[k];
    if (!(t.kind === 'word' && t.cap) && !GLUE.has(t.lower)) return false;
    const title = t.cap ? lexicon.titles.matchAt(tokens, k, i) : null;
    // A title of several words right before the rank ("Chief of the General Staff General …"), or a title and its body.
    if (title && capitalOk(title.value.text, t) && (title.to === i || (title.value.takesOrganization && title.to < i))) return true;
  }
  return false;
}

export function recognizeRanks(doc: Doc): RankMention[] {
  const { tokens, lexicon } = doc;
  const out: RankMention[] = [];
  for (const { s } of contentSentences(doc)) {
    for (const m of lexicon.ranks.matchAll(tokens, s.tokenFrom, s.tokenTo)) {
      // Some Vietnamese outlets write ranks in lower case ("trung tướng Vũ Trung Kiên"): one right
      // before a capitalised word is a rank.
      if (!capitalOk(m.value.text, tokens[m.from])
        && !(doc.language === 'vi' && m.to < s.tokenTo && tokens[m.to].kind === 'word' && tokens[m.to].cap)) continue;
      // A longer title starting here wins: "General Secretary", "General Staff".
      const title = lexicon.titles.matchAt(tokens, m.from, s.tokenTo);
      if (title && title.to > m.to) continue;
      if (doc.language !== 'vi') {
        const next = tokens[m.to];
        if (next && m.to < s.tokenTo && lexicon.notNames.matchAt(tokens, m.to, s.tokenTo)) continue;
        const prev = tokens[m.from - 1];
        // "Interpol General Assembly": a capitalised word glued before the rank that is no
        // title, rank or country makes it part of a name.
        if (m.to - m.from === 1 && prev && m.from > s.tokenFrom && prev.cap && prev.kind === 'word' && !lexicon.titles.lookup(prev.text)
          && !lexicon.countries.lookup(prev.text) && !lexicon.honorifics.lookup(prev.text) && !afterTitledBody(doc, m.from, s.tokenFrom)) continue;
        if (!next || m.to >= s.tokenTo || !next.cap) continue;
      }
      out.push({ start: m.start, end: m.end, entry: m.value });
    }
  }
  return out;
}
