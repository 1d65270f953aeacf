// `concord build` renders the Word annexes in a worker thread while the other formats render in the
// main one (renderAll({ threads: true })): the files are the ones rendered in one thread, in order.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import JSZip from 'jszip';
import { buildRun } from '../../src/pipeline/run.ts';
import { renderAll, warmRenderers, type RenderedFile } from '../../src/renderers/render-all.ts';
import { FILE_NAMES } from '../../src/renderers/render-formats.ts';
import { corpusPath } from '../support/shared.ts';

/** A zip's parts, its timestamped core properties aside. */
async function partsOf(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: Record<string, string> = {};
  for (const name of Object.keys(zip.files).sort()) {
    if (name === 'docProps/core.xml' || zip.files[name]?.dir === true) continue;
    parts[name] = (await zip.file(name)?.async('string')) ?? '';
  }
  return parts;
}

describe('rendering with a worker thread', async () => {
  // The Word and Excel workers are started (and load their libraries) before the run is made, as build does.
  warmRenderers(['md', 'docx', 'xlsx', 'json']);
  const run = await buildRun([corpusPath('rpm-western-asia.txt')], { outcome: corpusPath('congress-report.txt'), outcomeSymbol: 'A/CONF.234/16', now: new Date('2026-11-24T00:00:00Z') });
  const seen: string[] = [];
  const threaded = await renderAll(run, ['md', 'docx', 'json'], { threads: true, onRendered: (file, done) => seen.push(`${done}:${file.name}`) });
  const inline = await renderAll(run, ['md', 'docx', 'json']);
  const byName = (files: readonly RenderedFile[], name: string): Uint8Array => files.find((f) => f.name === name)?.bytes ?? new Uint8Array();

  it('gives the files in the order of FORMATS, each announced once as it is ready', () => {
    assert.deepEqual(threaded.map((f) => f.name), [FILE_NAMES.docx, FILE_NAMES.json, FILE_NAMES.md]);
    assert.deepEqual(seen.map((s) => s.split(':')[1]).sort(), [FILE_NAMES.docx, FILE_NAMES.json, FILE_NAMES.md].sort());
    assert.deepEqual(seen.map((s) => s.split(':')[0]), ['1', '2', '3']);
  });

  it('renders the Word document in the worker exactly as in this thread (its timestamps aside)', async () => {
    const docx = byName(threaded, FILE_NAMES.docx);
    assert.ok(docx.length > 10_000);
    assert.deepEqual(await partsOf(docx), await partsOf(byName(inline, FILE_NAMES.docx)));
  });

  it('leaves the formats rendered in this thread byte for byte the same', () => {
    assert.deepEqual(byName(threaded, FILE_NAMES.json), byName(inline, FILE_NAMES.json));
    assert.deepEqual(byName(threaded, FILE_NAMES.md), byName(inline, FILE_NAMES.md));
  });
});
