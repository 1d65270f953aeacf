// Agreement report bench: 1,000 recommendations double-coded (two coders, synthetic codings
// drawn from the shipped codebook, written through the store into a real SQLite file), then
// the report as the API builds it: read the assignment and codings, the statistics for every
// comparison, the disagreements and the CSV. Run: npx tsx bench/agreement.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCodebook } from '../src/mapping/load-codebook.ts';
import type { Recommendation } from '../src/model/types.ts';
import { openStore } from '../src/store/open.ts';
import { createProject } from '../src/store/projects.ts';
import { allCodings, codedCounts, createAssignment, getAssignment, saveCoding, submitCodings } from '../src/store/assignments.ts';
import { topicLabels } from '../src/server/review/effective.ts';
import type { ProjectState, RecEntry } from '../src/server/project/state.ts';
import { buildDisagreements, buildReport } from '../src/server/agreement/report.ts';
import { reportCsv } from '../src/server/agreement/export.ts';
import { assignmentView } from '../src/server/agreement/views.ts';

const RECS = 1000;
const RUNS = 5;

/** A small deterministic generator (mulberry32): the same codings on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'concord-bench-agreement-'));
  const store = await openStore(join(dir, 'bench.sqlite'));
  try {
    const codebook = await loadCodebook('crime-congress-14');
    const labels = topicLabels(codebook);
    const topicIds = [...labels.keys()];
    const next = random(12);
    const pick = (): string[] => topicIds.filter(() => next() < 2 / topicIds.length);
    const project = await createProject(store, 'agreement bench', { kind: 'shipped', name: 'crime-congress-14' });
    const recs = new Map<string, RecEntry>();
    for (let i = 1; i <= RECS; i++) {
      const id = `A/CONF.234/RPM.9/1#${i}`;
      const rec = { type: 'recommendation', id, citation: `A/CONF.234/RPM.9/1, para. ${i}`, text: `Synthetic recommendation ${i}.`, leadIn: '' } as unknown as Recommendation;
      const machineTopics = pick().map((t) => ({ id: t, label: labels.get(t)?.label ?? t, section: labels.get(t)?.section ?? '', score: 1, lowConfidence: false, evidence: [] }));
      recs.set(id, { rec, documentId: 1, region: 'Europe', machineTopics, machineTrace: null });
    }
    const state = { project: { id: project.id }, labels, recs, reviews: new Map(), memo: new Map() } as unknown as ProjectState;
    const created = await createAssignment(store, project.id, { name: 'bench', coders: ['Ana', 'Ben'], recIds: [...recs.keys()], adjudicator: null, createdBy: 'bench' });
    const t0 = performance.now();
    for (const coder of ['Ana', 'Ben']) {
      for (const id of recs.keys()) {
        // The second coder agrees with the first on most recommendations: codings as a pilot yields them.
        await saveCoding(store, created, coder, id, coder === 'Ben' && next() < 0.7 ? (recs.get(id)?.machineTopics.map((t) => t.id) ?? []) : pick(), null);
      }
      await submitCodings(store, created, coder);
    }
    const written = performance.now() - t0;
    const times: number[] = [];
    let summary = '';
    for (let r = 0; r < RUNS; r++) {
      const started = performance.now();
      const assignment = await getAssignment(store, project.id, created.id);
      const codings = await allCodings(store, assignment);
      const view = assignmentView(assignment, null, await codedCounts(store, assignment.id));
      const report = buildReport(state, assignment, view, codings);
      const disagreements = buildDisagreements(state, assignment, view, codings);
      reportCsv(report);
      times.push(performance.now() - started);
      const pair = report.comparisons[0];
      summary = `${pair?.topics.length ?? 0} topics, pooled kappa ${pair?.pooled.kappa.value?.toFixed(3) ?? '—'}, alpha ${pair?.pooled.alpha.value?.toFixed(3) ?? '—'}, ${disagreements.disagreements.length} disagreements`;
    }
    times.sort((a, b) => a - b);
    console.log(`write ${2 * RECS} codings (2 coders x ${RECS} recommendations, one transaction each) and submit: ${written.toFixed(0)} ms`);
    console.log(`agreement report on ${RECS} double-coded recommendations (store read, 3 comparisons, disagreements, CSV): median ${(times[Math.floor(RUNS / 2)] ?? 0).toFixed(0)} ms of ${RUNS} runs (${summary})`);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
