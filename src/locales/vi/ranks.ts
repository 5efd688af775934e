/**
 * Vietnamese military and police ranks. The bare rank carries no service: the recognizer
 * reads it from "Công an"/"CAND" right after the rank, and assembly falls back to the
 * person's body (a police ministry → police, otherwise military). "… Công an" entries make
 * the police form explicit.
 */
import type { LexiconInput } from '../../plugin.js';

type R = NonNullable<LexiconInput['ranks']>[number];

const base: Array<[string, R['code'], string, string]> = [
  ['Nguyên soái', 'marshal', 'Marshal', 'marshal'],
  ['Thống chế', 'marshal', 'Marshal', 'marshal (foreign usage)'],
  ['Đại tướng', 'general', 'General', 'general (four stars)'],
  ['Thượng tướng', 'colonel_general', 'Colonel General', 'colonel general (three stars)'],
  ['Trung tướng', 'lieutenant_general', 'Lieutenant General', 'lieutenant general (two stars)'],
  ['Thiếu tướng', 'major_general', 'Major General', 'major general (one star)'],
  ['Đại tá', 'senior_colonel', 'Senior Colonel', 'senior colonel'],
  ['Thượng tá', 'colonel', 'Colonel', 'colonel'],
  ['Trung tá', 'lieutenant_colonel', 'Lieutenant Colonel', 'lieutenant colonel'],
  ['Thiếu tá', 'major', 'Major', 'major'],
  ['Đại úy', 'captain', 'Captain', 'captain'],
  ['Đại uý', 'captain', 'Captain', 'captain (old spelling)'],
  ['Thượng úy', 'senior_lieutenant', 'Senior Lieutenant', 'senior lieutenant'],
  ['Thượng uý', 'senior_lieutenant', 'Senior Lieutenant', 'senior lieutenant (old spelling)'],
  ['Trung úy', 'lieutenant', 'Lieutenant', 'lieutenant'],
  ['Trung uý', 'lieutenant', 'Lieutenant', 'lieutenant (old spelling)'],
  ['Thiếu úy', 'junior_lieutenant', 'Junior Lieutenant', 'junior lieutenant'],
  ['Thiếu uý', 'junior_lieutenant', 'Junior Lieutenant', 'junior lieutenant (old spelling)'],
];

const navy: R[] = [
  { text: 'Đô đốc Hạm đội', code: 'admiral_of_the_fleet', english: 'Admiral of the Fleet', service: 'military', gloss: 'fleet admiral' },
  { text: 'Đô đốc', code: 'admiral', english: 'Admiral', service: 'military', gloss: 'admiral' },
  { text: 'Phó Đô đốc', code: 'vice_admiral', english: 'Vice Admiral', service: 'military', gloss: 'vice admiral' },
  { text: 'Chuẩn Đô đốc', code: 'rear_admiral', english: 'Rear Admiral', service: 'military', gloss: 'rear admiral' },
  // Coast guards' and maritime agencies' flag ranks: "Phó Đô đốc Hàng hải" (Maritime Vice Admiral).
  { text: 'Đô đốc Hàng hải', code: 'admiral', english: 'Maritime Admiral', service: 'military', gloss: 'maritime admiral' },
  { text: 'Phó Đô đốc Hàng hải', code: 'vice_admiral', english: 'Maritime Vice Admiral', service: 'military', gloss: 'maritime vice admiral' },
  { text: 'Chuẩn Đô đốc Hàng hải', code: 'rear_admiral', english: 'Maritime Rear Admiral', service: 'military', gloss: 'maritime rear admiral' },
];

export const ranks: R[] = [
  ...base.map(([text, code, english, gloss]): R => ({ text, code, english, service: null, gloss })),
  // "Thượng tướng Công an", "Đại tá CAND": the police service made explicit.
  ...base.flatMap(([text, code, english, gloss]): R[] => [
    { text: `${text} Công an`, code, english: `Police ${english}`, service: 'police', gloss: `police ${gloss}` },
    { text: `${text} CAND`, code, english: `Police ${english}`, service: 'police', gloss: `police ${gloss}` },
    { text: `${text} Quân đội`, code, english, service: 'military', gloss: `army ${gloss}` },
    // Foreign officers of a named arm, as the press writes them: "Đại tá Hải quân", "Trung tướng Không quân".
    { text: `${text} Hải quân`, code, english: `${english} (Navy)`, service: 'military', gloss: `navy ${gloss}` },
    { text: `${text} Không quân`, code, english: `${english} (Air Force)`, service: 'military', gloss: `air force ${gloss}` },
    { text: `${text} Lục quân`, code, english: `${english} (Army)`, service: 'military', gloss: `army (land forces) ${gloss}` },
    // Russia's Investigative Committee and prosecutors hold ranks "of Justice": "Đại tướng Tư pháp".
    { text: `${text} Tư pháp`, code, english: `${english} of Justice`, service: null, gloss: `${gloss} of justice` },
  ]),
  ...navy,
];
