/** Honorifics before names, and capitalised words that are never part of a name. */
import type { LexiconInput } from '../../plugin.js';

export const honorifics: NonNullable<LexiconInput['honorifics']> = [];
export const notNames: NonNullable<LexiconInput['notNames']> = [];
