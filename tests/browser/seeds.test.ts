/**
 * The built bundle in a real browser (Debian's chromium driven by playwright-core): for each
 * seed, extract() returns a schema-valid record equal to the one Node gives.
 * Run with `npm run test:browser` (needs /usr/bin/chromium; CI installs it).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleRecordSchema } from '../../src/schema.js';
import { bundle, loadBuilt, plain, seeds } from '../helpers/built.js';

const all = seeds();
let server: Server;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  // The built ESM entries, each bundled with its dependencies as a web app's bundler would.
  const files = new Map<string, string>([
    ['/', '<!doctype html><meta charset="utf-8"><title>hoidam</title>'],
    ['/index.js', await bundle('index.js', 'esm')],
    ['/vi.js', await bundle('vi.js', 'esm')],
  ]);
  server = createServer((req, res) => {
    const body = files.get(req.url ?? '');
    if (body === undefined) { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'content-type': req.url === '/' ? 'text/html; charset=utf-8' : 'text/javascript; charset=utf-8' });
    res.end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
});

afterAll(async () => {
  await browser?.close();
  await new Promise((ok) => server?.close(ok));
});

describe.each([
  { entry: 'index.js' as const, langs: ['vi', 'en'] },
  { entry: 'vi.js' as const, langs: ['vi'] },
])('dist/$entry in chromium', ({ entry, langs }) => {
  it('runs where there is no Node', async () => {
    expect(await page.evaluate('[typeof process, typeof Buffer, typeof require, navigator.userAgent.includes("Chrome")].join()'))
      .toBe('undefined,undefined,undefined,true');
  });

  it.each(all.filter((s) => langs.includes(s.language)).map((s) => [s.file, s] as const))('extracts %s as in Node', async (_, s) => {
    const node = await loadBuilt(entry);
    // A string, so that vitest does not rewrite the browser-side import().
    const out = (await page.evaluate(`(async () => {
      const m = await import('/${entry}');
      const r = m.extract(${JSON.stringify(s.text)});
      return { r, valid: m.ArticleRecordSchema.safeParse(r).success };
    })()`)) as { r: unknown; valid: boolean };
    expect(out.valid).toBe(true);
    expect(ArticleRecordSchema.safeParse(out.r).success).toBe(true);
    expect(out.r).toMatchObject({ schemaVersion: 1, language: s.language });
    expect(out.r).toEqual(plain(node.extract(s.text)));
  });
});
