/**
 * The scoring of ../shared/corpus/score.mjs, as a function over (gold, record) pairs, so
 * tests can assert a fixture's score without running the script.
 */
import type { ArticleRecord } from '../../src/index.js';

export interface GoldRecord {
  published: string | null;
  meetings: { kind: string; date: string | null; online?: boolean; city: string | null; place: string | null; participants: string[] }[];
  people: { name: string; aliases?: string[]; country?: string; rank: string | null; roles: string[] }[];
  agreements: { name: string; period: [number, number] | null; signed: string | null; signedAtMeeting: boolean }[];
}

const fold = (s: unknown): string =>
  String(s ?? '').normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
const HONORIFIC = new Set(['ong', 'ba', 'ngai', 'mr', 'mrs', 'ms', 'dr']);
const tokens = (s: string): string[] =>
  fold(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ').filter((t) => t && !HONORIFIC.has(t));

function lev(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}
const tokEq = (a: string, b: string): boolean =>
  a === b || (Math.min(a.length, b.length) >= 5 && lev(a, b) <= (Math.min(a.length, b.length) >= 8 ? 2 : 1));

export function nameMatch(a: string, b: string): boolean {
  let A = tokens(a);
  let B = tokens(b);
  if (!A.length || !B.length) return false;
  if (A.length > B.length) [A, B] = [B, A];
  const used = new Set<number>();
  let hit = 0;
  for (const t of A) {
    const j = B.findIndex((u, k) => !used.has(k) && tokEq(t, u));
    if (j >= 0) {
      used.add(j);
      hit++;
    }
  }
  return hit === A.length && (A.length >= 2 || B.length === 1);
}
const anyNameMatch = (as: string[], bs: string[]): boolean => as.some((a) => bs.some((b) => nameMatch(a, b)));

function tokenF1(a: string, b: string): number {
  const A = tokens(a);
  const B = tokens(b);
  if (!A.length || !B.length) return 0;
  const bag = new Map<string, number>();
  for (const t of B) bag.set(t, (bag.get(t) ?? 0) + 1);
  let hit = 0;
  for (const t of A) if ((bag.get(t) ?? 0) > 0) { hit++; bag.set(t, bag.get(t)! - 1); }
  if (!hit) return 0;
  const p = hit / A.length;
  const r = hit / B.length;
  return (2 * p * r) / (p + r);
}

function align<G, P>(gold: G[], pred: P[], score: (g: G, p: P) => number, threshold: number): [G, P][] {
  const pairs: [number, number, number][] = [];
  gold.forEach((g, i) => pred.forEach((p, j) => { const s = score(g, p); if (s >= threshold) pairs.push([s, i, j]); }));
  pairs.sort((x, y) => y[0] - x[0]);
  const gi = new Set<number>();
  const pj = new Set<number>();
  const out: [G, P][] = [];
  for (const [, i, j] of pairs) if (!gi.has(i) && !pj.has(j)) { gi.add(i); pj.add(j); out.push([gold[i], pred[j]]); }
  return out;
}

type Counter = { n: number; ok: number; tp: number; pred: number; gold: number };
export class Tally {
  private readonly m = new Map<string, Counter>();
  get(name: string): Counter {
    if (!this.m.has(name)) this.m.set(name, { n: 0, ok: 0, tp: 0, pred: 0, gold: 0 });
    return this.m.get(name)!;
  }
  acc(name: string, ok: boolean): void { const c = this.get(name); c.n++; if (ok) c.ok++; }
  prf(name: string, tp: number, nPred: number, nGold: number): void { const c = this.get(name); c.tp += tp; c.pred += nPred; c.gold += nGold; }
  value(name: string): number | null {
    const c = this.get(name);
    if (c.pred || c.gold) { const p = c.pred ? c.tp / c.pred : 0; const r = c.gold ? c.tp / c.gold : 0; return p + r ? (2 * p * r) / (p + r) : 0; }
    return c.n ? c.ok / c.n : null;
  }
}

export const HEADLINE = ['lead.date', 'meeting.dates', 'lead.kind', 'lead.city', 'lead.participants', 'people', 'people.rank', 'people.roles', 'agreements', 'agreements.period', 'agreements.signed', 'published'];

const isoOf = (d: { iso?: string } | null | undefined): string | null => d?.iso ?? null;
const sameCity = (a: string | null | undefined, b: string | null | undefined): boolean =>
  (a == null && b == null) || (a != null && b != null && fold(a).replace(/\s/g, '') === fold(b).replace(/\s/g, ''));

export function scoreArticle(gold: GoldRecord, rec: ArticleRecord, t: Tally): void {
  const byId = new Map(rec.people.map((p) => [p.id, p]));
  const namesOf = (p: { name: string; aliases?: string[] } | undefined): string[] => (p ? [p.name, ...(p.aliases ?? [])] : []);
  t.acc('published', (gold.published ?? null) === isoOf(rec.published));
  const gm = gold.meetings;
  const pm = rec.meetings;
  if (gm.length) {
    const g = gm[0];
    const p = pm[0];
    t.acc('lead.date', !!p && (g.date ?? null) === isoOf(p.date));
    t.acc('lead.kind', !!p && g.kind === p.kind);
    t.acc('lead.city', !!p && (g.city != null || g.place == null
      ? sameCity(g.city, p.venue?.city)
      : tokenF1(g.place, p.venue?.place ?? p.venue?.text ?? '') >= 0.5));
    const pp = (p?.participants ?? []).map((x) => namesOf(byId.get(x.person)));
    const hits = align(g.participants, pp, (a, b) => (anyNameMatch([a], b) ? 1 : 0), 1).length;
    t.prf('lead.participants', hits, pp.length, g.participants.length);
  }
  const gd = new Set(gm.map((m) => m.date).filter(Boolean));
  const pd = new Set(pm.map((m) => isoOf(m.date)).filter(Boolean));
  t.prf('meeting.dates', [...pd].filter((d) => gd.has(d)).length, pd.size, gd.size);
  const pairs = align(gold.people, rec.people, (g, p) => (anyNameMatch(namesOf(g), namesOf(p)) ? 1 : 0), 1);
  t.prf('people', pairs.length, rec.people.length, gold.people.length);
  for (const [g, p] of pairs) {
    if (g.rank != null || p.rank != null) t.acc('people.rank', (p.rank?.code ?? null) === (g.rank ?? null));
    const gr = new Set(g.roles);
    const pr = new Set(p.titles.map((x) => x.role));
    t.prf('people.roles', [...pr].filter((r) => gr.has(r)).length, pr.size, gr.size);
  }
  const apairs = align(gold.agreements, rec.agreements, (g, p) => tokenF1(g.name, p.name), 0.5);
  t.prf('agreements', apairs.length, rec.agreements.length, gold.agreements.length);
  for (const [g, p] of apairs) {
    const per = p.period ? [p.period.from, p.period.to] : null;
    t.acc('agreements.period', JSON.stringify(per) === JSON.stringify(g.period ?? null));
    t.acc('agreements.signed', (g.signed ?? null) === isoOf(p.signed));
  }
}

export function overall(t: Tally): number {
  const v = HEADLINE.map((k) => t.value(k) ?? 0);
  return v.reduce((a, b) => a + b, 0) / v.length;
}
