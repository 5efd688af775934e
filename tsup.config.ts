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
