/** Honorifics before names, and capitalised words that are never part of a name. */
import type { LexiconInput } from '../../plugin.js';

type W = NonNullable<LexiconInput['honorifics']>[number];

export const honorifics: W[] = [
  { text: 'Mr' }, { text: 'Mr.' }, { text: 'Mrs' }, { text: 'Mrs.' }, { text: 'Ms' }, { text: 'Ms.' }, { text: 'Madam' },
  { text: 'Dr' }, { text: 'Dr.' }, { text: 'His Excellency' }, { text: 'Her Excellency' }, { text: 'H.E.' },
  { text: 'counterpart' }, { text: 'comrade' },
  // Cambodian honorifics before a name: "Samdech Krolahom Sar Kheng".
  { text: 'Samdech', gloss: 'Cambodian honorific (lord)' }, { text: 'Samdech Krolahom', gloss: 'Cambodian honorific of the interior minister' },
  { text: 'Samdech Techo', gloss: 'Cambodian honorific' }, { text: 'Krolahom', gloss: 'Cambodian honorific' },
];

const words = [
  'The', 'This', 'That', 'These', 'Those', 'A', 'An', 'In', 'On', 'At', 'By', 'For', 'From', 'With', 'As', 'And', 'But', 'Or',
  'He', 'She', 'It', 'They', 'We', 'His', 'Her', 'Their', 'Our', 'During', 'After', 'Before', 'Also', 'According', 'Today',
  'Yesterday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March',
  'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Photo', 'Source', 'Staff',
  'Assembly', 'Department', 'Directorate', 'Ministry', 'Committee', 'Council', 'Service', 'Agency', 'Party', 'Army', 'Navy',
  'Government', 'State', 'Federation', 'Republic', 'Kingdom', 'Embassy', 'Academy', 'University', 'Office', 'Prosecutor',
  'Hanoi', 'Moscow', 'Ho Chi Minh', 'Ho Chi Minh City', 'Mausoleum', 'Kremlin', 'Interpol', 'ASEAN', 'COVID', 'Covid',
  'VNA', 'TASS', 'Sputnik', 'RIA', 'Novosti', 'Vietnam', 'Russia', 'Security', 'Defence', 'Defense', 'Public', 'Affairs',
  'Foreign', 'Internal', 'Interior', 'National', 'Political', 'People', 'Politics', 'Strategic', 'Partnership', 'Comprehensive',
  'Sea', 'East', 'South', 'North', 'West', 'Asia', 'Pacific', 'Southeast', 'General Staff', 'General Assembly', 'Forces',
  'Armed', 'Military', 'Police', 'Dialogue', 'Talks', 'Meeting', 'Conference', 'Forum', 'Agreement', 'Memorandum', 'Plan',
  'Program', 'Programme', 'Protocol', 'Treaty', 'Deputy', 'Vice', 'First', 'Senior', 'Chief', 'Head', 'Minister', 'Sen',
  'Lt', 'Lieut', 'Gen',
  // Heads of place names: "Hotel Metropole", "Camp Aguinaldo", "Ba Dinh Square".
  'Hotel', 'Palace', 'House', 'Hall', 'Camp', 'Base', 'Airport', 'Street', 'Square', 'Province', 'City', 'Centre', 'Center',
  'Building', 'Headquarters', 'Port', 'Island', 'Museum', 'Park', 'Bridge', 'Road', 'Avenue', 'Tower', 'Pagoda', 'Temple',
];

export const notNames: W[] = words.map((text) => ({ text }));
