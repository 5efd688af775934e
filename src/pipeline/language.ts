/**
 * Stage 2: language detection, by script and letter statistics (no network, no model).
 */
import type { Language } from '../schema.js';
import { tokenize, type ScriptTally } from '../engine/tokens.js';

const EN_WORDS = /\b(?:the|of|and|to|in|with|on|was|said|for|that|is|has)\b/gi;

const count = (re: RegExp, s: string): number => {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s)) n++;
  return n;
};

// The blocks that hold every Cyrillic code point (Cyrillic, its Supplement and Extended-A/B/C/D,
// two phonetic letters, half marks, and U+1E030-U+1E08F as surrogate pairs): a text with none
// of these has no Cyrillic. A plain-range regex scans a text several times faster than a loop
// of charCodeAt; the tokenizer's script classes decide for the rare text that has some.
const CYRILLIC_BLOCKS = /[\u0400-\u052f\u1c80-\u1c8f\u1d2b\u1d78\u2de0-\u2dff\ua640-\ua69f\ufe2e\ufe2f]|\ud838[\udc30-\udc8f]/;

/** Whether any code point of `s` is of the Cyrillic script. */
export function hasCyrillic(s: string): boolean {
  if (!CYRILLIC_BLOCKS.test(s)) return false;
  const tally: ScriptTally = { limit: s.length, latin: 0, cyrillic: 0, vietnamese: 0 };
  tokenize(s, 0, 0, tally);
  return tally.cyrillic > 0;
}

/** Detection reads the text's first characters: articles declare themselves early. */
export const LANGUAGE_SAMPLE = 20000;

/** A tally for tokenize() to fill on its pass over the text (see languageOfTally). */
export function newScriptTally(): ScriptTally {
  return { limit: LANGUAGE_SAMPLE, latin: 0, cyrillic: 0, vietnamese: 0 };
}

/** Detects the language of (a sample of) the text. */
export function detectLanguage(text: string): Language {
  const sample = text.length > LANGUAGE_SAMPLE ? text.slice(0, LANGUAGE_SAMPLE) : text;
  const tally = newScriptTally();
  tokenize(sample, 0, 0, tally);
  // The decision reads the sample alone: given it, it slices nothing again.
  return languageOfTally(sample, tally);
}

/** detectLanguage(text), from the letters tokenize(text) tallied (the same counts, no second pass). */
export function languageOfTally(text: string, tally: ScriptTally): Language {
  return decide(text, tally.latin, tally.cyrillic, tally.vietnamese);
}

function decide(text: string, latin: number, cyr: number, vi: number): Language {
  const sample = text.length > LANGUAGE_SAMPLE ? text.slice(0, LANGUAGE_SAMPLE) : text;
  const letters = latin + cyr;
  if (letters < 3) return 'und';
  if (vi / letters > 0.015) return 'vi';
  if (cyr > latin) return 'ru';
  const words = Math.max(1, sample.split(/\s+/).length);
  if (count(EN_WORDS, sample) / words > 0.03) return 'en';
  return 'und';
}
