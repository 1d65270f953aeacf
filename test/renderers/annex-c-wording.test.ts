// Annex C words a machine result as what it is, in every format, on the real reports and the Kyoto
// Declaration: "no corresponding paragraph identified", "corresponds to … (strong|partial)", and
// "not taken up" only where a reviewer decided it; the coverage tables say which figures are reviewed.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { runPipeline } from '../../src/pipeline/run.ts';
import type { MappingRun } from '../../src/pipeline/types.ts';
import { renderAll } from '../../src/renderers/render-all.ts';
import { corpusPath } from '../support/shared.ts';

const run: MappingRun = (await runPipeline([corpusPath('rpm-western-asia.txt'), corpusPath('rpm-europe.txt')], {
  outcome: corpusPath('congress-report.txt'),
  outcomeSymbol: 'A/CONF.234/16',
  now: new Date('2026-01-01T00:00:00Z'),
})).value;

/** The run as a reviewer would leave it: one recommendation the machine found nothing for, decided "not taken up". */
const decided = run.recommendations.find((r) => r.trace?.status === 'not-taken-up');
const reviewedRun: MappingRun = {
  ...run,
  recommendations: run.recommendations.map((r) => (r === decided && r.trace !== undefined ? { ...r, trace: { ...r.trace, reviewed: true as const } } : r)),
};

async function texts(of: MappingRun): Promise<{ html: string; md: string; docx: string; xlsx: string }> {
  const files = await renderAll(of, ['html', 'md', 'docx', 'xlsx']);
  const bytes = (name: string): Buffer => Buffer.from(files.find((f) => f.name === name)?.bytes ?? new Uint8Array());
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes('mapping.xlsx') as unknown as ArrayBuffer);
  const cells: string[] = [];
  for (const sheet of book.worksheets.filter((s) => s.name.startsWith('Annex C'))) {
    sheet.eachRow((row) => { cells.push((row.values as unknown[]).map((v) => String(v ?? '')).join('\t')); });
  }
  return {
    html: bytes('index.html').toString('utf8'),
    md: bytes('mapping.md').toString('utf8'),
    docx: (await mammoth.extractRawText({ buffer: bytes('mapping.docx') })).value,
    xlsx: cells.join('\n'),
  };
}

describe('Annex C wording', async () => {
  const machine = await texts(run);
  const reviewed = await texts(reviewedRun);
  const noneFound = run.recommendations.filter((r) => r.trace?.status === 'not-taken-up').length;

  it('has recommendations the machine found no paragraph for, on the real reports', () => {
    assert.ok(decided !== undefined && noneFound > 0);
  });

  for (const format of ['html', 'md', 'docx', 'xlsx'] as const) {
    it(`${format}: says "no corresponding paragraph identified" for a machine result, never "not taken up"`, () => {
      const text = machine[format];
      assert.match(text, /No corresponding paragraph identified/);
      // "Not taken up" appears only in the note that says when it is used, and as the (empty) reviewed column.
      assert.doesNotMatch(text, /Not taken up \(reviewer’s decision\)|Recommendations not taken up/);
      assert.match(text, /None of these figures has been reviewed/);
    });

    it(`${format}: says "not taken up" where a reviewer decided it, and how many figures are reviewed`, () => {
      const text = reviewed[format];
      assert.match(text, /Not taken up \(reviewer’s decision\)/);
      assert.match(text, /1 of the \d+ statuses were decided by a reviewer/);
    });
  }

  it('words a link as the paragraph it corresponds to, with its strength', () => {
    for (const format of ['html', 'md', 'docx'] as const) assert.match(machine[format], /[Cc]orresponds to (?:<[^>]+>)?A\/CONF\.234\/16, chap\. I, [^()]*para\. \d+ \((?:strong|partial)\)/, format);
  });

  it('leaves the reviewed columns out of the final edition\'s coverage tables while nothing is reviewed, and keeps them once something is', async () => {
    const final = (of: MappingRun, reviewedCount: number): MappingRun => ({ ...of, edition: { name: 'final', reviewedCount, expected: [], lacking: [] } });
    const unreviewed = await texts(final(run, 0));
    const someReviewed = await texts(final(reviewedRun, 1));
    // The coverage tables' header rows, as each format writes them.
    const headers = {
      html: (text: string) => [...text.matchAll(/<th>(?:Region|Topic)<\/th>(.*?)<\/tr>/g)].map((m) => [...(m[1] ?? '').matchAll(/<th>([^<]*)<\/th>/g)].map((h) => h[1])).filter((h) => h[0] === 'Strong'),
      md: (text: string) => text.split('\n').filter((line) => line.startsWith('| Region |')).map((line) => line.split(' | ').slice(1).map((h) => h.replace(/ \|$/, ''))),
      xlsx: (text: string) => text.split('\n').filter((line) => line.includes('\tBy\tKey\t')).map((line) => line.split('\t').slice(4)),
    };
    for (const format of ['html', 'md', 'xlsx'] as const) {
      const shown = headers[format](unreviewed[format]);
      assert.ok(shown.length > 0, format);
      for (const h of shown) assert.deepEqual(h, ['Strong', 'Partial', 'No corresponding paragraph identified', 'Total'], format);
      for (const h of headers[format](someReviewed[format])) assert.deepEqual(h.slice(-3), ['Not taken up (reviewed)', 'Total', 'Of which reviewed'], format);
    }
    assert.ok(!unreviewed.docx.includes('Of which reviewed') && !unreviewed.docx.includes('Not taken up (reviewed)'), 'docx');
    assert.ok(someReviewed.docx.includes('Of which reviewed'), 'docx');
    for (const format of ['html', 'md', 'docx', 'xlsx'] as const) assert.ok(unreviewed[format].includes('None of these figures has been reviewed'), format);
  });

  it('counts the machine\'s "nothing found" in its own column of the coverage sheet, and no reviewed figure', () => {
    const header = machine.xlsx.split('\n').find((line) => line.includes('No corresponding paragraph identified'));
    assert.ok(header?.includes('Not taken up (reviewed)') && header.includes('Of which reviewed'));
    const rows = machine.xlsx.split('\n').filter((line) => line.startsWith('\tregion\t'));
    const cols = rows.map((line) => line.split('\t'));
    assert.equal(cols.reduce((n, c) => n + Number(c[6]), 0), noneFound);
    assert.ok(cols.every((c) => c[7] === '0' && c[9] === '0'));
  });
});
