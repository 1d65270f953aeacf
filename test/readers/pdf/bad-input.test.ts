import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readPdf } from '../../../src/readers/pdf/index.ts';
import { InputError } from '../../../src/model/errors.ts';
import { sharedPath } from '../../support/shared.ts';
import { makePdf } from './support/make-pdf.ts';
import { documentBudgetMs, PDF_BUDGET } from '../../../src/readers/pdf/pdf-thread.ts';

const real = new Uint8Array(readFileSync(sharedPath('formats', 'rpm-europe.pdf')));

/** Asserts reading fails with an InputError naming the file, one line, matching `reason`. */
async function rejectsWith(bytes: Uint8Array, reason: RegExp, options = {}): Promise<void> {
  await assert.rejects(readPdf('report.pdf', bytes, options), (error: unknown) => {
    assert.ok(error instanceof InputError, `expected an InputError, got ${String(error)}`);
    assert.match(error.message, /^report\.pdf: /);
    assert.match(error.message, reason);
    assert.doesNotMatch(error.message, /\n|\bat .*:\d+:\d+/);
    return true;
  });
}

describe('reading a PDF that cannot be read', () => {
  it('says a truncated copy is damaged or incomplete', async () => {
    await rejectsWith(real.slice(0, Math.floor(real.length / 2)), /damaged or incomplete/);
  });

  it('says a file with garbage after the header is damaged', async () => {
    await rejectsWith(new Uint8Array(Buffer.from(`%PDF-1.7\n${'garbage '.repeat(500)}`)), /damaged or incomplete/);
  });

  it('says a file that is not a PDF at all is not one', async () => {
    await rejectsWith(new Uint8Array(Buffer.from('Report of the Meeting\n')), /not a PDF file/);
    await rejectsWith(new Uint8Array(0), /empty/);
  });

  it('says a password-protected PDF needs an unprotected copy', async () => {
    await rejectsWith(makePdf([[{ x: 70, y: 700, size: 10, text: 'Confidential' }]], { encrypted: true }), /password-protected/);
  });

  it('says a PDF without a text layer has no text to read', async () => {
    await rejectsWith(makePdf([[], []]), /no text found.*scanned/);
  });

  it('refuses a file above the size limit before parsing it', async () => {
    await rejectsWith(real, /MB; files up to 0\.1 MB are read/, { maxBytes: 100_000 });
  });

  it('warns about a page without text when other pages have some', async () => {
    const result = await readPdf('report.pdf', makePdf([[{ x: 70, y: 700, size: 10, text: '1. The Meeting opened.' }], []]));
    assert.deepEqual(result.messages.map((message) => [message.ruleId, message.place.page]), [['pdf-page-without-text', 2]]);
    assert.equal(result.blocks[0]?.text, '1. The Meeting opened.');
  });

  it('gives up a document that runs over its whole-document budget, naming the page it was at', async () => {
    await rejectsWith(real, /took too long to read \(over 0\.1 s for the whole document of 16 page\(s\), at page \d+\); the PDF was abandoned/, { budget: { documentMs: 100 } });
  });

  it('reads the next PDF after one was given up', async () => {
    const result = await readPdf('report.pdf', makePdf([[{ x: 70, y: 700, size: 10, text: '1. The Meeting opened.' }]]));
    assert.equal(result.blocks[0]?.text, '1. The Meeting opened.');
  });
});

describe('the time a PDF is given', () => {
  it('grows with its pages from a base, so a short damaged file is given up sooner', () => {
    assert.equal(documentBudgetMs(1), PDF_BUDGET.baseMs + PDF_BUDGET.perPageMs);
    assert.equal(documentBudgetMs(16), PDF_BUDGET.baseMs + 16 * PDF_BUDGET.perPageMs);
  });

  it('is capped, so a damaged PDF of report length holds a batch no longer than the cap', () => {
    assert.equal(documentBudgetMs(60), PDF_BUDGET.documentMs);
    assert.ok(PDF_BUDGET.documentMs < 10_000);
  });

  it('leaves a sound report of hundreds of pages about twice the time its pages need', () => {
    assert.equal(documentBudgetMs(500), 500 * PDF_BUDGET.longPageMs);
    assert.ok(PDF_BUDGET.longPageMs >= 2 * 30);
  });
});
