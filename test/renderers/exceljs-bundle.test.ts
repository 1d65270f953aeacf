// dist/vendor/exceljs.cjs (scripts/build.mjs) is exceljs's Workbook and zip writer bundled into one file, which the
// built command line loads instead of the package's modules: on the real corpus it must write the same workbook.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { buildRun } from '../../src/pipeline/run.ts';
import { buildLayout } from '../../src/renderers/layout/index.ts';
import { laterSheets, mappingSheets } from '../../src/renderers/xlsx/index.ts';
import { corpusPath, sharedPath } from '../support/shared.ts';

const require = createRequire(import.meta.url);
const BUNDLE = fileURLToPath(new URL('../../dist/vendor/exceljs.cjs', import.meta.url));
const run = await buildRun([sharedPath('corpus', 'crime-congress-14')], { outcome: corpusPath('congress-report.txt'), outcomeSymbol: 'A/CONF.234/16', now: new Date('2026-11-24T00:00:00Z') });
const layout = buildLayout(run);

/** exceljs gives each data bar a random id (a GUID), different on every write. */
const unrandom = (xml: string): string => xml.replace(/\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}/g, '{id}');

/** Every part of the workbook renderXlsx's sheet builders make with this Workbook class, by name. */
async function parts(Workbook: typeof ExcelJS.Workbook): Promise<Record<string, string>> {
  const book = mappingSheets(layout, new Workbook());
  laterSheets(book, layout);
  book.modified = book.created;
  const zip = await JSZip.loadAsync(await book.xlsx.writeBuffer());
  const out: Record<string, string> = {};
  for (const file of Object.values(zip.files).filter((f) => !f.dir).sort((a, b) => a.name.localeCompare(b.name))) out[file.name] = unrandom(await file.async('string'));
  return out;
}

describe('the bundled exceljs', () => {
  it('is built with the command line (npm ci, npm run build)', () => {
    assert.ok(existsSync(BUNDLE), `${BUNDLE} is missing: run npm run build`);
  });

  it('writes the corpus workbook part for part as the package does', async () => {
    const bundled = require(BUNDLE) as { Workbook: typeof ExcelJS.Workbook; zipStream: { ZipWriter: unknown } };
    assert.equal(typeof bundled.zipStream.ZipWriter, 'function');
    const own = await parts(bundled.Workbook);
    const pkg = await parts(require('exceljs/lib/doc/workbook.js') as typeof ExcelJS.Workbook);
    assert.ok(Object.keys(pkg).length > 10);
    assert.deepEqual(Object.keys(own), Object.keys(pkg));
    for (const [name, text] of Object.entries(pkg)) assert.ok(own[name] === text, `${name} differs`);
  });
});
