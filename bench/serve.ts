// Workbench server bench: start time, and matrix / search / narrative / trace latency (p50, p95)
// under 20 concurrent clients, on the corpus and on a synthetic project of 50 reports traced into the declaration;
// then the matrix's latency on the 50 reports while a re-map job and while a Word export job run (in worker threads).
// Run: npx tsx bench/serve.ts  (or `npm run bench`, which runs every bench).
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocument } from '../src/readers/index.ts';
import type { ConcordDocument } from '../src/model/types.ts';
import { openStore } from '../src/store/open.ts';
import { createProject, putDocument } from '../src/store/index.ts';
import { importFolder } from '../src/server/services/import-folder.ts';
import { remap } from '../src/server/services/remap.ts';
import { ProjectCache } from '../src/server/project/state.ts';
import { corpusPath, sharedPath } from '../test/support/shared.ts';

// autocannon ships no types: the narrow part used here.
interface Cannon {
  on(event: 'response', listener: (client: unknown, status: number, bytes: number, ms: number) => void): void;
  stop(): void;
}
type AutocannonFn = (options: { url: string; connections: number; duration: number; headers?: Record<string, string>; requests?: { path: string }[] }, done: (error: Error | null, result: { requests: { total: number }; non2xx: number; errors: number }) => void) => Cannon;
const autocannon = createRequire(import.meta.url)('autocannon') as AutocannonFn;

const repo = fileURLToPath(new URL('../', import.meta.url));
const CONNECTIONS = 20;
const SECONDS = 5;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}

async function startServe(db: string, port: number): Promise<{ child: ChildProcess; ms: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, ['bin/concord.js', 'serve', '--db', db, '--port', String(port)], { cwd: repo, stdio: 'ignore' });
  for (;;) {
    if (await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false)) return { child, ms: performance.now() - started };
    if (performance.now() - started > 180_000) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 50));
  }
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

interface LoadResult {
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
  readonly rps: number;
  readonly failed: number;
  readonly seconds: number;
}

/** 20 clients asking `paths` in turn for SECONDS, or, given `until`, until it settles. */
async function load(port: number, paths: string[], until?: Promise<unknown>): Promise<LoadResult> {
  const times: number[] = [];
  const started = performance.now();
  const result = await new Promise<{ requests: { total: number }; non2xx: number; errors: number }>((resolve, reject) => {
    const instance = autocannon(
      // As a browser asks: gzip accepted.
      { url: `http://127.0.0.1:${port}`, connections: CONNECTIONS, duration: until === undefined ? SECONDS : 3600, headers: { 'accept-encoding': 'gzip' }, requests: paths.map((path) => ({ path })) },
      (error, res) => (error === null ? resolve(res) : reject(error)),
    );
    instance.on('response', (_client, _status, _bytes, ms) => times.push(ms));
    void until?.finally(() => instance.stop());
  });
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1) ?? NaN, rps: result.requests.total / seconds, failed: result.non2xx + result.errors, seconds };
}

/** Starts a job through the API and resolves once it has ended, with its state. */
async function runJob(port: number, path: string, body: unknown): Promise<{ ready: Promise<string> }> {
  const base = `http://127.0.0.1:${port}/api`;
  const started = await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (started.status !== 202) throw new Error(`POST ${path} answered ${started.status}: ${await started.text()}`);
  const { job } = (await started.json()) as { job: { id: string } };
  const ready = (async () => {
    for (;;) {
      await new Promise((r) => setTimeout(r, 100));
      const { job: now } = (await (await fetch(`${base}/jobs/${job.id}`)).json()) as { job: { state: string; error: string | null } };
      if (now.state === 'failed') throw new Error(`${path}: ${now.error ?? 'failed'}`);
      if (now.state === 'done' || now.state === 'cancelled') return now.state;
    }
  })();
  return { ready };
}

