// `npm run bench` (tracing part): time to trace the three regional reports of the corpus into
// the Kyoto Declaration (reading and mapping timed apart), median of a few runs.
import { performance } from 'node:perf_hooks';
import { traceRecommendations } from '../src/tracing/index.ts';
import { loadTraceCorpus } from '../eval/trace-corpus.ts';

const RUNS = 3;

export async function run(): Promise<void> {
  const started = performance.now();
  const corpus = await loadTraceCorpus();
  const loaded = performance.now() - started;
  const times: number[] = [];
  let links = 0;
  for (let i = 0; i < RUNS; i += 1) {
    const t0 = performance.now();
    const { traces } = traceRecommendations(corpus.recommendations, corpus.outcome, corpus.codebook, { outcomeSymbol: 'A/CONF.234/16' });
    times.push(performance.now() - t0);
    links = [...traces.values()].reduce((sum, t) => sum + t.links.length, 0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  console.log(`read + map ${corpus.regional.length} reports and the congress report: ${loaded.toFixed(0)} ms (${corpus.via})`);
  console.log(`trace ${corpus.recommendations.length} recommendations into 97 paragraphs: median ${median.toFixed(0)} ms of ${RUNS} runs (${(median / Math.max(corpus.recommendations.length, 1)).toFixed(1)} ms each), ${links} links`);
  // At scale: the corpus ten times, each copy's texts made distinct (a text met again is traced once).
  const copies = Array.from({ length: 10 }, (_, copy) => corpus.recommendations.map((r) => ({ ...r, id: `${r.id}~${copy}`, text: `${r.text} (${copy})` }))).flat();
  const t0 = performance.now();
  traceRecommendations(copies, corpus.outcome, corpus.codebook, { outcomeSymbol: 'A/CONF.234/16' });
  const ms = performance.now() - t0;
  console.log(`trace ${copies.length} distinct recommendations (the corpus x10): ${ms.toFixed(0)} ms (${(ms / copies.length).toFixed(2)} ms each)`);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
