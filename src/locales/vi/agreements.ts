/** Words that open the name of a document, with its kind. */
import type { LexiconInput } from '../../plugin.js';

export const agreementKinds: NonNullable<LexiconInput['agreementKinds']> = [
  { text: 'Hiệp định', kind: 'agreement', gloss: 'agreement (intergovernmental)' },
  { text: 'Thỏa thuận', kind: 'agreement', gloss: 'agreement, arrangement' },
  { text: 'Thoả thuận', kind: 'agreement', gloss: 'agreement (old tone mark)' },
  { text: 'Bản thỏa thuận', kind: 'agreement', gloss: 'agreement (document)' },
  { text: 'Bản ghi nhớ', kind: 'memorandum', gloss: 'memorandum' },
  { text: 'Biên bản ghi nhớ', kind: 'memorandum', gloss: 'memorandum (minutes)' },
  { text: 'Chương trình phối hợp hành động', kind: 'action_program', gloss: 'joint action programme' },
  { text: 'Chương trình hành động', kind: 'action_program', gloss: 'action programme' },
  { text: 'Chương trình hợp tác', kind: 'program', gloss: 'cooperation programme' },
  { text: 'Chương trình', kind: 'program', gloss: 'programme' },
  { text: 'Kế hoạch', kind: 'plan', gloss: 'plan' },
  { text: 'Nghị định thư', kind: 'protocol', gloss: 'protocol' },
  { text: 'Hiệp ước', kind: 'treaty', gloss: 'treaty' },
  { text: 'Tuyên bố', kind: 'other', gloss: 'statement, declaration' },
  { text: 'Ý định thư', kind: 'other', gloss: 'letter of intent' },
  { text: 'Biên bản', kind: 'other', gloss: 'minutes' },
  { text: 'Công ước', kind: 'treaty', gloss: 'convention' },
];
