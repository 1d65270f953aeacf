// `concord build` on the corpus (three regional reports traced into the congress report):
// time relative to parsing the same files, and the size of each output; beside the in-process
// (warm) figure, the same job as a fresh process, as a user runs it, so the two are read together.
import { readDocument } from '../src/readers/index.ts';
import { buildRun } from '../src/pipeline/run.ts';
import { renderAll } from '../src/renderers/index.ts';
import { corpusPath } from './support/shared.ts';
import { checkBuilt, mainJobTiming } from './processes.ts';

const REPORTS = ['rpm-europe.txt', 'rpm-latin-america-caribbean.txt', 'rpm-western-asia.txt'].map(corpusPath);
const OUTCOME = corpusPath('congress-report.txt');

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

/** Best of `n` runs after one warm-up (module loading and JIT are not what this measures), and the warm-up's own time. */
async function best<T>(n: number, work: () => Promise<T>): Promise<{ ms: number; firstMs: number; value: T }> {
  let result = await timed(work);
  const firstMs = result.ms;
  let min = Infinity;
  for (let i = 0; i < n; i++) {
    result = await timed(work);
    min = Math.min(min, result.ms);
  }
  return { ms: min, firstMs, value: result.value };
}

export async function run(): Promise<void> {
  const parse = await best(3, async () => { for (const file of [...REPORTS, OUTCOME]) await readDocument(file); });
  const build = await best(2, async () => {
    const mapped = await buildRun(REPORTS, { outcome: OUTCOME, outcomeSymbol: 'A/CONF.234/16' });
    return { mapped, files: await renderAll(mapped) };
  });
  const render = await best(2, () => renderAll(build.value.mapped));
  console.log(`parse (4 files):              ${parse.ms.toFixed(0)} ms`);
  console.log(`build (read+map+trace+render): ${build.ms.toFixed(0)} ms  = ${(build.ms / parse.ms).toFixed(1)} x parse (in-process, warm: best of 2 after a first run)`);
  console.log(`  first run in this process:   ${build.firstMs.toFixed(0)} ms (loads the mapping, tracing and rendering modules, the NLP model and the codebook; parsing's were loaded above)`);
  checkBuilt();
  const fresh = mainJobTiming();
  console.log(`  as a fresh process (bin/concord.js build, the README's main job): ${fresh.wallMs.toFixed(0)} ms = ${fresh.ratio.toFixed(1)}x \`node -e 0\` (${fresh.nodeMs.toFixed(0)} ms); ${(fresh.wallMs - build.ms).toFixed(0)} ms more than in-process warm: start-up, imports, model loads, first-run JIT, writing the files`);
  console.log(`  of which render (6 formats): ${render.ms.toFixed(0)} ms`);
  console.log(`recommendations: ${build.value.mapped.recommendations.length}`);
  for (const file of build.value.files) console.log(`  ${file.name.padEnd(14)} ${(file.bytes.length / 1024).toFixed(0).padStart(6)} KiB`);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
