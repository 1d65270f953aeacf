// End to end on the real corpus: the three regional reports, traced into the congress
// report; the outputs are read back (mammoth, exceljs, a CSV reader), not trusted.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { buildRun } from '../../src/pipeline/run.ts';
import { writeOutput } from '../../src/pipeline/write-output.ts';
import { renderAll } from '../../src/renderers/index.ts';
import type { MappingRun } from '../../src/pipeline/types.ts';
import { corpusPath } from '../support/shared.ts';
import { assertSelfContained, parseCsv } from '../renderers/read-back.ts';

const REPORTS = ['rpm-europe.txt', 'rpm-latin-america-caribbean.txt', 'rpm-western-asia.txt'].map(corpusPath);

/** Every (citation, topic) pair the run holds. */
const pairsOf = (run: MappingRun): string[] => run.recommendations.flatMap((r) => r.topics.map((t) => `${r.citation}|${t.id}`)).sort();

describe('concord build on the three regional reports, traced into the congress report', async () => {
  const run = await buildRun(REPORTS, { outcome: corpusPath('congress-report.txt'), outcomeSymbol: 'A/CONF.234/16', now: new Date('2026-11-24T00:00:00Z') });
  const out = join(mkdtempSync(join(tmpdir(), 'concord-build-')), 'out');
  await writeOutput(out, await renderAll(run), false);
  const json = JSON.parse(readFileSync(join(out, 'mapping.json'), 'utf8')) as MappingRun;

  it('maps every regional report and nothing is skipped', () => {
    assert.deepEqual(json.documents.map((d) => d.region), ['Europe', 'Latin America and the Caribbean', 'Western Asia']);
    assert.deepEqual(json.skipped, []);
    assert.ok(json.recommendations.length > 100);
  });

  it('puts every recommendation under every topic it was mapped to in Annex A and B of the Word document', async () => {
    const { value: html } = await mammoth.convertToHtml({ buffer: readFileSync(join(out, 'mapping.docx')) });
    const annexA = html.slice(html.lastIndexOf('Annex A. Mapping'), html.lastIndexOf('Annex B. Mapping'));
    const annexB = html.slice(html.lastIndexOf('Annex B. Mapping'), html.lastIndexOf('Annex C. From'));
    // Each topic's part of Annex A runs from its heading to the next topic heading.
    const parts = annexA.split(/<h3>/).slice(1);
    const found: string[] = [];
    for (const part of parts) {
      const id = /(?:<a id="[^"]+"><\/a>)*([A-F])\.(\d+) /.exec(part);
      if (id === null) continue;
      for (const m of part.matchAll(/<strong>(A\/CONF\.[^<]+, para\. [^<]+)<\/strong>/g)) found.push(`${m[1]}|${id[1]}${id[2]}`);
    }
    assert.deepEqual(found.sort(), pairsOf(json));
    // Annex B: a table per topic, headed by its label, the citations in the rows below.
    const rows = annexB.split('<tr>').slice(1);
    const inB: string[] = [];
    let topic = '';
    for (const row of rows) {
      const id = /<p><strong>([A-F])\.(\d+) /.exec(row);
      if (id !== null) topic = `${id[1]}${id[2]}`;
      for (const m of row.matchAll(/<strong>(A\/CONF\.[^<]+, para\. [^<]+)<\/strong>/g)) inB.push(`${m[1]}|${topic}`);
    }
    assert.deepEqual(inB.sort(), pairsOf(json));
  });

  it('has the same pairs in the Excel long sheet and matrices, and in the CSV', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(out, 'mapping.xlsx'));
    const long = book.getWorksheet('Recommendations');
    const pairs: string[] = [];
    long?.eachRow((row, n) => { if (n > 1) pairs.push(`${String(row.getCell(1).value)}|${String(row.getCell(8).value)}`); });
    assert.deepEqual(pairs.sort(), pairsOf(json));
    const inMatrices: string[] = [];
    for (const sheet of book.worksheets.filter((s) => s.name.startsWith('Matrix '))) {
      sheet.eachRow((row, n) => {
        if (n === 1) return;
        const topic = String(row.getCell(1).value).replace('.', '');
        row.eachCell((cell, col) => {
          if (col < 3) return;
          for (const m of String(cell.value).matchAll(/^(A\/CONF\.\S+, para\. \d+(?: \([a-z.]+\))*)(?: \[to review\])?: /gm)) inMatrices.push(`${m[1]}|${topic}`);
        });
      });
    }
    assert.deepEqual(inMatrices.sort(), pairsOf(json));
    const csv = parseCsv(readFileSync(join(out, 'mapping.csv'), 'utf8').slice(1));
    assert.deepEqual(csv.slice(1).map((r) => `${r[0]}|${r[7]}`).sort(), pairsOf(json));
  });

  it('writes a self-contained HTML page with the annexes', () => {
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    assertSelfContained(html);
    for (const r of json.recommendations.slice(0, 20)) assert.ok(html.includes(r.citation));
    assert.ok(!html.includes('<i>'), 'the <i> tags of the corpus are escaped');
  });

  it('has Annex C coverage figures that add up, per region and per topic', () => {
    assert.ok(json.outcome !== undefined);
    const regions = new Map<string, number[]>();
    for (const r of json.recommendations) {
      const counts = regions.get(r.region ?? '') ?? [0, 0, 0];
      counts[['strong', 'partial', 'not-taken-up'].indexOf(r.trace?.status ?? 'not-taken-up')]! += 1;
      regions.set(r.region ?? '', counts);
    }
    for (const row of json.outcome.coverage.byRegion) {
      assert.equal(row.strong + row.partial + row.notTakenUp, row.total, row.label);
      assert.deepEqual([row.strong, row.partial, row.notTakenUp], regions.get(row.key) ?? regions.get(row.label), row.label);
    }
    for (const row of json.outcome.coverage.byTopic) assert.equal(row.strong + row.partial + row.notTakenUp, row.total, row.label);
  });

  it('converts to PDF with LibreOffice without errors', { skip: spawnSync('which', ['soffice']).status === 0 ? false : 'soffice (libreoffice-writer-nogui) is absent' }, () => {
    const pdfDir = mkdtempSync(join(tmpdir(), 'concord-pdf-'));
    const result = spawnSync('soffice', ['--headless', `-env:UserInstallation=file://${pdfDir}/profile`, '--convert-to', 'pdf', '--outdir', pdfDir, join(out, 'mapping.docx')], { encoding: 'utf8', timeout: 240_000 });
    assert.equal(result.status, 0, result.stderr);
    assert.ok(existsSync(join(pdfDir, 'mapping.pdf')), result.stdout + result.stderr);
    assert.ok(readFileSync(join(pdfDir, 'mapping.pdf')).length > 50_000);
  });
});
