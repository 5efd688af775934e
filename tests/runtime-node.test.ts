/**
 * hoidam/node (built): extractMany on worker threads returns, in input order, exactly what
 * extract() returns, and rejects bad input before starting any thread.
 */
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { distDir, ensureBuilt, plain, seeds } from './helpers/built.js';

type NodeEntry = typeof import('../src/node.js');
let hn: NodeEntry;
const all = seeds();
const texts = all.map((s) => s.text);

beforeAll(async () => {
  ensureBuilt();
  hn = (await import(/* @vite-ignore */ `${distDir}node.js`)) as NodeEntry;
});

describe('extractMany', () => {
  it('returns the records of extract(), in input order, over two workers and many chunks', async () => {
    // Long and short articles interleaved, so chunks finish out of order.
    const batch = [...texts, ...[...texts].reverse(), texts[2], '', texts[4], texts[0]];
    const got = await hn.extractMany(batch, { workers: 2, chunkSize: 1 });
    expect(got).toHaveLength(batch.length);
    expect(got).toEqual(batch.map((t) => plain(hn.extract(t))));
    expect(got.map((r) => r.language)).toEqual(batch.map((t) => (t ? all.find((s) => s.text === t)!.language : 'und')));
  });

  it('passes the options on to every article', async () => {
    const short = 'Chiều 16/3, tại Hà Nội, Bộ trưởng Trần Đại Quang tiếp Bộ trưởng Nội vụ Nga.';
    const opts = { referenceDate: '2016-01-01', language: 'vi' as const };
    const [a, b] = await hn.extractMany([short, texts[1]], { ...opts, workers: 1 });
    expect(a).toEqual(plain(hn.extract(short, opts)));
    expect(b).toEqual(plain(hn.extract(texts[1], opts)));
    const [en] = await hn.extractMany([texts[0]], { language: 'en' });
    expect(en.language).toBe('en');
  });

  it('resolves to [] for no texts', async () => {
    expect(await hn.extractMany([])).toEqual([]);
  });

  it('rejects bad input with a TypeError that says what is wrong', async () => {
    await expect(hn.extractMany('text' as unknown as string[])).rejects.toThrow(/expects an array/);
    await expect(hn.extractMany(['a', 'b', 42 as unknown as string])).rejects.toThrow(/texts\[2\] is not a string \(number\)/);
    await expect(hn.extractMany(['a'], { referenceDate: 'yesterday' })).rejects.toThrow(/referenceDate/);
    await expect(hn.extractMany(['a'], { workers: 0 })).rejects.toThrow(/workers must be a positive integer/);
    await expect(hn.extractMany(['a'], { chunkSize: 1.5 })).rejects.toThrow(TypeError);
    await expect(hn.extractMany(['a'], { colour: 'red' } as never)).rejects.toThrow(TypeError);
  });

  it('works from the CommonJS build too', async () => {
    const cjs = createRequire(import.meta.url)(`${distDir}node.cjs`) as NodeEntry;
    expect(await cjs.extractMany(texts.slice(0, 2), { workers: 1 })).toEqual(texts.slice(0, 2).map((t) => plain(hn.extract(t))));
  });
});

describe('createBatchExtractor', () => {
  it('runs several batches on one pool and closes', async () => {
    const b = hn.createBatchExtractor({ workers: 2 });
    try {
      expect(await b.extractMany(texts.slice(0, 3))).toEqual(texts.slice(0, 3).map((t) => plain(hn.extract(t))));
      expect(await b.extractMany(texts.slice(3))).toEqual(texts.slice(3).map((t) => plain(hn.extract(t))));
      await expect(b.extractMany([1 as unknown as string])).rejects.toThrow(/texts\[0\]/);
    } finally {
      await b.close();
    }
    expect(() => hn.createBatchExtractor({ workers: -1 })).toThrow(TypeError);
  });
});
