import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { renderXlsx } from '../../src/renderers/xlsx/index.ts';
import { fixtureRun } from './fixture.ts';

describe('the Excel workbook', async () => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await renderXlsx(fixtureRun()) as unknown as ArrayBuffer);

  it('has the heatmap, a matrix per index section, the long format, review, Annex C and documents', () => {
    assert.deepEqual(book.worksheets.map((s) => s.name), [
      'At a glance', 'Matrix A', 'Matrix B', 'Matrix D', 'Recommendations', 'Review', 'Annex C coverage', 'Annex C summary', 'Annex C links', 'Documents',
    ]);
  });

  it('colours the heatmap with a colour scale and freezes and filters the header', () => {
    const sheet = book.getWorksheet('At a glance');
    assert.ok(sheet !== undefined);
    assert.equal(sheet.views[0]?.state, 'frozen');
    assert.ok(sheet.autoFilter !== undefined);
    // exceljs reads conditional formatting back but does not type it.
    const read = sheet as unknown as { conditionalFormattings: { rules: { type: string }[] }[] };
    const rules = read.conditionalFormattings.flatMap((c) => c.rules.map((r) => r.type));
    assert.deepEqual(rules, ['colorScale']);
  });

  it('has one long row per recommendation and topic', () => {
    const sheet = book.getWorksheet('Recommendations');
    assert.equal((sheet?.rowCount ?? 0) - 1, 6);
    const d2 = sheet?.getRows(2, 6)?.find((r) => r.getCell(8).value === 'D2');
    assert.equal(d2?.getCell(1).value, 'A/CONF.234/RPM.2/1, para. 22 (a)');
    assert.equal(d2?.getCell(11).value, true);
  });

  it('lists each citation in its matrix cell', () => {
    const sheet = book.getWorksheet('Matrix D');
    const westernAsia = String(sheet?.getRow(2).getCell(5).value);
    assert.match(westernAsia, /^A\/CONF\.234\/RPM\.2\/1, para\. 22 \(a\): Consider reforming/);
  });

  it('names, on each Annex C link a precedent helped, the coded recommendation it was linked alike for', () => {
    const sheet = book.getWorksheet('Annex C links');
    assert.equal(sheet?.getRow(1).getCell(9).value, 'Linked alike for');
    const helped = sheet?.getRows(2, (sheet?.rowCount ?? 1) - 1)?.filter((r) => Boolean(r.getCell(9).value)) ?? [];
    assert.deepEqual(helped.map((r) => [r.getCell(1).value, r.getCell(9).value]), [['A/CONF.234/RPM.5/1, para. 34 (d)', 'A/CONF.234/RPM.2/1, para. 22 (a)']]);
  });
});
