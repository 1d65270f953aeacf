// `concord build` on the corpus (three regional reports traced into the congress report):
// time relative to parsing the same files, and the size of each output.
import { readDocument } from '../src/readers/index.ts';
import { buildRun } from '../src/pipeline/run.ts';
import { renderAll } from '../src/renderers/index.ts';
import { corpusPath } from './support/shared.ts';

const REPORTS = ['rpm-europe.txt', 'rpm-latin-america-caribbean.txt', 'rpm-western-asia.txt'].map(corpusPath);
const OUTCOME = corpusPath('congress-report.txt');

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

/** Best of `n` runs after one warm-up (module loading and JIT are not what we measure). */
async function best<T>(n: number, work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  let result = await timed(work);
  let min = Infinity;
  for (let i = 0; i < n; i++) {
    result = await timed(work);
    min = Math.min(min, result.ms);
  }
  return { ms: min, value: result.value };
}

export async function run(): Promise<void> {
  const parse = await best(3, async () => { for (const file of [...REPORTS, OUTCOME]) await readDocument(file); });
  const build = await best(2, async () => {
    const mapped = await buildRun(REPORTS, { outcome: OUTCOME, outcomeSymbol: 'A/CONF.234/16' });
    return { mapped, files: await renderAll(mapped) };
  });
  const render = await best(2, () => renderAll(build.value.mapped));
  console.log(`parse (4 files):              ${parse.ms.toFixed(0)} ms`);
  console.log(`build (read+map+trace+render): ${build.ms.toFixed(0)} ms  = ${(build.ms / parse.ms).toFixed(1)} x parse`);
  console.log(`  of which render (6 formats): ${render.ms.toFixed(0)} ms`);
  console.log(`recommendations: ${build.value.mapped.recommendations.length}`);
  for (const file of build.value.files) console.log(`  ${file.name.padEnd(14)} ${(file.bytes.length / 1024).toFixed(0).padStart(6)} KiB`);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
