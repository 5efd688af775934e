/**
 * Bodies named in English. Entries without a country are generic: the country comes from
 * the text ("of Russia", "Russian", "Vietnam's"). `afterTitle` forms follow "Minister of".
 */
import type { LexiconInput } from '../../plugin.js';

type O = NonNullable<LexiconInput['organizations']>[number];
type H = NonNullable<LexiconInput['organizationHeads']>[number];

export const organizations: O[] = [
  { names: ['Ministry of Public Security', 'Public Security Ministry', 'MPS'], afterTitle: ['Public Security'], english: 'Ministry of Public Security', acronym: 'MPS', kind: 'ministry' },
  { names: ['Ministry of National Defence', 'Ministry of National Defense', 'Ministry of Defence', 'Ministry of Defense', 'Defence Ministry', 'Defense Ministry', 'MND', 'MoD'], afterTitle: ['National Defence', 'National Defense', 'Defence', 'Defense'], english: 'Ministry of National Defence', acronym: 'MND', kind: 'ministry' },
  { names: ['Ministry of Foreign Affairs', 'Foreign Ministry', 'MFA', 'Foreign Affairs Ministry'], afterTitle: ['Foreign Affairs'], english: 'Ministry of Foreign Affairs', acronym: 'MFA', kind: 'ministry' },
  { names: ['Ministry of Internal Affairs', 'Ministry of the Interior', 'Ministry of Interior', 'Interior Ministry', 'Internal Affairs Ministry', 'Home Ministry', 'Ministry of Home Affairs'], afterTitle: ['Internal Affairs', 'the Interior', 'Interior', 'Home Affairs'], english: 'Ministry of Internal Affairs', kind: 'ministry' },
  { names: ['Ministry of Internal Affairs of the Russian Federation', 'Ministry of Internal Affairs of Russia', 'Russian Interior Ministry', 'MIA of Russia', 'MVD', 'Russian Ministry of Internal Affairs'], english: 'Ministry of Internal Affairs of the Russian Federation', acronym: 'MVD', country: 'RU', kind: 'ministry' },
  { names: ['Ministry of Emergency Situations', 'Emergencies Ministry', 'EMERCOM'], afterTitle: ['Emergency Situations'], english: 'Ministry of Emergency Situations', acronym: 'EMERCOM', kind: 'ministry' },
  { names: ['Ministry of Justice', 'Justice Ministry'], afterTitle: ['Justice'], english: 'Ministry of Justice', kind: 'ministry' },
  // Other ministries as the Vietnamese press names them in English (and many governments do).
  ...([
    ['Industry and Trade'], ['Planning and Investment'], ['Finance'], ['Health'], ['Education and Training'],
    ['Transport'], ['Construction'], ['Culture, Sports and Tourism'], ['Agriculture and Rural Development'],
    ['Natural Resources and Environment'], ['Information and Communications'], ['Science and Technology'],
    ['Labour, Invalids and Social Affairs', 'Labor, Invalids and Social Affairs'], ['Trade'], ['Commerce'], ['Economy'],
    ['Energy'], ['Education'], ['Culture'], ['Agriculture'],
  ] as string[][]).map((forms): O => ({
    names: forms.map((f) => `Ministry of ${f}`), afterTitle: forms, english: `Ministry of ${forms[0]}`, kind: 'ministry',
  })),
  { names: ['Security Council', 'National Security Council'], english: 'Security Council', kind: 'council' },
  { names: ['Security Council of the Russian Federation', 'Russian Security Council', 'Security Council of Russia'], english: 'Security Council of the Russian Federation', country: 'RU', kind: 'council' },
  { names: ['Investigative Committee'], english: 'Investigative Committee', country: 'RU', kind: 'committee' },
  { names: ['Federal Security Service', 'FSB'], english: 'Federal Security Service', acronym: 'FSB', country: 'RU', kind: 'agency' },
  { names: ['Rosgvardia', 'Russian National Guard', 'National Guard of Russia', 'Federal Service of National Guard Troops', 'Federal Service of the National Guard Troops', 'National Guard Troops', 'Russian Guard'], english: 'Federal National Guard Troops Service', acronym: 'Rosgvardia', country: 'RU', kind: 'agency' },
  { names: ['General Staff'], english: 'General Staff', kind: 'armed_forces' },
  { names: ['General Department of Politics', 'General Political Department'], english: 'General Department of Politics', kind: 'agency' },
  { names: ["Vietnam People's Army", 'Vietnam People’s Army', 'VPA'], english: "Vietnam People's Army", acronym: 'VPA', country: 'VN', kind: 'armed_forces' },
  { names: ["People's Public Security", 'People’s Public Security'], english: "People's Public Security of Vietnam", acronym: 'CAND', country: 'VN', kind: 'armed_forces' },
  { names: ['Communist Party of Vietnam', 'CPV'], english: 'Communist Party of Vietnam', acronym: 'CPV', country: 'VN', kind: 'party' },
  { names: ['Politburo'], english: 'Politburo', kind: 'party' },
  { names: ['Party Central Committee'], english: 'Party Central Committee', kind: 'party' },
  { names: ['Central Military Commission'], english: 'Central Military Commission', country: 'VN', kind: 'party' },
  { names: ['National Assembly'], english: 'National Assembly', kind: 'parliament' },
  { names: ['State Duma'], english: 'State Duma', country: 'RU', kind: 'parliament' },
  { names: ['Government'], english: 'Government', kind: 'government' },
  { names: ['Kremlin', 'the Kremlin'], english: 'Kremlin', country: 'RU', kind: 'government' },
  { names: ['Interpol', 'INTERPOL'], english: 'Interpol', kind: 'other' },
  { names: ['ASEAN'], english: 'ASEAN', kind: 'other' },
  { names: ['Embassy'], english: 'Embassy', kind: 'embassy' },
];

export const organizationHeads: H[] = [
  { text: 'Ministry', kind: 'ministry', english: 'Ministry' },
  { text: 'Committee', kind: 'committee', english: 'Committee' },
  { text: 'Council', kind: 'council', english: 'Council' },
  { text: 'Agency', kind: 'agency', english: 'Agency' },
  { text: 'Service', kind: 'agency', english: 'Service' },
  { text: 'General Department', kind: 'agency', english: 'General Department' },
  { text: 'Department', kind: 'agency', english: 'Department' },
  { text: 'Directorate', kind: 'agency', english: 'Directorate' },
  { text: 'Main Directorate', kind: 'agency', english: 'Main Directorate' },
  { text: 'Commission', kind: 'committee', english: 'Commission' },
  { text: 'Academy', kind: 'other', english: 'Academy' },
  { text: 'Embassy', kind: 'embassy', english: 'Embassy' },
  { text: 'Communist Party', kind: 'party', english: 'Communist Party' },
];
