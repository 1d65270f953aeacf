// Whole-process timings, as a user meets them: each run is a fresh `node bin/concord.js …` (start-up,
// imports and model loads included), paired with a bare `node -e 0` run in turn, so that the ratio
// holds when the machine's speed drifts. Results are kept, so the sections that quote the same
// command line (cli, build) measure it once.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { corpusPath } from './support/shared.ts';

const repo = fileURLToPath(new URL('../', import.meta.url));
const bin = join(repo, 'bin', 'concord.js');

export interface ProcessTiming {
  readonly label: string;
  readonly runs: number;
  /** Median wall time of the command, ms. */
  readonly wallMs: number;
  /** Median wall time of `node -e 0` in the same runs, ms. */
  readonly nodeMs: number;
  /** Median of the pairwise ratios command / `node -e 0`. */
  readonly ratio: number;
  /** The target ratio of issue 10, when it sets one. */
  readonly target: number | undefined;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
};

function wall(args: readonly string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: repo, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`bench: \`node ${args.join(' ')}\` exited ${result.status}: ${result.stderr.trim().split('\n').slice(-3).join(' / ')}`);
  return ms;
}

/** `runs` counted pairs (command, then `node -e 0`) after one warm-up of each. */
export function timeProcess(label: string, args: readonly string[], runs: number, target?: number): ProcessTiming {
  wall(args);
  wall(['-e', '0']);
  const own: number[] = [];
  const bare: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < runs; i++) {
    const a = wall(args);
    const b = wall(['-e', '0']);
    own.push(a);
    bare.push(b);
    ratios.push(a / b);
  }
  return { label, runs, wallMs: median(own), nodeMs: median(bare), ratio: median(ratios), target };
}

export const REGIONAL = ['rpm-europe.txt', 'rpm-latin-america-caribbean.txt', 'rpm-western-asia.txt'];

const cache = new Map<string, ProcessTiming>();
const once = (key: string, measure: () => ProcessTiming): ProcessTiming => {
  const known = cache.get(key);
  if (known !== undefined) return known;
  const value = measure();
  cache.set(key, value);
  return value;
};

export function checkBuilt(): void {
  if (!existsSync(join(repo, 'dist', 'cli', 'main.js'))) throw new Error('bench: dist/ is missing; run `npm run build` first (npm run bench does)');
}

export const versionTiming = (): ProcessTiming => once('version', () => timeProcess('concord --version', [bin, '--version'], 9, 3));

export const parseTiming = (): ProcessTiming =>
  once('parse', () => timeProcess('concord parse rpm-europe.txt', [bin, 'parse', corpusPath('rpm-europe.txt')], 7, 10));

/** The README's main job: build of the corpus folder, all six formats, traced into the congress report. */
export const mainJobTiming = (): ProcessTiming =>
  once('build', () => {
    const dir = mkdtempSync(join(tmpdir(), 'concord-bench-build-'));
    try {
      const args = [bin, 'build', corpusPath(''), '--outcome', corpusPath('congress-report.txt'), '--outcome-symbol', 'A/CONF.234/16', '--out', join(dir, 'out'), '--force'];
      return timeProcess('concord build (main job, 6 formats, --outcome)', args, 5, 20);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

export function processRow(t: ProcessTiming): string {
  const verdict = t.target === undefined ? '' : t.ratio <= t.target ? `within ${t.target}x` : `over ${t.target}x`;
  return `| ${t.label} | ${(t.wallMs / 1000).toFixed(2)} s | ${(t.nodeMs / 1000).toFixed(3)} s | ${t.ratio.toFixed(1)}x | ${verdict} | ${t.runs} |`;
}

export const PROCESS_HEADER = '| command (fresh process) | wall, median | `node -e 0`, median | ratio, median of pairs | target | runs |\n|---|---:|---:|---:|---|---:|';
