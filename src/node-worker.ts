/**
 * The worker side of `extractMany` (hoidam/node): one task is a chunk of articles, so the
 * per-message cost of the pool is paid once per chunk rather than once per article.
 */
import { extract, type ExtractOptions } from './index.js';
import type { ArticleRecord } from './schema.js';

export interface ChunkTask {
  texts: string[];
  options: ExtractOptions;
}

export default function run(task: ChunkTask): ArticleRecord[] {
  return task.texts.map((t) => extract(t, task.options));
}
