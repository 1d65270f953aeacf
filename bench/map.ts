// Mapping throughput: recommendations per second on the corpus, and on a larger synthetic
// set (the corpus recommendations repeated 50 times, each copy with its own id). A text met
// again is scored once, so the copies are timed twice: word for word, and each made distinct.
import { performance } from 'node:perf_hooks';
import { readDocument } from '../src/readers/index.ts';
import { loadCodebook, loadExamples, mapRecommendations } from '../src/mapping/index.ts';
import type { Recommendation } from '../src/model/types.ts';
import { corpusPath, sharedPath } from './support/shared.ts';

const FILES = ['rpm-europe.txt', 'rpm-latin-america-caribbean.txt', 'rpm-western-asia.txt', 'congress-report.txt'];

function time(label: string, count: number, work: () => void): void {
  const start = performance.now();
  work();
  const seconds = (performance.now() - start) / 1000;
  console.log(`| ${label} | ${count} | ${seconds.toFixed(2)} s | ${Math.round(count / seconds)} rec/s |`);
}

export async function run(): Promise<void> {
  const start = performance.now();
  const codebook = await loadCodebook();
  console.log(`codebook load and first compile: ${((performance.now() - start) / 1000).toFixed(2)} s (wink model included)`);
  const recs: Recommendation[] = [];
  for (const file of FILES) recs.push(...(await readDocument(corpusPath(file))).recommendations);
  const examples = await loadExamples(sharedPath('gold', 'topics.dev.json'));
  mapRecommendations(recs.slice(0, 5), codebook);
  const synthetic = Array.from({ length: 50 }, (_, copy) =>
    recs.map((r) => ({ ...r, id: `${r.id}~${copy}`, paragraph: r.paragraph + 1000 * (copy + 1) }))).flat();
  const distinct = synthetic.map((r, i) => ({ ...r, text: `${r.text} (${i})` }));
  console.log('| set | recommendations | time | throughput |\n|---|---|---|---|');
  time('corpus, codebook alone', recs.length, () => mapRecommendations(recs, codebook));
  time('corpus, with 43 coded examples', recs.length, () => mapRecommendations(recs, codebook, { examples }));
  time('corpus x50, codebook alone (copies word for word)', synthetic.length, () => mapRecommendations(synthetic, codebook));
  time('corpus x50, codebook alone (each text distinct)', distinct.length, () => mapRecommendations(distinct, codebook));
}
