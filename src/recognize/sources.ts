/**
 * Credited agencies and outlets: known outlet names in credit lines, captions' credits
 * and "Theo X" / "according to X" attributions.
 */
import { tokenAt } from '../engine/tokens.js';
import type { Doc } from '../pipeline/types.js';

export function recognizeSources(doc: Doc): string[] {
  const found = new Map<string, string>();
  for (const seg of doc.segments) {
    if (seg.kind === 'boilerplate' || seg.kind === 'header') continue;
    // Binary search: a scan from token 0 per segment was quadratic in the number of lines.
    const from = tokenAt(doc.tokens, seg.start);
    let to = from;
    while (to < doc.tokens.length && doc.tokens[to].start < seg.end) to++;
    for (const m of doc.lexicon.outlets.matchAll(doc.tokens, from, to)) {
      const name = m.value.text;
      if (!casedAsWritten(doc, m.from, m.to, name)) continue;
      if (!found.has(name.toLowerCase())) found.set(name.toLowerCase(), name);
    }
  }
  return [...found.values()];
}

/**
 * An outlet's name is matched as the lexicon writes its capitals: "Dân Việt" is the outlet,
 * "nhân dân Việt Nam" (the people of Vietnam) holds the same words in lower case; likewise
 * "tuổi trẻ" (youth), "thanh niên". Names the tokenizer splits otherwise are not checked.
 */
function casedAsWritten(doc: Doc, from: number, to: number, name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length !== to - from) return true;
  for (let k = from; k < to; k++) {
    const w = words[k - from];
    const upper = w[0] !== w[0].toLowerCase();
    if (upper !== doc.tokens[k].cap) return false;
  }
  return true;
}
