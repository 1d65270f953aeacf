// pdfjs's core-js polyfills replace JSON.stringify, JSON.parse and Array.prototype.push
// for the whole process, so the readers load pdfjs only when a PDF is read.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { corpusPath, sharedPath } from '../support/shared.ts';

const readers = new URL('../../src/readers/index.ts', import.meta.url).href;

/** Reads the files in a fresh process and says whether the built-ins are still the ones it started with. */
function nativeAfterReading(paths: readonly string[]): { stringify: boolean; parse: boolean; push: boolean; paragraphs: number[] } {
  // core-js makes its replacements print "[native code]" too, so identity is what tells.
  const script = `
    const original = { stringify: JSON.stringify, parse: JSON.parse, push: Array.prototype.push };
    const { readDocument } = await import(${JSON.stringify(readers)});
    const paragraphs = [];
    for (const path of ${JSON.stringify(paths)}) paragraphs.push((await readDocument(path)).paragraphs.length);
    const same = { stringify: JSON.stringify === original.stringify, parse: JSON.parse === original.parse, push: Array.prototype.push === original.push };
    process.stdout.write(original.stringify({ ...same, paragraphs }));
  `;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
  return JSON.parse(out) as ReturnType<typeof nativeAfterReading>;
}

describe('the readers load pdfjs only for a PDF', () => {
  it('leaves JSON.stringify, JSON.parse and Array.prototype.push native after reading a .txt and a .docx', () => {
    const result = nativeAfterReading([corpusPath('rpm-europe.txt'), sharedPath('formats', 'rpm-europe.docx')]);
    assert.ok(result.paragraphs.every((count) => count > 0), 'both reports were read');
    assert.deepEqual({ stringify: result.stringify, parse: result.parse, push: result.push }, { stringify: true, parse: true, push: true });
  });

  it('keeps them native even after a PDF is read: pdfjs runs in its own worker thread', () => {
    const result = nativeAfterReading([sharedPath('formats', 'rpm-europe.pdf')]);
    assert.ok(result.paragraphs[0]! > 0);
    assert.deepEqual({ stringify: result.stringify, parse: result.parse, push: result.push }, { stringify: true, parse: true, push: true });
  });

  it('would notice the polyfills: importing pdfjs in this thread replaces JSON.stringify', () => {
    const script = `const before = JSON.stringify; await import('pdfjs-dist/legacy/build/pdf.mjs'); process.stdout.write(String(JSON.stringify === before));`;
    assert.equal(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }), 'false');
  });
});
