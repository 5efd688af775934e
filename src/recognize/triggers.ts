/**
 * Meeting words ("hội đàm", "held talks", "lễ đón") in the body, headline and captions.
 * Look-alikes are dropped here ("tiếp tục" is not "tiếp"); whether a trigger reports a new
 * meeting, refers back or is background is decided at assembly, which sees the whole story.
 */
import type { Analysis, Doc, TriggerMention } from '../pipeline/types.js';
import type { Token } from '../engine/tokens.js';
import { firstWordIds } from '../engine/phrases.js';

const isOpenQuote = (t: string): boolean => t === '"' || t === '“' || t === '«';
const isCloseQuote = (t: string): boolean => t === '"' || t === '”' || t === '»';
// Longer quotations are reported speech: what a speaker says is not a meeting of the article.
const MAX_QUOTED_NAME = 25;

/** Token ranges inside long quotations. */
function quotedSpeech(tokens: readonly Token[], from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let open = -1;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.kind !== 'punct') continue;
    if (open < 0 && (isOpenQuote(t.text) && (t.text !== '"' || tokens[i + 1]?.spaceBefore === false))) open = i;
    else if (open >= 0 && isCloseQuote(t.text)) {
      if (i - open > MAX_QUOTED_NAME) out.push([open, i]);
      open = -1;
    }
  }
  if (open >= 0 && to - open > MAX_QUOTED_NAME) out.push([open, to]);
  return out;
}

/** A one-word reception or welcome verb ("tiếp", "đón", "received") needs a visitor right after it. */
function hasObject(doc: Doc, i: number, limit: number): boolean {
  const next = doc.tokens[i];
  if (!next || i >= limit) return false;
  if (next.cap) return true;
  return !!doc.lexicon.honorifics.matchAt(doc.tokens, i, limit);
}

export function recognizeTriggers(doc: Doc, a?: Analysis): TriggerMention[] {
  void a;
  const out: TriggerMention[] = [];
  const { tokens, lexicon } = doc;
  const ids = firstWordIds(tokens);
  doc.sentences.forEach((s, si) => {
    const speech = quotedSpeech(tokens, s.tokenFrom, s.tokenTo);
    const inSpeech = (i: number): boolean => speech.some(([x, y]) => i > x && i < y);
    for (let i = s.tokenFrom; i < s.tokenTo; i++) {
      // No cue or trigger starts with this word.
      const cueHere = lexicon.eventCues.startsWith(ids[i]);
      if (!cueHere && !lexicon.triggers.startsWith(ids[i])) continue;
      const cue = cueHere ? lexicon.eventCues.matchAt(tokens, i, s.tokenTo) : null;
      const trig = lexicon.triggers.matchAt(tokens, i, s.tokenTo);
      if (cue && cue.value.has('block') && (!trig || cue.to >= trig.to)) {
        i = cue.to - 1;
        continue;
      }
      if (!trig) continue;
      i = trig.to - 1;
      if (inSpeech(trig.from)) continue;
      const e = trig.value;
      // "tiếp", "đón" alone need a visitor after them ("đón Tết" aside, which the lexicon may block).
      if ((e.kind === 'reception' || e.kind === 'ceremony') && trig.to - trig.from === 1 && !hasObject(doc, trig.to, s.tokenTo)) continue;
      out.push({ start: trig.start, end: trig.end, kind: e.kind, online: e.online, sentence: si, guestFirst: e.guestFirst });
    }
  });
  return out;
}
