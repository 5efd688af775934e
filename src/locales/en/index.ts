/** The English locale: words as data, date rules as chrono parsers and refiners. */
import { definePlugin } from '../../plugin.js';
import { boilerplate, outlets } from './boilerplate.js';
import { ranks } from './ranks.js';
import { titles } from './titles.js';
import { organizationHeads, organizations } from './organizations.js';
import { honorifics, notNames } from './names.js';
import { eventCues, triggers } from './triggers.js';
import { agreementKinds } from './agreements.js';
import { createDateBase, dateParsers, dateRefiners } from './dates/index.js';

export const enPlugin = definePlugin({
  name: 'hoidam:en',
  language: 'en',
  lexicon: { ranks, titles, organizations, organizationHeads, honorifics, notNames, triggers, eventCues, agreementKinds, boilerplate, outlets },
  dates: { base: createDateBase(), parsers: dateParsers, refiners: dateRefiners },
});
