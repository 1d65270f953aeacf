// `concord build` begins the Word and Excel files in their workers once the recommendations are mapped, while the
// main thread traces them (runPipeline's onMapped, beginRenderers), and finishes them from the traced run:
// each file is the one rendered whole in one go.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import JSZip from 'jszip';
import { runPipeline } from '../../src/pipeline/run.ts';
import type { MappingRun } from '../../src/pipeline/types.ts';
import { beginRenderers, renderAll, streamTraces, tracedFrom, warmRenderers, type RenderedFile } from '../../src/renderers/render-all.ts';
import { FILE_NAMES } from '../../src/renderers/render-formats.ts';
import { corpusPath, sharedPath } from '../support/shared.ts';
import { AnnexAhead } from '../../src/renderers/docx/annex-ahead.ts';
import { buildLayout } from '../../src/renderers/layout/build-layout.ts';
import { outcomeTextsOf } from '../../src/renderers/layout/tracing.ts';
import type { TracedRecommendation } from '../../src/renderers/layout/types.ts';

/** A zip's parts, its timestamped core properties and exceljs's random data-bar GUIDs aside. */
async function partsOf(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: Record<string, string> = {};
  for (const name of Object.keys(zip.files).sort()) {
    if (name === 'docProps/core.xml' || zip.files[name]?.dir === true) continue;
    parts[name] = ((await zip.file(name)?.async('string')) ?? '').replace(/\{[0-9A-F-]{36}\}/g, '{GUID}');
  }
  return parts;
}

describe('the Word and Excel files begun before the tracing', async () => {
  warmRenderers(['html', 'docx', 'xlsx']);
  const mapped: MappingRun[] = [];
  const traced: string[] = [];
  const { value: run } = await runPipeline([sharedPath('corpus', 'crime-congress-14')], {
    outcome: corpusPath('congress-report.txt'), outcomeSymbol: 'A/CONF.234/16', now: new Date('2026-11-24T00:00:00Z'),
    onMapped: (early) => { mapped.push(early); beginRenderers(early); },
    // The Word worker builds Annex C's tables from the traces as they are made.
    onTraced: { ...streamTraces, traced: (id, trace) => { traced.push(id); streamTraces.traced(id, trace); } },
  });
  const threaded = await renderAll(run, ['html', 'docx', 'xlsx'], { threads: true });
  const inline = await renderAll(run, ['docx', 'xlsx']);
  const byName = (files: readonly RenderedFile[], name: string): Uint8Array => files.find((f) => f.name === name)?.bytes ?? new Uint8Array();

  it('is begun from the mapped run, once, which the traced run only adds traces and an outcome to', () => {
    assert.equal(mapped.length, 1);
    const [early] = mapped;
    assert.ok(early !== undefined && early.outcome === undefined && early.recommendations.every((r) => r.trace === undefined));
    assert.ok(run.recommendations.some((r) => r.trace !== undefined));
    assert.equal(tracedFrom(early, run), true);
  });

  it('is sent every trace as it is made, once per recommendation', () => {
    assert.deepEqual([...traced].sort(), run.recommendations.map((r) => r.id).sort());
  });

  it('is finished from the traced run exactly as the file rendered whole (its timestamps aside)', async () => {
    const docx = byName(threaded, FILE_NAMES.docx);
    assert.ok(docx.length > 100_000);
    const [begun, whole] = [await partsOf(docx), await partsOf(byName(inline, FILE_NAMES.docx))];
    assert.deepEqual(Object.keys(begun), Object.keys(whole));
    for (const name of Object.keys(whole)) assert.ok(begun[name] === whole[name], `${name} differs`);
  });

  it('is, for the Excel file too, the file rendered whole (its timestamps aside)', async () => {
    const xlsx = byName(threaded, FILE_NAMES.xlsx);
    assert.ok(xlsx.length > 50_000);
    const [begun, whole] = [await partsOf(xlsx), await partsOf(byName(inline, FILE_NAMES.xlsx))];
    assert.deepEqual(Object.keys(begun), Object.keys(whole));
    // Part by part, so that a difference names its part (a diff of whole workbooks takes minutes to print).
    for (const name of Object.keys(whole)) assert.ok(begun[name] === whole[name], `${name} differs`);
  });

  it('uses the parts of Annex C built ahead only for the traces they were built from, each once', () => {
    const [early] = mapped;
    assert.ok(early !== undefined && run.outcome !== undefined);
    const ahead = new AnnexAhead(early, 'review', () => undefined);
    ahead.take({ kind: 'selected', texts: [...outcomeTextsOf(run.outcome.paragraphs)] });
    ahead.take({ kind: 'traced', traces: run.recommendations.flatMap((r) => (r.trace === undefined ? [] : [[r.id, r.trace] as const])) });
    const itemsOf = (of: MappingRun): TracedRecommendation[] => (buildLayout(of).tracing?.recommendations ?? []).flatMap((g) => g.items);
    const linked = itemsOf(run).find((t) => t.links.length > 0);
    assert.ok(linked !== undefined);
    const built = ahead.builtFor(run);
    assert.ok(built.linked(linked) !== undefined && built.summary(linked) !== undefined);
    assert.equal(built.linked(linked), undefined, 'a part is used once');
    // A traced run whose trace of that recommendation is not the one sent: its part is built anew.
    const changed: MappingRun = {
      ...run,
      recommendations: run.recommendations.map((r) => (r.id === linked.recommendation.id && r.trace !== undefined ? { ...r, trace: { ...r.trace, links: r.trace.links.slice(1) } } : r)),
    };
    const again = itemsOf(changed).find((t) => t.recommendation.id === linked.recommendation.id);
    assert.ok(again !== undefined);
    assert.equal(ahead.builtFor(changed).summary(again), undefined);
  });

  it('is not finished from a run that changed otherwise: that run is rendered whole', () => {
    const [early] = mapped;
    assert.ok(early !== undefined);
    const [first, ...rest] = run.recommendations;
    assert.ok(first !== undefined);
    assert.equal(tracedFrom(early, { ...run, recommendations: [{ ...first, text: `${first.text} (edited)` }, ...rest] }), false);
    assert.equal(tracedFrom(early, { ...run, documents: [...run.documents] }), false);
    assert.equal(tracedFrom(early, early), false, 'a run without an outcome is not traced');
  });
});
