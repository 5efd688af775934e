/** Known bodies with their canonical English names, acronyms, countries and kinds. */
import type { LexiconInput } from '../../plugin.js';

export const organizations: NonNullable<LexiconInput['organizations']> = [];
