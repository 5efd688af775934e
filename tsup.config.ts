import { defineConfig } from 'tsup';

// Dependencies inlined into the Node-only files that users never import (CLI, worker).
const BUNDLED = ['zod', 'chrono-node', 'compromise'];

export default defineConfig([
  {
    // The library: pure, runs in browsers, workers and edge runtimes. `vi` is the
    // Vietnamese-only entry; ESM shares a chunk between the two entries.
    entry: { index: 'src/index.ts', vi: 'src/vi.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
    // zod and chrono-node are bundled in (`noExternal`), for cold start: as separate packages
    // Node resolves, reads and links ~100 ES modules on import (~200 ms here: zod ~120 ms,
    // chrono-node/vi + /en ~80 ms), against ~80 ms for the same code as one file. A serverless
    // function pays this on every cold start. The trade-off:
    //  - users who also use zod or chrono-node load a second copy (bundlers no longer dedupe
    //    it; the gzipped size of an entry is about the same, as it always included them);
    //  - our schemas and chrono instances come from our copy: a ZodError we produce is not an
    //    `instanceof` of the user's zod, and a plugin parser that constructs chrono's own
    //    ParsingComponents from the user's chrono-node (rather than returning a plain object or
    //    using context.createParsingResult, as documented) is not recognised by our chrono;
    //  - security fixes in zod or chrono-node reach users through a hoidam release.
    // Both stay in `dependencies`: the .d.ts files import their types from them.
    noExternal: ['zod', 'chrono-node'],
    // White space, comments and syntax minified (names kept, for stack traces and profiles;
    // the source maps lead back to src/): V8 parses less at import, about -18M instructions
    // of a cold start (callgrind).
    minifyWhitespace: true,
    minifySyntax: true,
  },
  {
    // hoidam/node: batches on worker threads. Shims give the CommonJS build an
    // import.meta.url, which locates the worker file next to it.
    entry: { node: 'src/node.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    platform: 'node',
    target: 'node18',
    shims: true,
  },
  {
    // The worker thread of hoidam/node (ESM for both builds: Node loads it by URL). Its
    // dependencies are bundled in: one file loads far faster than zod's and chrono's
    // hundreds of modules, and every worker pays that start-up.
    entry: { 'node-worker': 'src/node-worker.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node18',
    noExternal: BUNDLED,
    minify: true,
  },
  {
    // The command line: Node only.
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node18',
    banner: { js: '#!/usr/bin/env node' },
    external: ['hoidam', 'tinypool'],
    // Bundled for start-up time, as for the worker; tinypool stays external because it
    // locates its own worker script next to itself.
    noExternal: BUNDLED,
    minify: true,
  },
]);
