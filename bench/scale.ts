// `npm run bench` (scale part), or alone: `npx tsx bench/scale.ts 10 100 1000`.
// `concord build` on a synthetic corpus of N regional reports (the corpus's three reports copied,
// each copy with its own draft symbol, from which Concord infers the report's symbol), traced into
// the congress report, JSON format, as a fresh process: wall time, peak RSS and their growth.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const CORPUS = fileURLToPath(new URL('../../shared/corpus/crime-congress-14/', import.meta.url));
const REPORTS = ['rpm-europe.txt', 'rpm-latin-america-caribbean.txt', 'rpm-western-asia.txt'];
const CLI = fileURLToPath(new URL('../bin/concord.js', import.meta.url));
const DEFAULT_SIZES = [10, 100, 1000];

export interface ScalePoint {
  readonly reports: number;
  readonly seconds: number;
  /** Peak resident set size of the build process, in MiB. */
  readonly peakMiB: number;
  readonly recommendations: number;
}

/** The meeting number of the draft a report names ("A/CONF.234/RPM.5/L.1" -> "5"). */
function draftMeeting(text: string, file: string): string {
  const found = /A\/CONF\.234\/RPM\.(\d+)\/L\.1\b/.exec(text);
  if (found?.[1] === undefined) throw new Error(`${file}: no draft symbol A/CONF.234/RPM.n/L.1 to rewrite`);
  return found[1];
}

/** Writes `n` reports into `dir`: copies of the three regional reports, each with a meeting number of its own. */
export function writeSyntheticCorpus(dir: string, n: number): void {
  const sources = REPORTS.map((file) => {
    const text = readFileSync(join(CORPUS, file), 'utf8');
    return { file, text, meeting: draftMeeting(text, file) };
  });
  for (let i = 0; i < n; i += 1) {
    const source = sources[i % sources.length];
    if (source === undefined) continue;
    // Meeting numbers from 1001 up cannot collide with the corpus's own (RPM.1 to RPM.5).
    const own = `A/CONF.234/RPM.${1001 + i}/`;
    const text = source.text.split(`A/CONF.234/RPM.${source.meeting}/`).join(own);
    writeFileSync(join(dir, `report-${String(i + 1).padStart(4, '0')}.txt`), text);
  }
}

/** How one build went: its wall time and peak RSS, or why it failed (the peak is then unknown). */
type BuildOutcome = { readonly seconds: number; readonly peakMiB: number; readonly recommendations: number } | { readonly seconds: number; readonly failure: string };

/** Runs `node bin/concord.js build …` as a fresh process; its peak RSS is read by a preloaded exit hook. */
async function buildOnce(dir: string, out: string): Promise<BuildOutcome> {
  const hook = join(dir, '..', 'peak-rss.mjs');
  const report = join(dir, '..', 'peak-rss.json');
  writeFileSync(hook, `import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(${JSON.stringify(report)}, JSON.stringify(process.resourceUsage())));\n`);
  const args = ['--import', hook, CLI, 'build', dir, '--outcome', join(CORPUS, 'congress-report.txt'), '--outcome-symbol', 'A/CONF.234/16', '--formats', 'json', '--out', out, '--force'];
  const started = performance.now();
  const { code, signal, output } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>((done, fail) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let tail = '';
    const keep = (chunk: Buffer): void => { tail = (tail + chunk.toString()).slice(-2000); };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', fail);
    child.on('close', (status, killedBy) => done({ code: status, signal: killedBy, output: tail }));
  });
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) {
    const why = /heap out of memory/.test(output) ? 'JavaScript heap out of memory' : signal ?? `exit code ${code}`;
    return { seconds, failure: why };
  }
  const usage = JSON.parse(readFileSync(report, 'utf8')) as { maxRSS: number };
  // The build's closing line says how many it mapped ("Mapped 517 recommendations from 10 reports …").
  const recommendations = Number(/Mapped (\d+) recommendations/.exec(output)?.[1] ?? 0);
  return { seconds, peakMiB: usage.maxRSS / 1024, recommendations };
}

/** Builds N = each of `sizes` synthetic reports and prints time, peak RSS and growth from one size to the next. */
export async function benchScale(sizes: readonly number[] = DEFAULT_SIZES): Promise<ScalePoint[]> {
  const root = mkdtempSync(join(tmpdir(), 'concord-scale-'));
  const points: ScalePoint[] = [];
  try {
    console.log('| reports | recommendations | wall | peak RSS | growth (reports / time / RSS) |\n|---|---|---|---|---|');
    for (const n of sizes) {
      const dir = join(root, `n${n}`, 'reports');
      mkdirSync(dir, { recursive: true });
      writeSyntheticCorpus(dir, n);
      const out = join(root, `n${n}`, 'out');
      const outcome = await buildOnce(dir, out);
      if ('failure' in outcome) {
        console.log(`| ${n} | | failed after ${outcome.seconds.toFixed(1)} s: ${outcome.failure} | | |`);
        break;
      }
      const { seconds, peakMiB, recommendations } = outcome;
      const point = { reports: n, seconds, peakMiB, recommendations };
      const previous = points.at(-1);
      const growth = previous === undefined
        ? ''
        : `x${(n / previous.reports).toFixed(0)} / x${(seconds / previous.seconds).toFixed(2)} / x${(peakMiB / previous.peakMiB).toFixed(2)}`;
      console.log(`| ${n} | ${point.recommendations} | ${seconds.toFixed(1)} s | ${peakMiB.toFixed(0)} MiB | ${growth} |`);
      points.push(point);
      rmSync(join(root, `n${n}`), { recursive: true, force: true });
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  return points;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = process.argv.slice(2).map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
    console.error(`usage: npx tsx bench/scale.ts [N…] (whole numbers of reports, e.g. 10 100 1000); got ${process.argv.slice(2).join(' ')}`);
    process.exit(2);
  }
  await benchScale(sizes.length > 0 ? sizes : DEFAULT_SIZES);
}
