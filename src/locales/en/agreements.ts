/** Words that open the name of a document, with its kind. */
import type { LexiconInput } from '../../plugin.js';

export const agreementKinds: NonNullable<LexiconInput['agreementKinds']> = [
  { text: 'Memorandum of Understanding', kind: 'memorandum' },
  { text: 'Memorandum', kind: 'memorandum' },
  { text: 'MoU', kind: 'memorandum' },
  { text: 'Agreement', kind: 'agreement' },
  { text: 'Joint Action Program', kind: 'action_program' },
  { text: 'Joint Action Programme', kind: 'action_program' },
  { text: 'Action Program', kind: 'action_program' },
  { text: 'Action Programme', kind: 'action_program' },
  { text: 'Cooperation Program', kind: 'program' },
  { text: 'Cooperation Programme', kind: 'program' },
  { text: 'Program', kind: 'program' },
  { text: 'Programme', kind: 'program' },
  { text: 'Plan', kind: 'plan' },
  { text: 'Cooperation Plan', kind: 'plan' },
  { text: 'Protocol', kind: 'protocol' },
  { text: 'Treaty', kind: 'treaty' },
  { text: 'Joint Statement', kind: 'other' },
  { text: 'Statement', kind: 'other' },
  { text: 'Declaration', kind: 'other' },
  { text: 'Letter of Intent', kind: 'other' },
  { text: 'Convention', kind: 'treaty' },
];
