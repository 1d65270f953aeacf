// The annexes a delegate can rely on, on the real corpus: the corpus folder (the three regional
// reports and the Secretariat's snapshot) traced into the congress report, each format read back.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildRun } from '../../src/pipeline/run.ts';
import { buildLayout } from '../../src/renderers/layout/index.ts';
import { renderHtml } from '../../src/renderers/html/index.ts';
import { renderMarkdown } from '../../src/renderers/md/index.ts';
import { corpusPath, sharedPath } from '../support/shared.ts';

const run = await buildRun([sharedPath('corpus', 'crime-congress-14')], { outcome: corpusPath('congress-report.txt'), outcomeSymbol: 'A/CONF.234/16', now: new Date('2026-11-24T00:00:00Z') });
const layout = buildLayout(run);

/** The regions in the order the snapshot lists the meetings ("A/CONF.234/RPM.3/1 (Latin America and the Caribbean; …"). */
const snapshotOrder = [...readFileSync(corpusPath('snapshot-rpm-outcomes.txt'), 'utf8').matchAll(/A\/CONF\.234\/RPM\.\d\/1 \(([^;]+);/g)].map((m) => m[1] ?? '');

describe('regions in the Secretariat\'s order', () => {
  const expected = snapshotOrder.filter((region) => run.documents.some((d) => d.region === region));

  it('reads the order of the meetings the snapshot lists, of which three are mapped', () => {
    assert.deepEqual(snapshotOrder, ['Asia and the Pacific', 'Latin America and the Caribbean', 'Western Asia', 'Africa', 'Europe']);
    assert.equal(expected.length, 3);
  });

  it('orders the columns, the documents and Annex C\'s groups and coverage as the snapshot lists the meetings', () => {
    assert.deepEqual(layout.columns.map((c) => c.label), expected);
    assert.deepEqual(layout.documents.map((d) => d.region), expected);
    assert.deepEqual(layout.tracing?.recommendations.map((g) => g.column.label), expected);
    assert.deepEqual(layout.tracing?.byRegion.map((r) => r.label), expected);
  });

  it('orders the regions so in the HTML matrix and the Markdown coverage table', () => {
    const html = renderHtml(run);
    const head = /<table class="grid matrix"><thead><tr>(.*?)<\/tr>/.exec(html)?.[1] ?? '';
    assert.deepEqual([...head.matchAll(/<th[^>]*>([^<]+)<\/th>/g)].map((m) => m[1]).filter((h) => expected.includes(h ?? '')), expected);
    const md = renderMarkdown(run);
    const rows = md.slice(md.indexOf('| Region | Strong')).split('\n').slice(2, 5).map((line) => line.split(' | ')[0]?.replace(/^\| /, ''));
    assert.deepEqual(rows, expected);
  });
});
