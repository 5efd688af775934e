/**
 * The review page in a real browser (Debian's chromium through playwright-core): highlights
 * for the seeds' gold values, tooltips, cards that scroll to and flash their spans, hostile
 * text shown as text, and a screenshot in test-artifacts/review.png.
 * Run with `npm run test:browser` (needs /usr/bin/chromium; CI installs it).
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract, renderHtml, type ArticleRecord } from '../../src/index.js';
import { spansOf } from '../../src/render/model.js';
import { findDate, groundGold, occurrences, SEED0_EXTRAS, seedsWithGold } from './review-record.js';

const artifacts = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));
const seeds = seedsWithGold();
const seed0 = seeds[0];
const record0 = groundGold(seed0.text, seed0.gold, SEED0_EXTRAS);
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
});

async function open(text: string, record: ArticleRecord): Promise<string[]> {
  const problems: string[] = [];
  page.removeAllListeners('pageerror');
  page.removeAllListeners('console');
  page.on('pageerror', (e) => problems.push(e.message));
  // A CSP violation (our own script blocked, or anything loading) is reported on the console.
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  await page.setContent(renderHtml(text, record));
  return problems;
}

/** Texts of the highlights of one type, fragments of one value joined. */
const highlighted = (type: string): Promise<string[]> => page.evaluate((t) => {
  const byKey = new Map<string, string>();
  for (const m of document.querySelectorAll<HTMLElement>(`.text mark.hl-${t}`)) byKey.set(m.dataset.k!, (byKey.get(m.dataset.k!) ?? '') + m.textContent);
  return [...byKey.values()];
}, type);

describe('review page in chromium', () => {
  it.each(seeds.map((s) => [s.file, s] as const))('highlights the gold people and lead meeting date of %s', async (_, s) => {
    const problems = await open(s.text, groundGold(s.text, s.gold));
    const people = await highlighted('person');
    const named = s.gold.people.filter((p) => occurrences(s.text, p.name).length);
    expect(named.length).toBeGreaterThan(0);
    for (const p of named) expect(people.some((h) => h.includes(p.name))).toBe(true);
    const lead = s.gold.meetings.find((m) => m.date);
    const dateText = lead && findDate(s.text, lead.date!)?.text;
    expect(dateText).toBeTruthy();
    expect(await highlighted('date')).toContain(dateText);
    expect(problems).toEqual([]);
  });

  it.each(seeds.map((s) => [s.file, s] as const))('highlights every span extract() finds in %s', async (_, s) => {
    const record = extract(s.text);
    const problems = await open(s.text, record);
    expect(await page.locator('.text').textContent()).toBe(s.text);
    const byType = new Map<string, string[]>();
    for (const { type, span } of spansOf(record)) {
      if (!byType.has(type)) byType.set(type, await highlighted(type));
      expect(byType.get(type)).toContain(span.text);
    }
    expect(problems).toEqual([]);
  });

  it('shows a focused highlight\'s value, with the values around it', async () => {
    const problems = await open(seed0.text, record0);
    const org = page.locator('.text mark.hl-title', { hasText: 'Bộ trưởng Bộ Công an' }).locator('mark.hl-organization').first();
    await org.focus();
    const tip = page.locator('#tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    const shown = await tip.textContent();
    expect(shown).toContain('Organization o1: Ministry of Public Security (MPS)');
    expect(shown).toContain('Title of Trần Đại Quang: Minister of Public Security');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.matches('mark.hl[tabindex="0"]'))).toBe(true);
    expect(problems).toEqual([]);
  });

  it('scrolls to and flashes the spans of a clicked card', async () => {
    // A short window, so that the lower half of the article is out of view.
    await page.setViewportSize({ width: 1200, height: 480 });
    await open(seed0.text, record0);
    // The card whose first span lies lowest in the text: out of view until clicked.
    const idx = await page.evaluate(() => {
      const cards = [...document.querySelectorAll<HTMLElement>('.card[data-go]')];
      const top = (c: HTMLElement) => document.querySelector<HTMLElement>(`[data-k="${c.dataset.go!.split(' ')[0]}"]`)!.getBoundingClientRect().top;
      return cards.reduce((best, c, i) => (top(c) > top(cards[best]) ? i : best), 0);
    });
    const card = page.locator('.card[data-go]').nth(idx);
    const key = (await card.getAttribute('data-go'))!.split(' ')[0];
    const target = page.locator(`[data-k="${key}"]`).first();
    const inPane = () => page.evaluate((k) => {
      const t = document.querySelector(`[data-k="${k}"]`)!.getBoundingClientRect();
      const p = document.querySelector('.text')!.getBoundingClientRect();
      return t.top >= p.top && t.bottom <= p.bottom && t.bottom <= innerHeight && t.top >= 0;
    }, key);
    expect(await inPane()).toBe(false);
    const before = await page.locator('.text').evaluate((el) => el.scrollTop);
    await card.click();
    expect(await target.evaluate((el) => el.classList.contains('flash'))).toBe(true);
    await expect.poll(inPane, { timeout: 5000 }).toBe(true);
    expect(await page.locator('.text').evaluate((el) => el.scrollTop)).toBeGreaterThan(before);
    // Every span of the card flashes, and the flash ends.
    const keys = (await card.getAttribute('data-go'))!.split(' ');
    for (const k of keys) expect(await page.locator(`[data-k="${k}"].flash`).count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.flash').count(), { timeout: 5000 }).toBe(0);
    await page.setViewportSize({ width: 1400, height: 900 });
  });

  it('hides and shows a type from the legend', async () => {
    await open(seed0.text, record0);
    const person = page.locator('.text mark.hl-person').first();
    const colour = () => person.evaluate((el) => getComputedStyle(el).backgroundColor);
    const on = await colour();
    await page.locator('.legend [data-toggle="person"]').click();
    expect(await page.locator('.legend [data-toggle="person"]').getAttribute('aria-pressed')).toBe('false');
    expect(await colour()).not.toBe(on);
    await page.locator('.legend [data-toggle="person"]').click();
    expect(await colour()).toBe(on);
  });

  it('shows hostile text as text and runs none of it', async () => {
    const text = 'Mr <script>window.pwned=1</script> & <img src=x onerror="window.pwned=2"> &amp; co.';
    const record = groundGold(text, { language: 'en', published: null, meetings: [], agreements: [], people: [{ name: '<script>window.pwned=1</script>', aliases: [], country: null, rank: null, roles: [] }] });
    const problems = await open(text, record);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('.text').textContent()).toBe(text);
    expect(await page.locator('.text img, .text script').count()).toBe(0);
    expect(await highlighted('person')).toEqual(['<script>window.pwned=1</script>']);
    expect(problems).toEqual([]);
  });

  it('saves a screenshot', async () => {
    await open(seed0.text, record0);
    // The tooltip of an organization inside a title inside the meeting's sentence.
    await page.locator('.text .sent mark.hl-title', { hasText: 'Bộ trưởng Bộ Công an' }).locator('mark.hl-organization').hover();
    await expect.poll(() => page.locator('#tip').isVisible()).toBe(true);
    mkdirSync(artifacts, { recursive: true });
    const png = await page.screenshot({ path: `${artifacts}review.png` });
    expect(png.length).toBeGreaterThan(20_000);
  });
});
