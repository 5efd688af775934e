/** chrono-node parsers and refiners for this locale's dates. */
import type { Parser, Refiner } from 'chrono-node';

export const dateParsers: Parser[] = [];
export const dateRefiners: Refiner[] = [];
