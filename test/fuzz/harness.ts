// The fuzzer: feeds the readers seeded mutations of the real reports and the generated
// families at growing sizes, each input in a worker thread with a time limit, and counts
// documents, expected errors (clear one-line refusals), failures (any other exception, or
// a worker that died) and hangs (inputs over the time limit), with the peak RSS.
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { sharedPath, corpusPath } from '../support/shared.ts';
import { Random } from './random.ts';
import { FAMILIES, type Input } from './families.ts';
import { mutateDocx, mutatePdf, mutateText } from './mutators.ts';
import type { ReadJob, ReadOutcome } from './read-worker.ts';

export interface FuzzOptions {
  readonly seconds: number;
  readonly seed: number;
  /** An input that has used this much CPU time (or ten times as much wall time) is a hang (its worker is terminated). */
  readonly timeLimitMs: number;
  /** Families are generated at up to this multiple of the size issue 13 quoted. */
  readonly maxFactor: number;
  /** Start a fresh reading thread after this many inputs (default 12). */
  readonly recycleEvery?: number;
  readonly log?: (line: string) => void;
  /** Told each input's figures as it ends (the fuzz run's per-input log). */
  readonly onInput?: (figures: InputFigures) => void;
}

/** One input's cost: its wall and CPU time and the process's peak RSS while it was read (all threads). */
export interface InputFigures {
  readonly index: number;
  readonly how: string;
  readonly ms: number;
  readonly cpuMs: number;
  readonly peakRssMb: number;
  /** The RSS when the input was handed over (what earlier inputs left). */
  readonly startRssMb: number;
  readonly outcome: string;
}

export interface Finding { readonly input: string; readonly how: string; readonly detail: string }

export interface FuzzReport {
  tried: number;
  documents: number;
  expected: number;
  failures: Finding[];
  hangs: Finding[];
  peakRssMb: number;
  slowestMs: number;
  slowest: string;
  /** Inputs that took over 10 s (within the time limit, but slow). */
  over10s: number;
  /** Of those, the inputs that also used over 10 s of CPU (the others waited for a busy machine). */
  over10sCpu: number;
  /** The inputs during which the RSS was highest, highest first. */
  heaviest: InputFigures[];
}

const HEAVIEST = 5;

const SEEDS: readonly string[] = [
  corpusPath('rpm-europe.txt'), corpusPath('rpm-western-asia.txt'), corpusPath('congress-report.txt'),
  sharedPath('formats', 'rpm-europe.docx'), sharedPath('corpus', 'upr-slovenia', 'UPR34-Slovenia-thematic-list.docx'),
  sharedPath('formats', 'rpm-europe.pdf'), sharedPath('corpus', 'upr-slovenia', 'A-HRC-28-15.pdf'),
];

/** CPU time of this process (all its threads) in ms. */
const cpuMs = (): number => { const { user, system } = process.cpuUsage(); return (user + system) / 1000; };

