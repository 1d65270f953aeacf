import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { readDocx } from '../../../src/readers/docx/index.ts';
import type { ReadResult } from '../../../src/readers/blocks.ts';
import { corpusPath, sharedPath } from '../../support/shared.ts';
import { isNumberedUnit, normalisePrinted, numberedUnitsOfText } from './printed-text.ts';

describe('the Word reader on the European report (rpm-europe.docx)', () => {
  let result: ReadResult;
  let txtUnits: string[];
  let docxUnits: string[];

  before(async () => {
    const file = sharedPath('formats', 'rpm-europe.docx');
    result = await readDocx('rpm-europe.docx', new Uint8Array(await readFile(file)));
    txtUnits = numberedUnitsOfText(await readFile(corpusPath('rpm-europe.txt'), 'utf8'));
    docxUnits = result.blocks.filter((b) => isNumberedUnit(b.text)).map((b) => normalisePrinted(b.text));
  });

  it('yields every numbered paragraph and lettered item of the text version, word for word', () => {
    const docx = new Set(docxUnits);
    const missing = txtUnits.filter((unit) => !docx.has(unit));
    assert.deepEqual(missing.map((u) => u.slice(0, 80)), []);
  });

  it('yields nothing numbered that the text version does not print', () => {
    const txt = new Set(txtUnits);
    const extra = docxUnits.filter((unit) => !txt.has(unit));
    assert.deepEqual(extra.map((u) => u.slice(0, 80)), []);
  });

  it('numbers paragraphs 1 to 75 in order, as printed', () => {
    const numbers = result.blocks.flatMap((b) => /^(\d+)\. /.exec(b.text)?.[1] ?? []).map(Number);
    const paragraphs = numbers.filter((n, i) => i === 0 || n > (numbers[i - 1] ?? 0) || n > 7);
    assert.deepEqual([...new Set(paragraphs)].filter((n) => n >= 1).slice(0, 75).sort((a, b) => a - b),
      Array.from({ length: 75 }, (_, i) => i + 1));
  });

  it('reconstructs the 43 lettered recommendation items from Word list numbering, restarting at (a) under each paragraph', () => {
    const recommendationParagraphs = [16, 28, 36, 43, 56, 57];
    const items: string[] = [];
    let current: number | undefined;
    for (const block of result.blocks) {
      const number = /^(\d+)\. /.exec(block.text)?.[1];
      if (number !== undefined) current = Number(number);
      const letter = /^\(([a-z]+)\) /.exec(block.text)?.[1];
      if (letter !== undefined && current !== undefined && recommendationParagraphs.includes(current)) items.push(`${current}${letter}`);
    }
    assert.equal(items.length, 43);
    assert.deepEqual(items.filter((i) => i.endsWith('a')), ['16a', '28a', '36a', '43a', '56a', '57a']);
    assert.ok(items.includes('36j'));
  });

  it('puts each recommendation item in its own block with its full text', () => {
    const item = result.blocks.find((b) => b.text.startsWith('(c) Enhance the role of the community'));
    assert.ok(item);
    assert.match(item.text, /community policing/);
    assert.equal(item.hint, undefined);
  });

  it('marks Word headings, and the contents list as a table of contents', () => {
    const intro = result.blocks.filter((b) => b.text === 'I. Introduction');
    assert.deepEqual(intro.map((b) => b.hint), ['heading']);
    const contents = result.blocks.filter((b) => b.hint === 'toc').map((b) => b.text);
    assert.equal(contents[0], 'Contents Page');
    assert.ok(contents.includes('Annex'), 'the page-less "Annex" entry belongs to the contents');
    assert.ok(contents.includes('List of documents … 17'));
    assert.ok(result.blocks.findIndex((b) => b.text.startsWith('1. In its resolution')) > result.blocks.findLastIndex((b) => b.hint === 'toc'));
  });

  it('places each block at its 1-based paragraph index in the body, in reading order', () => {
    const indexes = result.blocks.map((b) => b.place.index ?? 0);
    assert.ok(indexes.every((n, i) => n >= 1 && (i === 0 || n > (indexes[i - 1] ?? 0))));
    assert.equal(result.blocks[0]?.place.source, 'rpm-europe.docx');
  });

  it('states no symbol, since the file has neither page headers nor a masthead symbol', () => {
    assert.equal(result.statedSymbol, undefined);
    assert.equal(result.format, 'docx');
    assert.deepEqual(result.footnotes, []);
    assert.deepEqual(result.messages, []);
  });
});
