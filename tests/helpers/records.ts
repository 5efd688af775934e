/** Look-ups in a record that tests share. */
import type { ArticleRecord, Person } from '../../src/index.js';

/** The person of a record named `name` in full or by an alias; throws, listing the names, if none is. */
export function person(r: ArticleRecord, name: string): Person {
  const p = r.people.find((x) => x.name === name || x.aliases.includes(name));
  if (!p) throw new Error(`no person ${name} in [${r.people.map((x) => x.name).join(', ')}]`);
  return p;
}