const BOOT = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(new URL('./read-worker.ts', import.meta.url).href)}); })`;

class Reader {
  #worker: Worker | undefined;
  #ready: Promise<void> | undefined;

  /** Boots a reading thread if none runs (its boot is the harness's time, not an input's). */
  async ready(): Promise<void> {
    if (this.#worker === undefined) this.#start();
    await this.#ready;
  }

  async read(job: ReadJob, limitMs: number): Promise<ReadOutcome | 'hang' | { died: string }> {
    await this.ready();
    const worker = this.#worker as Worker;
    return new Promise((resolve) => {
      const done = (value: ReadOutcome | 'hang' | { died: string }): void => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        resolve(value);
      };
      const onMessage = (reply: ReadOutcome): void => { if (reply.id === job.id) done(reply); };
      const onError = (error: Error): void => { this.stop(); done({ died: error.message }); };
      // A hang is an input that used its time limit in CPU time (all threads of this process, which
      // only reads), or ten times the limit in wall time: a starved, busy machine is not a hang.
      const start = { wall: Date.now(), cpu: cpuMs() };
      const check = (): void => {
        const wall = Date.now() - start.wall;
        if (wall >= 10 * limitMs || (wall >= limitMs && cpuMs() - start.cpu >= limitMs)) {
          this.stop();
          done('hang');
          return;
        }
        timer = setTimeout(check, 250);
      };
      let timer = setTimeout(check, limitMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage(job);
    });
  }

  #start(): void {
    const worker = new Worker(BOOT, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 512 } });
    this.#worker = worker;
    this.#ready = new Promise((resolve) => worker.once('message', () => resolve()));
  }

  stop(): void {
    void this.#worker?.terminate();
    this.#worker = undefined;
  }
}

const RECYCLE_EVERY = 12;

const SIZE_FACTORS = [0.125, 0.25, 0.5, 1, 2, 4];

async function nextInput(random: Random, seeds: readonly Input[], maxFactor: number): Promise<{ input: Input; how: string }> {
  if (random.next() < 0.35) {
    const family = random.pick(FAMILIES);
    const factors = SIZE_FACTORS.filter((f) => f <= maxFactor);
    const factor = family.quoted > 1000 ? random.pick(factors) : 1;
    const n = Math.max(1, Math.round(family.quoted * factor));
    return { input: await family.make(n), how: `family ${family.id} n=${n}` };
  }
  const seed = random.pick(seeds);
  const mutated = seed.name.endsWith('.docx') ? await mutateDocx(random, seed) : seed.name.endsWith('.pdf') ? mutatePdf(random, seed) : mutateText(random, seed);
  return { input: mutated.input, how: `${seed.name}: ${mutated.how}` };
}

export async function fuzz(options: FuzzOptions): Promise<FuzzReport> {
  const random = new Random(options.seed);
  const seeds = SEEDS.map((path) => ({ name: path.split('/').at(-1) as string, bytes: new Uint8Array(readFileSync(path)) }));
  const report: FuzzReport = { tried: 0, documents: 0, expected: 0, failures: [], hangs: [], peakRssMb: 0, slowestMs: 0, slowest: '', over10s: 0, over10sCpu: 0, heaviest: [] };
  let inputPeakMb = 0;
  const sample = (): void => {
    const rss = Math.round(process.memoryUsage().rss / 1048576);
    inputPeakMb = Math.max(inputPeakMb, rss);
    report.peakRssMb = Math.max(report.peakRssMb, rss);
  };
  const sampler = setInterval(sample, 100);
  const reader = new Reader();
  const end = Date.now() + options.seconds * 1000;
  try {
    while (Date.now() < end) {
      const { input, how } = await nextInput(random, seeds, options.maxFactor);
      await reader.ready();
      const startRssMb = Math.round(process.memoryUsage().rss / 1048576);
      inputPeakMb = startRssMb;
      const started = Date.now();
      const startedCpu = cpuMs();
      const outcome = await reader.read({ id: report.tried + 1, name: input.name, bytes: input.bytes }, options.timeLimitMs);
      const took = Date.now() - started;
      const tookCpu = cpuMs() - startedCpu;
      report.tried += 1;
      sample();
      if (took > 10_000) report.over10s += 1;
      if (took > 10_000 && tookCpu > 10_000) report.over10sCpu += 1;
      const figures: InputFigures = {
        index: report.tried, how, ms: took, cpuMs: Math.round(tookCpu), peakRssMb: inputPeakMb, startRssMb,
        outcome: outcome === 'hang' ? 'hang' : 'died' in outcome ? 'died' : outcome.outcome,
      };
      options.onInput?.(figures);
      report.heaviest = [...report.heaviest, figures].sort((a, b) => b.peakRssMb - a.peakRssMb).slice(0, HEAVIEST);
      if (took > report.slowestMs) { report.slowestMs = took; report.slowest = how; }
      if (outcome === 'hang') report.hangs.push({ input: input.name, how, detail: `still reading after ${options.timeLimitMs / 1000} s` });
      else if ('died' in outcome) report.failures.push({ input: input.name, how, detail: `the reading thread died: ${outcome.died}` });
      else if (outcome.outcome === 'document') report.documents += 1;
      else if (outcome.outcome === 'expected') report.expected += 1;
      else report.failures.push({ input: input.name, how, detail: outcome.detail });
      if (outcome !== 'hang' && !('died' in outcome) && outcome.outcome === 'failure') options.log?.(`failure: ${how}: ${outcome.detail.split('\n')[0]}`);
      if (outcome === 'hang') options.log?.(`hang: ${how}`);
      // A fresh thread now and then gives back the memory V8 keeps after large inputs (RSS rarely shrinks otherwise).
      if (report.tried % (options.recycleEvery ?? RECYCLE_EVERY) === 0) reader.stop();
    }
  } finally {
    clearInterval(sampler);
    reader.stop();
  }
  return report;
}

export function summary(report: FuzzReport): string {
  return `${report.tried} inputs tried / ${report.documents} documents / ${report.expected} expected errors / ${report.failures.length} failures / ${report.hangs.length} hangs (${report.over10s} over 10 s, ${report.over10sCpu} of them over 10 s of CPU) / peak RSS ${report.peakRssMb} MB`;
}

/** One input's figures on one line: `#12 3.1 s (2.0 s CPU) 412 MB (from 300) document: rpm-europe.pdf: truncated`. */
export const describeInput = (f: InputFigures): string =>
  `#${f.index} ${(f.ms / 1000).toFixed(1)} s (${(f.cpuMs / 1000).toFixed(1)} s CPU) ${f.peakRssMb} MB (from ${f.startRssMb}) ${f.outcome}: ${f.how}`;
