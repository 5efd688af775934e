/**
 * The `hoidam` command as installed (dist/cli.js): JSON and NDJSON output, standard input,
 * options, and one-line errors for unreadable files while the others are still processed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distDir, loadBuilt, plain, seeds } from './helpers/built.js';

const all = seeds();
const [s0, s1] = all;
let lib: Awaited<ReturnType<typeof loadBuilt>>;
let tmp: string;

function hoidam(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [`${distDir}cli.js`, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const lines = (s: string) => s.split('\n').filter(Boolean);

beforeAll(async () => {
  lib = await loadBuilt();
  tmp = mkdtempSync(join(tmpdir(), 'hoidam-cli-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('hoidam', () => {
  it('prints the record of one file as one line of JSON', () => {
    const r = hoidam([s0.path]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(lines(r.stdout)).toHaveLength(1);
    expect(JSON.parse(r.stdout)).toEqual(plain(lib.extract(s0.text)));
  });

  it('indents with --pretty', () => {
    const r = hoidam(['--pretty', s0.path]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\{\n {2}"schemaVersion": 1,\n/);
    expect(JSON.parse(r.stdout)).toEqual(plain(lib.extract(s0.text)));
  });

  it('prints an array of {file, ...record} for several files', () => {
    const r = hoidam([s0.path, s1.path]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([s0, s1].map((s) => ({ file: s.path, ...plain(lib.extract(s.text)) })));
  });

  it('prints one line per file with --ndjson', () => {
    const r = hoidam(['--ndjson', ...all.map((s) => s.path)]);
    expect(r.code).toBe(0);
    expect(lines(r.stdout).map((l) => JSON.parse(l))).toEqual(all.map((s) => ({ file: s.path, ...plain(lib.extract(s.text)) })));
  });

  it('reads standard input for -', () => {
    const r = hoidam(['-'], s1.text);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(plain(lib.extract(s1.text)));
    const nd = hoidam(['--ndjson', '-'], s1.text);
    expect(JSON.parse(nd.stdout)).toEqual({ file: '-', ...plain(lib.extract(s1.text)) });
  });

  it('passes --reference-date and --language on', () => {
    const text = 'Sáng 16/3, tại Hà Nội, Đại tướng Tô Lâm tiếp Bộ trưởng Nội vụ Nga.';
    for (const args of [['--reference-date', '2021-06-01'], ['--reference-date=2021-06-01']]) {
      const r = hoidam([...args, '-'], text);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual(plain(lib.extract(text, { referenceDate: '2021-06-01' })));
    }
    const en = hoidam(['--language', 'en', s0.path]);
    expect(JSON.parse(en.stdout).language).toBe('en');
  });

  it('rejects a malformed option with a usage error (exit 2)', () => {
    const r = hoidam(['--reference-date', '16/3/2021', s0.path]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/--reference-date needs YYYY-MM-DD/);
    expect(hoidam(['--reference-date', '2021-13-45', s0.path]).stderr).toMatch(/--reference-date needs YYYY-MM-DD, got 2021-13-45/);
    expect(hoidam(['--colour', s0.path]).code).toBe(2);
  });

  it('reports a missing file in one line, exits 1, and still prints the others', () => {
    const missing = join(tmp, 'missing.txt');
    for (const mode of [[], ['--ndjson']]) {
      const r = hoidam([...mode, s0.path, missing, s1.path]);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(`hoidam: ${missing}: no such file\n`);
      const out = mode.length ? lines(r.stdout).map((l) => JSON.parse(l)) : JSON.parse(r.stdout);
      expect(out.map((o: { file: string }) => o.file)).toEqual([s0.path, s1.path]);
      expect(out[1]).toEqual({ file: s1.path, ...plain(lib.extract(s1.text)) });
    }
    const one = hoidam([missing]);
    expect(one).toEqual({ code: 1, stdout: '', stderr: `hoidam: ${missing}: no such file\n` });
  });

  it('says why a file is not text', () => {
    const bin = join(tmp, 'data.bin');
    writeFileSync(bin, Buffer.from([0x00, 0x01, 0xff]));
    const r = hoidam([bin, s0.path]);
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual([`hoidam: ${bin}: is binary data, not text`]);
    expect(JSON.parse(r.stdout)).toHaveLength(1);
  });

  it('gives the same output, in order, for --ndjson over many files (the worker-thread path)', () => {
    // 40 files (the pool starts at 32), two of them unreadable.
    const files: string[] = [];
    for (let i = 0; i < 40; i++) {
      const f = join(tmp, `a${String(i).padStart(2, '0')}.txt`);
      if (i !== 7 && i !== 30) writeFileSync(f, all[i % all.length].text);
      files.push(f);
    }
    const r = hoidam(['--ndjson', '--reference-date', '2021-01-01', ...files]);
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual([`hoidam: ${files[7]}: no such file`, `hoidam: ${files[30]}: no such file`]);
    const got = lines(r.stdout).map((l) => JSON.parse(l));
    const want = files.flatMap((f, i) => (i === 7 || i === 30 ? [] : [{ file: f, ...plain(lib.extract(all[i % all.length].text, { referenceDate: '2021-01-01' })) }]));
    expect(got).toEqual(want);
  });
});
