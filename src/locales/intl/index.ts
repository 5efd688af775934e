/** Countries and cities in every spelling the press uses; applies to every language. */
import { definePlugin } from '../../plugin.js';
import { countries } from './countries.js';
import { places } from './places.js';

export const intlPlugin = definePlugin({
  name: 'hoidam:intl',
  language: '*',
  lexicon: { countries, places },
});
