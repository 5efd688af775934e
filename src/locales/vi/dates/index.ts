/** chrono-node parsers and refiners for Vietnamese dates (registered through the vi plugin). */
import type { Parser, Refiner } from 'chrono-node';
import { viParsers } from './parsers.js';
import { viRefiners } from './refiners.js';

export const dateParsers: Parser[] = viParsers;
export const dateRefiners: Refiner[] = viRefiners;
export { TAG } from './build.js';
