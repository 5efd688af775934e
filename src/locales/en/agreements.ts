/**
 * Words that open the name of a document, with its kind. `lowerCase`: the words name a
 * document also in lower case after "a/an" or a signing or drafting word ("signed a
 * memorandum of understanding on …"); generic words ("a plan to …", "a program for …",
 * "the statement said") name one only when capitalised.
 */
import type { LexiconInput } from '../../plugin.js';

export const agreementKinds: NonNullable<LexiconInput['agreementKinds']> = [
  { text: 'Memorandum of Understanding', kind: 'memorandum', lowerCase: true },
  { text: 'Memorandum', kind: 'memorandum', lowerCase: true },
  { text: 'MoU', kind: 'memorandum', lowerCase: true },
  { text: 'Agreement', kind: 'agreement', lowerCase: true },
  { text: 'Cooperation Agreement', kind: 'agreement', lowerCase: true },
  { text: 'Joint Action Program', kind: 'action_program', lowerCase: true },
  { text: 'Joint Action Programme', kind: 'action_program', lowerCase: true },
  { text: 'Action Program', kind: 'action_program', lowerCase: true },
  { text: 'Action Programme', kind: 'action_program', lowerCase: true },
  { text: 'Cooperation Program', kind: 'program' },
  { text: 'Cooperation Programme', kind: 'program' },
  { text: 'Program', kind: 'program' },
  { text: 'Programme', kind: 'program' },
  { text: 'Plan', kind: 'plan' },
  { text: 'Cooperation Plan', kind: 'plan' },
  { text: 'Action Plan', kind: 'plan', lowerCase: true },
  { text: 'Protocol', kind: 'protocol', lowerCase: true },
  { text: 'Treaty', kind: 'treaty', lowerCase: true },
  { text: 'Joint Statement', kind: 'other', lowerCase: true },
  { text: 'Statement', kind: 'other' },
  { text: 'Joint Declaration', kind: 'other', lowerCase: true },
  { text: 'Declaration', kind: 'other' },
  { text: 'Letter of Intent', kind: 'other', lowerCase: true },
  { text: 'Convention', kind: 'treaty', lowerCase: true },
];
