// What each entry and each dependency weighs once bundled, minified and gzipped, measured
// with esbuild like a user's bundler would. A dependency's cost is the marginal one: the
// entry's size minus its size with that dependency left out (external). dist/ has zod and
// chrono-node inlined (tsup.config.ts), so the split by dependency is measured on the
// source entry (src/index.ts, src/vi.ts) and the whole on the built file.
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { dist } from './lib.mjs';

export const DEPENDENCIES = ['zod', 'chrono-node', 'compromise'];

const srcOf = (entry) => fileURLToPath(new URL(`../src/${entry.replace(/\.js$/, '.ts')}`, import.meta.url));

async function gz(entry, external = [], fromSource = false) {
  const out = await build({
    entryPoints: [fromSource ? srcOf(entry) : fileURLToPath(new URL(entry, dist))],
    mainFields: ['module', 'main'],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    external,
    write: false,
    logLevel: 'silent',
  });
  const code = out.outputFiles[0].contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length, text: new TextDecoder().decode(code) };
}

/** Sizes in bytes of each entry, and of each dependency inside it. */
export async function sizes(entries = ['index.js', 'vi.js']) {
  const result = [];
  for (const entry of entries) {
    const whole = await gz(entry);
    const source = await gz(entry, [], true);
    const deps = {};
    for (const dep of DEPENDENCIES) {
      const without = await gz(entry, [dep, `${dep}/*`], true);
      deps[dep] = { min: source.min - without.min, gzip: source.gzip - without.gzip };
    }
    const own = await gz(entry, DEPENDENCIES.flatMap((d) => [d, `${d}/*`]), true);
    result.push({ entry, min: whole.min, gzip: whole.gzip, own: { min: own.min, gzip: own.gzip }, deps });
  }
  return result;
}
