/** Lines that open related-news lists, footers and comment boxes, or credit a source. */
import type { LexiconInput } from '../../plugin.js';

type Entries<K extends keyof LexiconInput> = NonNullable<LexiconInput[K]>;

export const boilerplate: Entries<'boilerplate'> = [
  { text: 'Related news', kind: 'related' },
  { text: 'Tags', kind: 'related' },
  { text: 'Read also', kind: 'related' },
  { text: 'Also read', kind: 'related' },
  { text: 'More news', kind: 'related' },
  { text: 'Latest news', kind: 'related' },
  { text: 'Most read', kind: 'related' },
  { text: 'You may also like', kind: 'related' },
  { text: 'Keywords', kind: 'related' },
  { text: 'Related articles', kind: 'related' },
  { text: 'Related stories', kind: 'related' },
  { text: 'Read more', kind: 'related' },
  { text: 'See also', kind: 'related' },
  { text: 'More news', kind: 'related' },
  { text: 'Latest news', kind: 'related' },
  { text: 'Most read', kind: 'related' },
  { text: 'You may also like', kind: 'related' },
  { text: 'Like us on Facebook', kind: 'footer' },
  { text: 'Follow us', kind: 'footer' },
  { text: 'Copyright', kind: 'footer' },
  { text: '©', kind: 'footer' },
  { text: 'All rights reserved', kind: 'footer' },
  { text: 'Comments', kind: 'comment' },
  { text: 'Leave a comment', kind: 'comment' },
  { text: 'Your comment', kind: 'comment' },
  { text: 'Source', kind: 'credit' },
];

export const outlets: Entries<'outlets'> = [
  { text: 'TASS' },
  { text: 'Sputnik' },
  { text: 'RIA Novosti' },
  { text: 'Interfax' },
  { text: 'RT' },
  { text: 'VNA' },
  { text: 'Vietnam News Agency' },
  { text: 'VietnamPlus' },
  { text: 'Vietnam+' },
  { text: 'VOV' },
  { text: 'Voice of Vietnam' },
  { text: 'Tuoi Tre' },
  { text: 'Reuters' },
  { text: 'AFP' },
  { text: 'Xinhua' },
  { text: 'Kyodo' },
];
