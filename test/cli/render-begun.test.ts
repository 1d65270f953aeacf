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
