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
});
