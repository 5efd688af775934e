/** Words that report a meeting, with the meeting kind they signal. */
import type { LexiconInput } from '../../plugin.js';

export const triggers: NonNullable<LexiconInput['triggers']> = [];
