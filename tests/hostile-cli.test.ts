/**
 * The CLI from source (node --import tsx src/cli.ts) on files it cannot read: each is one
 * line on stderr and a non-zero exit, while the other files are still processed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const good = join(root, 'fixtures', '000_2398320d469a2a63.txt');
let tmp: string;
const bad: Record<string, { path: string; says: RegExp }> = {};

function hoidam(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const lines = (s: string) => s.split('\n').filter(Boolean);

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'hoidam-hostile-cli-'));
  const p = (name: string) => join(tmp, name);
  mkdirSync(p('a-directory'));
  writeFileSync(p('binary.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
  writeFileSync(p('latin1.txt'), Buffer.from('Tr\xe2n \xd0\xe0i Quang \xff\xfe', 'latin1'));
  bad.missing = { path: p('no-such-file.txt'), says: /no such file/ };
  bad.directory = { path: p('a-directory'), says: /directory/ };
  bad.binary = { path: p('binary.bin'), says: /binary|UTF-8/ };
  bad.invalidUtf8 = { path: p('latin1.txt'), says: /not valid UTF-8/ };
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('hoidam CLI on unreadable files', () => {
  it.each(['missing', 'directory', 'binary', 'invalidUtf8'])('%s: one line on stderr, exit non-zero, the other file still processed', (kind) => {
    const b = bad[kind];
    const r = hoidam([b.path, good]);
    expect(r.code).not.toBe(0);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toContain(b.path);
    expect(r.stderr).toMatch(b.says);
    const out = JSON.parse(r.stdout) as { file: string; schemaVersion: number }[];
    expect(out.map((o) => o.file)).toEqual([good]);
    expect(out[0].schemaVersion).toBe(1);
  });

  it('all four at once with --ndjson: four error lines, the good file between them still printed', () => {
    const r = hoidam(['--ndjson', bad.missing.path, bad.directory.path, good, bad.binary.path, bad.invalidUtf8.path]);
    expect(r.code).not.toBe(0);
    expect(lines(r.stderr)).toHaveLength(4);
    for (const l of lines(r.stderr)) expect(l).toMatch(/^hoidam: /);
    expect(lines(r.stdout).map((l) => (JSON.parse(l) as { file: string }).file)).toEqual([good]);
  });

  it('only bad files: nothing on stdout, non-zero exit', () => {
    const r = hoidam([bad.missing.path, bad.directory.path]);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(lines(r.stderr)).toHaveLength(2);
  });
});
