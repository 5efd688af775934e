/**
 * Helpers for the tests of the BUILT package (dist/): the seeds, the built entries loaded
 * in Node, and browser/worker bundles of them made with esbuild as a user's bundler would.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const distDir = `${root}dist/`;
const REQUIRED = ['index.js', 'index.cjs', 'vi.js', 'node.js', 'node.cjs', 'node-worker.js', 'cli.js'];

/** Builds dist/ when a file the tests need is missing (CI builds before testing). */
export function ensureBuilt(): void {
  if (REQUIRED.every((f) => existsSync(distDir + f))) return;
  execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'ignore' });
}

export interface Seed { file: string; path: string; text: string; language: string }

export function seeds(): Seed[] {
  const dir = `${root}fixtures/`;
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((file) => ({
    file,
    path: dir + file,
    text: readFileSync(dir + file, 'utf8'),
    language: JSON.parse(readFileSync(dir + file.replace(/\.txt$/, '.gold.json'), 'utf8')).language,
  }));
}

type Entry = typeof import('../../src/index.js');
/** A built entry (dist/index.js or dist/vi.js) imported in Node. */
export async function loadBuilt(entry: 'index.js' | 'vi.js' = 'index.js'): Promise<Entry> {
  ensureBuilt();
  return (await import(/* @vite-ignore */ `${distDir}${entry}`)) as Entry;
}

/** The built ESM entry bundled with its dependencies into one script, for a non-Node runtime. */
export async function bundle(entry: 'index.js' | 'vi.js', format: 'esm' | 'iife'): Promise<string> {
  ensureBuilt();
  const out = await build({
    entryPoints: [distDir + entry],
    bundle: true,
    format,
    globalName: format === 'iife' ? 'hoidam' : undefined,
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0].text;
}

/** A record as it looks after crossing a process or thread boundary. */
export const plain = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
