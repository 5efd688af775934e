/**
 * The built bundle in a Workers-style runtime (@edge-runtime/vm: web APIs only, no Node
 * globals) gives, for every seed, the very record it gives in Node.
 */
import { EdgeVM } from '@edge-runtime/vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { ArticleRecordSchema } from '../src/schema.js';
import { bundle, loadBuilt, plain, seeds } from './helpers/built.js';

const all = seeds();

describe.each([
  { entry: 'index.js' as const, name: 'hoidam', langs: ['vi', 'en'] },
  { entry: 'vi.js' as const, name: 'hoidam/vi', langs: ['vi'] },
])('$name in an edge runtime', ({ entry, langs }) => {
  let vm: EdgeVM;
  let node: Awaited<ReturnType<typeof loadBuilt>>;

  beforeAll(async () => {
    node = await loadBuilt(entry);
    vm = new EdgeVM();
    vm.evaluate(await bundle(entry, 'iife'));
  });

  it('is a runtime without Node globals', () => {
    expect(vm.evaluate('[typeof require, typeof Buffer, typeof __dirname, typeof hoidam.extract].join()'))
      .toBe('undefined,undefined,undefined,function');
  });

  it.each(all.filter((s) => langs.includes(s.language)).map((s) => [s.file, s] as const))('extracts %s as in Node', (_, s) => {
    const out = JSON.parse(vm.evaluate(`(() => {
      const r = hoidam.extract(${JSON.stringify(s.text)});
      return JSON.stringify({ r, valid: hoidam.ArticleRecordSchema.safeParse(r).success });
    })()`) as string) as { r: unknown; valid: boolean };
    expect(out.valid).toBe(true);
    expect(ArticleRecordSchema.safeParse(out.r).success).toBe(true);
    expect(out.r).toMatchObject({ schemaVersion: 1, language: s.language });
    expect(out.r).toEqual(plain(node.extract(s.text)));
  });
});
