/** Words that open the name of a document, with its kind. */
import type { LexiconInput } from '../../plugin.js';

export const agreementKinds: NonNullable<LexiconInput['agreementKinds']> = [];
