import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { structure, REPORT_HEAD } from './fixture.ts';

describe('numbered paragraphs and lettered items', () => {
  it('joins a lettered item split by a page break, with a footnote between the halves', () => {
    const doc = structure([
      ...REPORT_HEAD,
      '3. The following recommendations, which were not negotiated by the participants, were identified:',
      '(a) Pursue a holistic approach for vulnerable groups, such as indigenous peoples,',
      '¹ General Assembly resolution 67/187, annex.',
      'people with disabilities and senior citizens;¹',
      '(b) Promote a culture of lawfulness;',
    ]);
    const [a, b] = doc.recommendations;
    assert.equal(a?.text, 'Pursue a holistic approach for vulnerable groups, such as indigenous peoples, people with disabilities and senior citizens;');
    assert.equal(b?.citation, 'A/CONF.999/RPM.9/1, para. 3 (b)');
    assert.deepEqual(doc.paragraphs.find((p) => p.number === 3)?.items[0]?.footnotes, [{ marker: '1', offset: a?.text.length }]);
    assert.equal(doc.footnotes[0]?.text, 'General Assembly resolution 67/187, annex.');
  });

  it('joins a paragraph whose second half starts uppercase after a line with no terminal punctuation', () => {
    const doc = structure([...REPORT_HEAD.slice(0, 3), '2. Reference was made to a statement by Anisul Huq', 'Minister for Law of Bangladesh, published online.', '3. Next.']);
    assert.equal(doc.paragraphs.find((p) => p.number === 2)?.text, 'Reference was made to a statement by Anisul Huq Minister for Law of Bangladesh, published online.');
  });

  it('keeps nested (i), (ii) inside their item and reads (i) after (h) as the letter i', () => {
    const letters = 'abcdefgh'.split('').map((l) => `(${l}) Item ${l};`);
    const doc = structure([
      ...REPORT_HEAD,
      '3. The following recommendations were identified:',
      ...letters,
      '(i) Item i, which covers:',
      '(j) Reflect elements such as:',
      '(i) first sub-point;',
      '(ii) second sub-point;',
      '(k) Last item.',
    ]);
    assert.deepEqual(doc.recommendations.map((r) => r.subparagraph), [...'abcdefghijk']);
    assert.equal(doc.recommendations[9]?.text, 'Reflect elements such as: (i) first sub-point; (ii) second sub-point;');
  });

  it('tells a numbered cluster heading from a numbered paragraph by the numbering sequences', () => {
    const doc = structure([
      ...REPORT_HEAD,
      '3. The following recommendations were identified:',
      '(a) Do this;',
      'B. Substantive items and workshops',
      '1. Comprehensive strategies for crime prevention (agenda item 3); and evidence-based crime prevention (workshop 1)',
      'Summary of deliberations',
      '4. Participants discussed.',
    ]);
    const cluster = doc.headings.find((h) => h.role === 'cluster');
    assert.equal(cluster?.label, '1.');
    assert.deepEqual([cluster?.agendaItems, cluster?.workshops], [[3], [1]]);
    assert.equal(doc.paragraphs.find((p) => p.number === 4)?.section.at(-2), cluster?.text);
  });

  it('reports a gap in paragraph numbering with its place, and keeps the paragraph', () => {
    const doc = structure([...REPORT_HEAD.slice(0, 3), '2. Second.', '5. Fifth.']);
    const gap = doc.messages.find((m) => m.ruleId === 'paragraph-gap');
    assert.equal(gap?.severity, 'warning');
    assert.equal(gap?.place.paragraph, 5);
    assert.equal(gap?.place.line, 9);
    assert.ok(doc.paragraphs.some((p) => p.number === 5));
  });

  it('keeps unrecognised numbering in the text before it, with a message, instead of failing', () => {
    const doc = structure([...REPORT_HEAD.slice(0, 3), '2. The Meeting adopted its agenda, which read as follows:', '1. Opening of the Meeting.', '2. Election of officers.', '3. Next paragraph.']);
    assert.equal(doc.paragraphs.find((p) => p.number === 2)?.text, 'The Meeting adopted its agenda, which read as follows: 1. Opening of the Meeting. 2. Election of officers.');
    const message = doc.messages.find((m) => m.ruleId === 'unrecognised-numbering');
    assert.match(message?.reason ?? '', /"1\."–"2\."/);
    assert.equal(message?.place.line, 9);
    assert.equal(message?.place.paragraph, 2);
    assert.ok(doc.paragraphs.some((p) => p.number === 3));
  });

  it('gives a lettered item with no paragraph a message and keeps its text', () => {
    const doc = structure(['Report of the Meeting', 'I. Introduction', '(a) An orphan item;']);
    assert.equal(doc.messages.find((m) => m.ruleId === 'item-without-paragraph')?.place.line, 5);
    assert.ok(doc.paragraphs.some((p) => p.text === '(a) An orphan item;'));
  });

  it('warns about a footnote marker with no footnote, and removes the marker from the text', () => {
    const doc = structure([...REPORT_HEAD.slice(0, 3), '2. As agreed in the Convention,⁷ States will act.']);
    const paragraph = doc.paragraphs.find((p) => p.number === 2);
    assert.equal(paragraph?.text, 'As agreed in the Convention, States will act.');
    assert.deepEqual(paragraph?.footnotes, [{ marker: '7', offset: 'As agreed in the Convention,'.length }]);
    const message = doc.messages.find((m) => m.ruleId === 'footnote-missing');
    assert.equal(message?.place.paragraph, 2);
    assert.equal(message?.place.line, 7);
  });

  it('warns about lettered items out of sequence', () => {
    const doc = structure([...REPORT_HEAD, '3. The following recommendations were identified:', '(a) One;', '(c) Three;']);
    assert.equal(doc.messages.find((m) => m.ruleId === 'item-sequence')?.place.subparagraph, 'c');
    assert.deepEqual(doc.recommendations.map((r) => r.subparagraph), ['a', 'c']);
  });

  it('gives every paragraph a unique id even when numbering repeats', () => {
    const doc = structure([...REPORT_HEAD.slice(0, 3), '2. Two.', 'Chapter II', 'Background', '1. One again.', '2. Two again.']);
    const ids = doc.paragraphs.map((p) => p.id);
    assert.equal(new Set(ids).size, ids.length);
  });

  it('takes an agenda quoted in a paragraph, with its lettered sub-items, into the paragraph text', () => {
    const doc = structure([
      ...REPORT_HEAD.slice(0, 3),
      '2. The Meeting adopted the following agenda:',
      '1. Opening of the Meeting.',
      '2. Substantive items:',
      ' - (a) Crime prevention;',
      ' - (b) Criminal justice;',
      '1. Another numbering restarting at 1.',
      '3. Next paragraph.',
    ]);
    const paragraph = doc.paragraphs.find((p) => p.number === 2);
    assert.equal(paragraph?.items.length, 0);
    assert.match(paragraph?.text ?? '', /2\. Substantive items: \(a\) Crime prevention; \(b\) Criminal justice; 1\. Another numbering restarting at 1\.$/);
    assert.equal(doc.messages.filter((m) => m.ruleId === 'unrecognised-numbering').length, 1);
    assert.ok(!doc.messages.some((m) => m.ruleId === 'item-sequence'));
  });

  it("honours a format reader's heading hint for an unlabelled line", async () => {
    const { structureDocument } = await import('../../../src/readers/structure/index.ts');
    const place = (index: number) => ({ source: 'fixture.docx', index });
    const doc = structureDocument({
      format: 'docx',
      blocks: [
        { text: 'Report of the Meeting', place: place(1) },
        { text: 'I. Introduction', place: place(2), hint: 'heading' },
        { text: '1. The report begins.', place: place(3) },
        { text: 'Special arrangements', place: place(4), hint: 'heading' },
        { text: 'Another paragraph without a number.', place: place(5) },
      ],
      footnotes: [],
      messages: [],
    }, { source: 'fixture.docx', symbol: 'X/1' });
    assert.deepEqual(doc.headings.map((h) => [h.text, h.level]), [['I. Introduction', 1], ['Special arrangements', 2]]);
    assert.equal(doc.paragraphs.at(-1)?.section.at(-1), 'Special arrangements');
  });

  it('splits "Annex List of documents" run together by a Word or PDF reader into the two headings', () => {
    const doc = structure([...REPORT_HEAD.slice(0, 3), 'Annex List of documents', 'A/CONF.234/PM.1\tDiscussion guide']);
    assert.deepEqual(doc.headings.slice(-2).map((h) => [h.text, h.level, h.role]), [['Annex', 1, 'annex'], ['List of documents', 2, 'annex']]);
  });

  it('writes typographic apostrophes as plain ones, so every format gives the same text', () => {
    const doc = structure([...REPORT_HEAD.slice(0, 3), '2. The Office’s programmes and victims’ rights, the ‘quoted’ word’s case.', '3. Victims’ rights.']);
    assert.equal(doc.paragraphs.find((p) => p.number === 2)?.text, 'The Office\'s programmes and victims’ rights, the ‘quoted’ word\'s case.');
    assert.equal(doc.paragraphs.find((p) => p.number === 3)?.text, 'Victims\' rights.');
  });

  it('numbers the paragraphs of an annex afresh, with a message', () => {
    const doc = structure([...REPORT_HEAD.slice(0, 3), '2. Two.', 'Annex II', "Chair's summary", '1. The Chair summarized.', '2. She concluded.']);
    const annexed = doc.paragraphs.filter((p) => p.section[0] === 'Annex II');
    assert.deepEqual(annexed.map((p) => [p.number, p.id]), [[1, 'annex-ii-para-1'], [2, 'annex-ii-para-2']]);
    assert.equal(doc.messages.find((m) => m.ruleId === 'annex-numbering')?.place.line, 13);
  });
});
