import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Document, FootnoteReferenceRun, Packer, Paragraph, TextRun } from 'docx';
import { readDocx } from '../../../src/readers/docx/index.ts';
import { buildDocx } from './build-docx.ts';

const ref = (id: number, custom?: string): string => custom === undefined
  ? `<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`
  : `<w:r><w:footnoteReference w:customMarkFollows="1" w:id="${id}"/><w:t>${custom}</w:t></w:r>`;
const run = (text: string): string => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const note = (id: number, text: string): string =>
  `<w:footnote w:id="${id}"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:tab/><w:t xml:space="preserve">${text}</w:t></w:r></w:p></w:footnote>`;

describe('the Word reader places footnotes as Word displays them', () => {
  it('writes superscript markers in the text and returns the notes apart (docx library output)', async () => {
    const doc = new Document({
      footnotes: {
        1: { children: [new Paragraph('Official Records of the General Assembly, Seventy-third Session.')] },
        2: { children: [new Paragraph('See A/CONF.234/PM.1.')] },
      },
      sections: [{ children: [
        new Paragraph({ children: [new TextRun('12. It was noted that the 2030 Agenda was complementary.'), new FootnoteReferenceRun(1)] }),
        new Paragraph({ children: [new TextRun('(a) Implement the discussion guide'), new FootnoteReferenceRun(2), new TextRun(';')] }),
      ] }],
    });
    const result = await readDocx('notes.docx', new Uint8Array(await Packer.toBuffer(doc)));
    assert.deepEqual(result.blocks.map((b) => b.text), [
      '12. It was noted that the 2030 Agenda was complementary.¹',
      '(a) Implement the discussion guide²;',
    ]);
    assert.deepEqual(result.footnotes.map((f) => [f.marker, f.text]), [
      ['1', 'Official Records of the General Assembly, Seventy-third Session.'],
      ['2', 'See A/CONF.234/PM.1.'],
    ]);
    assert.ok(result.blocks.every((b) => !b.text.includes('Official Records')), 'footnote text never enters a paragraph');
  });

  it('numbers footnotes in order of reference, not by id, and attaches each to its paragraph', async () => {
    const bytes = await buildDocx({
      body: `<w:p>${run('5. First paragraph.')}${ref(7)}</w:p><w:p>${run('6. Second paragraph')}${ref(3)}${run(' and more')}${ref(9)}${run('.')}</w:p>`,
      footnotes: note(3, 'Note three.') + note(7, 'Note seven.') + note(9, 'Note nine.'),
    });
    const result = await readDocx('order.docx', bytes);
    assert.deepEqual(result.blocks.map((b) => b.text), ['5. First paragraph.¹', '6. Second paragraph² and more³.']);
    assert.deepEqual(result.footnotes.map((f) => `${f.marker}: ${f.text} @${f.place.index}`), [
      '1: Note seven. @1', '2: Note three. @2', '3: Note nine. @2',
    ]);
  });

  it('prints a custom mark as written and does not count it in the numbering', async () => {
    const bytes = await buildDocx({
      body: `<w:p>${run('Report')}${ref(2, '*')}</w:p><w:p>${run('1. Text')}${ref(3)}</w:p>`,
      footnotes: note(2, 'Reissued for technical reasons.') + note(3, 'First numbered note.'),
    });
    const result = await readDocx('custom.docx', bytes);
    assert.deepEqual(result.blocks.map((b) => b.text), ['Report*', '1. Text¹']);
    assert.deepEqual(result.footnotes.map((f) => [f.marker, f.text]), [['*', 'Reissued for technical reasons.'], ['1', 'First numbered note.']]);
  });

  it('skips separator notes and reports notes never referenced', async () => {
    const bytes = await buildDocx({
      body: `<w:p>${run('1. Text')}${ref(1)}</w:p>`,
      footnotes: note(1, 'Used.') + note(4, 'Orphan.'),
    });
    const result = await readDocx('orphan.docx', bytes);
    assert.deepEqual(result.footnotes.map((f) => f.text), ['Used.']);
    assert.deepEqual(result.messages.map((m) => m.ruleId), ['docx-footnote-unreferenced']);
  });
});
