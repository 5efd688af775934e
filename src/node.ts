/**
 * hoidam/node: the Node-only entry. Everything `hoidam` exports, plus `extractMany`, which
 * spreads a batch of articles over worker threads and returns the records in input order.
 */
import * as os from 'node:os';
import { ExtractOptionsSchema, type ExtractOptions } from './extractor.js';
import type { ArticleRecord } from './schema.js';
import type { ChunkTask } from './node-worker.js';

export * from './index.js';

export interface ExtractManyOptions extends ExtractOptions {
  /** Worker threads; default: the number of available CPUs (never more than there are chunks). */
  workers?: number;
  /** Articles sent to a worker at once; default chosen from the batch size. */
  chunkSize?: number;
}

function positiveInt(v: unknown, name: string): number | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
    throw new TypeError(`hoidam: extractMany: option ${name} must be a positive integer, got ${String(v)}`);
  }
  return v;
}

function cpuCount(): number {
  // availableParallelism respects CPU quotas (containers); older Node lacks it.
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : Math.max(1, os.cpus().length);
}

export interface BatchExtractor {
  /** Like `extractMany`, on this extractor's pool (options other than `workers` apply). */
  extractMany(texts: readonly string[], options?: Omit<ExtractManyOptions, 'workers'>): Promise<ArticleRecord[]>;
  /** Stops the worker threads; pending batches are rejected. */
  close(): Promise<void>;
}

interface Prepared {
  chunks: ChunkTask[];
}

/** Validates a batch up front, so that bad input fails before any worker starts. */
function prepare(texts: readonly string[], options: ExtractManyOptions, workers: number): Prepared {
  if (!Array.isArray(texts)) throw new TypeError('hoidam: extractMany() expects an array of article texts');
  const bad = texts.findIndex((t) => typeof t !== 'string');
  if (bad >= 0) throw new TypeError(`hoidam: extractMany(): texts[${bad}] is not a string (${typeof texts[bad]})`);
  if (options === null || typeof options !== 'object') throw new TypeError('hoidam: extractMany(): options must be an object');
  const { workers: _w, chunkSize: c, ...rest } = options;
  const checked = ExtractOptionsSchema.safeParse(rest);
  if (!checked.success) {
    const i = checked.error.issues[0];
    throw new TypeError(`hoidam: extractMany: option ${i.path.join('.') || '(options)'} is invalid: ${i.message}`);
  }
  // Several chunks per worker keep all of them busy to the end when articles differ in length.
  const chunkSize = positiveInt(c, 'chunkSize') ?? Math.max(1, Math.min(16, Math.ceil(texts.length / (workers * 4))));
  const chunks: ChunkTask[] = [];
  for (let i = 0; i < texts.length; i += chunkSize) chunks.push({ texts: texts.slice(i, i + chunkSize), options: rest });
  return { chunks };
}

async function startPool(threads: number): Promise<import('tinypool').Tinypool> {
  // tinypool is ESM-only; a dynamic import keeps the CommonJS build of this entry loadable.
  const { Tinypool } = await import('tinypool');
  return new Tinypool({
    filename: new URL('./node-worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
  });
}

async function runChunks(pool: import('tinypool').Tinypool, chunks: ChunkTask[]): Promise<ArticleRecord[]> {
  const results = await Promise.all(chunks.map((chunk) => pool.run(chunk) as Promise<ArticleRecord[]>));
  return results.flat();
}

/**
 * A pool of worker threads kept for several batches (the CLI reads files in batches), so
 * that threads start once. Call `close()` when done, or the process stays alive.
 */
export function createBatchExtractor(options: { workers?: number } = {}): BatchExtractor {
  const workers = positiveInt(options?.workers, 'workers') ?? cpuCount();
  let pool: Promise<import('tinypool').Tinypool> | null = null;
  return {
    async extractMany(texts, opts = {}) {
      const { chunks } = prepare(texts, opts, workers);
      if (!chunks.length) return [];
      pool ??= startPool(workers);
      return runChunks(await pool, chunks);
    },
    async close() {
      const p = pool;
      pool = null;
      if (p) await (await p).destroy();
    },
  };
}

/**
 * Extracts one record per text on a pool of worker threads (each runs the same built-in
 * `extract()`), resolving to the records in input order. Rejects with a TypeError, before any
 * worker starts, when `texts` is not an array of strings or an option is invalid. Plugins
 * cannot cross thread boundaries, so this uses the built-in locales only.
 */
export async function extractMany(texts: readonly string[], options: ExtractManyOptions = {}): Promise<ArticleRecord[]> {
  const workers = positiveInt(options?.workers, 'workers') ?? cpuCount();
  const { chunks } = prepare(texts, options, workers);
  if (!chunks.length) return [];
  const pool = await startPool(Math.min(workers, chunks.length));
  try {
    return await runChunks(pool, chunks);
  } finally {
    await pool.destroy();
  }
}
