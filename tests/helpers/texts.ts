/** The texts tests run rules over: our own articles (tests/articles/<lang>/) and the seed fixtures. */
import { readdirSync, readFileSync } from 'node:fs';

const DIRS = {
  vi: new URL('../articles/vi/', import.meta.url),
  en: new URL('../articles/en/', import.meta.url),
  fixtures: new URL('../../fixtures/', import.meta.url),
};

/** The .txt files of the sets asked for, each set in file-name order. */
export function texts(...sets: Array<keyof typeof DIRS>): string[] {
  return sets.flatMap((set) => readdirSync(DIRS[set]).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => readFileSync(new URL(f, DIRS[set]), 'utf8')));
}
