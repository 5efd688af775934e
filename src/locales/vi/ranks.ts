/** Military and police ranks. */
import type { LexiconInput } from '../../plugin.js';

export const ranks: NonNullable<LexiconInput['ranks']> = [];
