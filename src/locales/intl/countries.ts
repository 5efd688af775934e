/** Countries in Vietnamese, English and transliterated spellings. */
import type { LexiconInput } from '../../plugin.js';

export const countries: NonNullable<LexiconInput['countries']> = [];
