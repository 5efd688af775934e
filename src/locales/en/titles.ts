/** Official titles and the role codes they carry. */
import type { LexiconInput } from '../../plugin.js';

export const titles: NonNullable<LexiconInput['titles']> = [];