/** Copies of the three regional reports under made-up symbols, to reach `count` reports. */
function synthetic(reports: readonly ConcordDocument[], count: number): ConcordDocument[] {
  return Array.from({ length: count }, (_, i) => {
    const base = reports[i % reports.length] as ConcordDocument;
    const symbol = `SYN/${String(i + 1).padStart(3, '0')}`;
    const swap = (text: string): string => text.split(base.symbol).join(symbol);
    return {
      ...base,
      symbol,
      paragraphs: base.paragraphs.map((p) => ({ ...p, ...(p.citation === undefined ? {} : { citation: swap(p.citation) }), ...(p.locator === undefined ? {} : { locator: { ...p.locator, symbol } }), items: p.items.map((it) => ({ ...it, citation: swap(it.citation), locator: { ...it.locator, symbol } })) })),
      recommendations: base.recommendations.map((r) => ({ ...r, id: swap(r.id), symbol, citation: swap(r.citation) })),
    };
  });
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'concord-bench-serve-'));
  const db = join(dir, 'bench.sqlite');
  const children: ChildProcess[] = [];
  try {
    const store = await openStore(db);
    let t = performance.now();
    const corpus = await importFolder(store, sharedPath('corpus', 'crime-congress-14'), { project: 'corpus', outcome: corpusPath('congress-report.txt') });
    const importMs = performance.now() - t;
    const regional = await Promise.all(['rpm-europe.txt', 'rpm-latin-america-caribbean.txt', 'rpm-western-asia.txt'].map((f) => readDocument(corpusPath(f))));
    const big = await createProject(store, 'synthetic-50', { kind: 'shipped', name: 'crime-congress-14' });
    const outcome = await readDocument(corpusPath('congress-report.txt'), { symbol: 'A/CONF.234/16' });
    await putDocument(store, big.id, { role: 'outcome', name: 'congress-report.txt', format: 'txt', symbol: outcome.symbol, region: null, bytes: null, size: 0, modelJson: JSON.stringify(outcome) });
    for (const model of synthetic(regional, 50)) {
      await putDocument(store, big.id, { role: 'report', name: `${model.symbol}.txt`, format: 'txt', symbol: model.symbol, region: model.region ?? null, bytes: null, size: 0, modelJson: JSON.stringify(model) });
    }
    t = performance.now();
    const mapped = await remap(store, new ProjectCache(store), big.id, 'all');
    const mapMs = performance.now() - t;
    await store.close();

    const port = await freePort();
    const { child, ms: startMs } = await startServe(db, port);
    children.push(child);
    const rows: string[][] = [];
    for (const [label, pid, count] of [['corpus (3 reports)', corpus.projectId, corpus.remap.mapped], [`synthetic (50 reports)`, big.id, mapped.mapped]] as const) {
      // The first answer of each view is timed on its own: it builds the view for this project state; the load then measures the kept answer.
      const firstMs = async (path: string): Promise<number> => {
        const started = performance.now();
        await fetch(`http://127.0.0.1:${port}/api/projects/${pid}/${path}`).then((r) => r.arrayBuffer());
        return performance.now() - started;
      };
      const cold = { matrix: await firstMs('matrix'), search: await firstMs('search?q=warm'), narrative: await firstMs('narrative'), trace: await firstMs('trace') };
      const matrix = await load(port, [`/api/projects/${pid}/matrix`]);
      const search = await load(port, ['q=cyber', 'q=traff', 'q=corrupt&region=Europe', 'q=victim&state=unreviewed', 'q=lawfulnes'].map((q) => `/api/projects/${pid}/search?${q}`));
      const narrative = await load(port, [`/api/projects/${pid}/narrative`]);
      const trace = await load(port, [`/api/projects/${pid}/trace`]);
      for (const [endpoint, r] of [['matrix', matrix], ['search', search], ['narrative', narrative], ['trace', trace]] as const) {
        rows.push([label, String(count), endpoint, cold[endpoint].toFixed(0), r.p50.toFixed(1), r.p95.toFixed(1), r.rps.toFixed(0), String(r.failed)]);
      }
    }
    // The matrix while heavy work runs in the workers: a re-map of the 50 reports, then their Word annex.
    // The first job of each kind also boots its worker; each load lasts as long as its job.
    const matrixPath = [`/api/projects/${big.id}/matrix`];
    const idle = await load(port, matrixPath);
    const duringRemap = await load(port, matrixPath, (await runJob(port, `/projects/${big.id}/jobs/remap`, { mode: 'all' })).ready);
    const duringExport = await load(port, matrixPath, (await runJob(port, `/projects/${big.id}/jobs/export`, { format: 'docx' })).ready);
    console.log(`import of the corpus (3 reports + outcome, map + trace): ${(importMs / 1000).toFixed(1)} s; re-map of 50 synthetic reports: ${(mapMs / 1000).toFixed(1)} s`);
    console.log(`server start (spawn to first /api/health answer): ${(startMs / 1000).toFixed(2)} s`);
    console.log(`load: ${CONNECTIONS} concurrent clients, ${SECONDS} s per endpoint, 127.0.0.1 (ms)`);
    const header = ['project', 'recs', 'endpoint', 'first request ms', 'p50', 'p95', 'req/s', 'failed'];
    console.log(`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
    for (const row of rows) console.log(`| ${row.join(' | ')} |`);
    console.log(`\nmatrix of the synthetic project (${mapped.mapped} recs) under ${CONNECTIONS} clients while a job runs in a worker (target: p95 under 150 ms)`);
    const jobHeader = ['while', 'seconds', 'p50', 'p95', 'max', 'req/s', 'failed'];
    console.log(`| ${jobHeader.join(' | ')} |\n|${jobHeader.map(() => '---').join('|')}|`);
    for (const [label, r] of [['idle', idle], ['re-map (all)', duringRemap], ['Word export', duringExport]] as const) {
      console.log(`| ${[label, r.seconds.toFixed(1), r.p50.toFixed(1), r.p95.toFixed(1), r.max.toFixed(0), r.rps.toFixed(0), String(r.failed)].join(' | ')} |`);
    }
  } finally {
    for (const child of children) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
