/** `hoidam --html`, run from src/ through tsx (dist/ is not needed). */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readPane, textPanes } from './browser/review-html.js';
import { seedsWithGold } from './browser/review-record.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: root, encoding: 'utf8' });
const seeds = seedsWithGold();

describe('hoidam --html', () => {
  it('writes one review page for one file', () => {
    const r = cli('--html', `fixtures/${seeds[0].file}`);
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('<!doctype html>')).toBe(true);
    expect(r.stdout).not.toContain('class="toc"');
    const panes = textPanes(r.stdout);
    expect(panes).toHaveLength(1);
    expect(readPane(panes[0]).text).toBe(seeds[0].text);
    expect(r.stdout).toContain(`<h2>fixtures/${seeds[0].file}</h2>`);
  });

  it('writes one page with a table of contents for several files, and names the unreadable ones', () => {
    const r = cli('--html', ...seeds.map((s) => `fixtures/${s.file}`), 'fixtures/missing.txt');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('fixtures/missing.txt: no such file');
    expect(r.stdout).toContain(`<h2>${seeds.length} articles</h2>`);
    seeds.forEach((s, i) => expect(r.stdout).toContain(`<a href="#article-${i + 1}">fixtures/${s.file}</a>`));
    const panes = textPanes(r.stdout);
    expect(panes.map((p) => readPane(p).text)).toEqual(seeds.map((s) => s.text));
  });

  it('refuses --html with --ndjson', () => {
    const r = cli('--html', '--ndjson', `fixtures/${seeds[0].file}`);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--html and --ndjson cannot be combined');
    expect(r.stdout).toBe('');
  });

  it('lists --html in the help', () => {
    expect(cli('--help').stdout).toMatch(/--html\s+a review page/);
  });
});
