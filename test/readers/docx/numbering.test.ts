import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph } from 'docx';
import { readDocx } from '../../../src/readers/docx/index.ts';
import { abstractNum, buildDocx, num, numPr, p } from './build-docx.ts';

const texts = async (bytes: Uint8Array): Promise<string[]> => (await readDocx('test.docx', bytes)).blocks.map((b) => b.text);

describe('the Word reader rebuilds automatic list numbering', () => {
  it('prints "16." and "(a)" labels written by the docx library, restarting the letters under each paragraph', async () => {
    const doc = new Document({
      numbering: {
        config: [
          { reference: 'paras', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', start: 15, alignment: AlignmentType.LEFT }] },
          { reference: 'items', levels: [
            { level: 0, format: LevelFormat.LOWER_LETTER, text: '(%1)', alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.LOWER_ROMAN, text: '(%2)', alignment: AlignmentType.LEFT },
          ] },
        ],
      },
      sections: [{ children: [
        new Paragraph({ text: 'Participants noted the report.', numbering: { reference: 'paras', level: 0 } }),
        new Paragraph({ text: 'The following recommendations were identified:', numbering: { reference: 'paras', level: 0 } }),
        new Paragraph({ text: 'Strengthen cooperation;', numbering: { reference: 'items', level: 0, instance: 1 } }),
        new Paragraph({ text: 'Consider the need to:', numbering: { reference: 'items', level: 0, instance: 1 } }),
        new Paragraph({ text: 'reinforce institutions;', numbering: { reference: 'items', level: 1, instance: 1 } }),
        new Paragraph({ text: 'share data;', numbering: { reference: 'items', level: 1, instance: 1 } }),
        new Paragraph({ text: 'Support UNODC.', numbering: { reference: 'items', level: 0, instance: 1 } }),
        new Paragraph({ text: 'Further recommendations were identified:', numbering: { reference: 'paras', level: 0 } }),
        new Paragraph({ text: 'Promote data collection.', numbering: { reference: 'items', level: 0, instance: 2 } }),
      ] }],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    assert.deepEqual(await texts(bytes), [
      '15. Participants noted the report.',
      '16. The following recommendations were identified:',
      '(a) Strengthen cooperation;',
      '(b) Consider the need to:',
      '(i) reinforce institutions;',
      '(ii) share data;',
      '(c) Support UNODC.',
      '17. Further recommendations were identified:',
      '(a) Promote data collection.',
    ]);
  });

  it('continues a list across instances of one definition unless an instance restarts it', async () => {
    const bytes = await buildDocx({
      numbering: abstractNum(1, [['lowerLetter', '(%1)']]) + num(10, 1) + num(11, 1) + num(12, 1, 1) + num(13, 1, 5),
      body: [p('One;', numPr(10)), p('Two;', numPr(10)), p('Three;', numPr(11)), p('Again one;', numPr(12)), p('Starts at e.', numPr(13))].join(''),
    });
    assert.deepEqual(await texts(bytes), ['(a) One;', '(b) Two;', '(c) Three;', '(a) Again one;', '(e) Starts at e.']);
  });

  it('continues a list that LibreOffice writes as one restarting instance followed by plain ones', async () => {
    const bytes = await buildDocx({
      numbering: abstractNum(1, [['decimal', '%1.', 15]]) + abstractNum(2, [['lowerLetter', '(%1)']])
        + num(1, 1) + num(2, 2) + num(5, 1, 15) + num(6, 2, 1) + num(7, 2, 1),
      body: [p('Noted.', numPr(5)), p('Identified:', numPr(1)), p('First;', numPr(6)), p('Second;', numPr(2)), p('More:', numPr(1)), p('Again.', numPr(7))].join(''),
    });
    assert.deepEqual(await texts(bytes), ['15. Noted.', '16. Identified:', '(a) First;', '(b) Second;', '17. More:', '(a) Again.']);
  });

  it('starts a deeper level where its instance overrides it, each time that level restarts', async () => {
    const instance = '<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="4"/></w:lvlOverride></w:num>';
    const bytes = await buildDocx({
      numbering: abstractNum(1, [['decimal', '%1.'], ['lowerLetter', '(%2)']]) + instance,
      body: [p('A', numPr(3, 0)), p('B', numPr(3, 1)), p('C', numPr(3, 1)), p('D', numPr(3, 0)), p('E', numPr(3, 1))].join(''),
    });
    assert.deepEqual(await texts(bytes), ['1. A', '(d) B', '(e) C', '2. D', '(d) E']);
  });

  it('restarts a deeper level when a higher level comes back, and fills multi-level labels like "2.3"', async () => {
    const bytes = await buildDocx({
      numbering: abstractNum(1, [['decimal', '%1.'], ['decimal', '%1.%2'], ['upperRoman', '%3.']]) + num(1, 1),
      body: [p('A', numPr(1, 0)), p('B', numPr(1, 1)), p('C', numPr(1, 1)), p('D', numPr(1, 0)), p('E', numPr(1, 1)), p('F', numPr(1, 2))].join(''),
    });
    assert.deepEqual(await texts(bytes), ['1. A', '1.1 B', '1.2 C', '2. D', '2.1 E', 'I. F']);
  });

  it('numbers paragraphs whose style carries the numbering, as UN paragraph styles do', async () => {
    const bytes = await buildDocx({
      numbering: abstractNum(4, [['decimal', '%1.', 27]]) + num(7, 4),
      styles: '<w:style w:type="paragraph" w:styleId="ParaNum"><w:name w:val="Para Num"/><w:pPr>' + numPr(7) + '</w:pPr></w:style>'
        + '<w:style w:type="paragraph" w:styleId="ParaNumTight"><w:name w:val="Para Num Tight"/><w:basedOn w:val="ParaNum"/></w:style>',
      body: [
        p('Participants exchanged views.', '<w:pStyle w:val="ParaNum"/>'),
        p('The following recommendations were identified:', '<w:pStyle w:val="ParaNumTight"/>'),
        p('Not numbered here.', '<w:pStyle w:val="ParaNum"/><w:numPr><w:numId w:val="0"/></w:numPr>'),
      ].join(''),
    });
    assert.deepEqual(await texts(bytes), ['27. Participants exchanged views.', '28. The following recommendations were identified:', 'Not numbered here.']);
  });

  it('prints upper letters, lower and upper roman numerals and letters past z as Word does', async () => {
    const body = Array.from({ length: 28 }, (_, i) => p(`item ${i + 1}`, numPr(1))).join('') + p('Chapter', numPr(2)) + p('Sub', numPr(3));
    const bytes = await buildDocx({
      numbering: abstractNum(1, [['lowerLetter', '(%1)']]) + abstractNum(2, [['upperRoman', '%1.', 4]]) + abstractNum(3, [['upperLetter', '%1.', 2]])
        + num(1, 1) + num(2, 2) + num(3, 3),
      body,
    });
    const out = await texts(bytes);
    assert.equal(out[25], '(z) item 26');
    assert.equal(out[26], '(aa) item 27');
    assert.equal(out[27], '(bb) item 28');
    assert.deepEqual(out.slice(28), ['IV. Chapter', 'B. Sub']);
  });
});
