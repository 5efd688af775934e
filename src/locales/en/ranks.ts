/**
 * English ranks, including the forms of Vietnamese and Russian press English: "Senior
 * Lieutenant General" renders Thượng tướng (colonel general), "General of the Army" the
 * Russian four-star general.
 */
import type { LexiconInput } from '../../plugin.js';

type R = NonNullable<LexiconInput['ranks']>[number];

const army: Array<[string, R['code']]> = [
  ['Marshal', 'marshal'],
  ['Marshal of the Russian Federation', 'marshal'],
  ['General of the Army', 'general'],
  ['Army General', 'general'],
  ['General', 'general'],
  ['Colonel General', 'colonel_general'],
  ['Colonel-General', 'colonel_general'],
  ['Senior Lieutenant General', 'colonel_general'],
  ['Senior Lt. Gen.', 'colonel_general'],
  ['Sen. Lt. Gen.', 'colonel_general'],
  ['Sen. Lieut. Gen.', 'colonel_general'],
  ['Sen Lt Gen', 'colonel_general'],
  ['Lieut. Gen.', 'lieutenant_general'],
  ['Gen.', 'general'],
  ['Adm.', 'admiral'],
  ['Maj.', 'major'],
  ['Capt.', 'captain'],
  ['Lieutenant General', 'lieutenant_general'],
  ['Lieutenant-General', 'lieutenant_general'],
  ['Lt. Gen.', 'lieutenant_general'],
  ['Lt Gen', 'lieutenant_general'],
  ['Major General', 'major_general'],
  ['Major-General', 'major_general'],
  ['Maj. Gen.', 'major_general'],
  ['Maj Gen', 'major_general'],
  // One star, between colonel and major general (no code of its own in the record).
  ['Brigadier General', 'other'],
  ['Brigadier-General', 'other'],
  ['Brigadier', 'other'],
  ['Senior Colonel', 'senior_colonel'],
  ['Colonel', 'colonel'],
  ['Col.', 'colonel'],
  ['Lieutenant Colonel', 'lieutenant_colonel'],
  ['Lieutenant-Colonel', 'lieutenant_colonel'],
  ['Lt. Col.', 'lieutenant_colonel'],
  ['Major', 'major'],
  ['Captain', 'captain'],
  ['Senior Lieutenant', 'senior_lieutenant'],
  ['Lieutenant', 'lieutenant'],
  ['Junior Lieutenant', 'junior_lieutenant'],
];

const english = (t: string): string => t.replace(/-/g, ' ').replace(/^Sen\.? (?:Lt|Lieut)\.? Gen\.?$/, 'Colonel General')
  .replace(/\b(?:Lt|Lieut)\.? Gen\.?/, 'Lieutenant General').replace(/^Gen\.$/, 'General').replace(/^Adm\.$/, 'Admiral')
  .replace(/^Maj\.$/, 'Major').replace(/^Capt\.$/, 'Captain')
  .replace(/\bMaj\.? Gen\.?/, 'Major General').replace(/\bLt\. Col\./, 'Lieutenant Colonel').replace(/^Col\.$/, 'Colonel')
  .replace(/Senior Lieutenant General|Senior Lt\. Gen\./, 'Colonel General');

export const ranks: R[] = [
  ...army.map(([text, code]): R => ({ text, code, english: english(text), service: null })),
  ...army.filter(([t]) => !t.includes('.') && !t.startsWith('Marshal of')).map(([text, code]): R => ({
    text: `Police ${text}`, code, english: `Police ${english(text)}`, service: 'police',
  })),
  // Russian usage: "Colonel General of Police", "Lieutenant General of Justice" (the Investigative Committee).
  ...army.filter(([t]) => !t.includes('.') && !t.includes(' of ') && !t.startsWith('Marshal') && !t.startsWith('Sen')).flatMap(([text, code]): R[] => [
    { text: `${text} of Police`, code, english: `${english(text)} of Police`, service: 'police' },
    { text: `${text} of Justice`, code, english: `${english(text)} of Justice`, service: null },
  ]),
  { text: 'Admiral of the Fleet', code: 'admiral_of_the_fleet', english: 'Admiral of the Fleet', service: 'military' },
  { text: 'Fleet Admiral', code: 'admiral_of_the_fleet', english: 'Admiral of the Fleet', service: 'military' },
  { text: 'Admiral', code: 'admiral', english: 'Admiral', service: 'military' },
  { text: 'Vice Admiral', code: 'vice_admiral', english: 'Vice Admiral', service: 'military' },
  { text: 'Vice-Admiral', code: 'vice_admiral', english: 'Vice Admiral', service: 'military' },
  { text: 'Rear Admiral', code: 'rear_admiral', english: 'Rear Admiral', service: 'military' },
  { text: 'Rear-Admiral', code: 'rear_admiral', english: 'Rear Admiral', service: 'military' },
  { text: 'Vice Adm.', code: 'vice_admiral', english: 'Vice Admiral', service: 'military' },
  { text: 'Rear Adm.', code: 'rear_admiral', english: 'Rear Admiral', service: 'military' },
  // One star at sea, between captain and rear admiral (no code of its own in the record).
  { text: 'Commodore', code: 'other', english: 'Commodore', service: 'military' },
  { text: 'Senior Col.', code: 'senior_colonel', english: 'Senior Colonel', service: null },
  { text: 'Sr. Col.', code: 'senior_colonel', english: 'Senior Colonel', service: null },
  { text: 'Brig. Gen.', code: 'other', english: 'Brigadier General', service: null },
];
