import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readDocument } from '../../src/readers/index.ts';
import { selectOutcome } from '../../src/tracing/index.ts';
import { corpusPath } from '../support/shared.ts';
import { declarationDocument } from './support/synthetic.ts';

describe('the outcome document', () => {
  it('is the Kyoto Declaration in chapter I, resolution 1 of the congress report: 97 numbered paragraphs', async () => {
    const congress = await readDocument(corpusPath('congress-report.txt'));
    const outcome = selectOutcome(congress, 'A/CONF.234/16');
    assert.equal(outcome.paragraphs.length, 97);
    assert.deepEqual(outcome.paragraphs.map((p) => p.number), Array.from({ length: 97 }, (_, i) => i + 1));
    assert.match(outcome.title, /^Kyoto Declaration/);
    for (const p of outcome.paragraphs) assert.equal(p.citation, `A/CONF.234/16, chap. I, resol. 1, para. ${p.number}`);
  });

  it('keeps the unnumbered preamble apart and gives each paragraph its part and thematic heading', async () => {
    const congress = await readDocument(corpusPath('congress-report.txt'), { symbol: 'A/CONF.234/16' });
    const outcome = selectOutcome(congress);
    assert.equal(outcome.preamble.length, 5);
    assert.match(outcome.preamble[0] ?? '', /^We, Heads of State/);
    const heading = (n: number): readonly string[] => outcome.paragraphs.find((p) => p.number === n)?.headings ?? [];
    assert.deepEqual(heading(22), ['We therefore endeavour to take the following actions:', 'Advancing crime prevention', 'Evidence-based crime prevention']);
    assert.deepEqual(heading(1), ['Declare the following:']);
    assert.equal(heading(42).at(-1), 'Reducing reoffending through rehabilitation and reintegration');
    assert.equal(heading(93).at(-1), 'New, emerging and evolving forms of crime');
    assert.deepEqual(heading(96), ['In order to ensure appropriate follow-up to this present declaration and to our commitments:']);
    assert.equal(outcome.paragraphs[21]?.citation, 'A/CONF.234/16, chap. I, resol. 1, para. 22');
  });

  it('reads the four preambular paragraphs of the Kyoto Declaration with their citations, leaving out who speaks and the lead-in', async () => {
    // Counted by hand in congress-report.txt: "We, Heads of State …," then Assembled, Taking stock,
    // Recalling and Recognizing, then "Declare the following:".
    const congress = await readDocument(corpusPath('congress-report.txt'));
    const outcome = selectOutcome(congress, 'A/CONF.234/16');
    assert.deepEqual(outcome.preambular.map((p) => p.text.split(' ')[0]), ['Assembled', 'Taking', 'Recalling', 'Recognizing']);
    assert.deepEqual(outcome.preambular.map((p) => p.citation), [1, 2, 3, 4].map((n) => `A/CONF.234/16, chap. I, resol. 1, preamble, para. ${n}`));
    assert.ok(outcome.preambular.every((p) => p.part === 'preamble' && p.headings.length === 0));
    assert.equal(outcome.paragraphs.length, 97, 'the operative paragraphs are as they were');
  });

  it('cites a declaration preamble by the symbol the document states when no --outcome-symbol is given', () => {
    const outcome = selectOutcome(declarationDocument());
    assert.deepEqual(outcome.preambular.map((p) => p.citation), ['A/RES/70/174, preamble, para. 1']);
  });

  it('takes the whole document when it is itself a declaration, and cites it by its own symbol', () => {
    const outcome = selectOutcome(declarationDocument());
    assert.equal(outcome.symbol, 'A/RES/70/174');
    assert.deepEqual(outcome.preamble, ['Recalling the Salvador Declaration,']);
    assert.deepEqual(outcome.paragraphs.map((p) => p.citation), ['A/RES/70/174, para. 1', 'A/RES/70/174, para. 2', 'A/RES/70/174, para. 3']);
    assert.deepEqual(outcome.paragraphs[2]?.headings, ['We endeavour:', 'Victims of crime']);
  });

  it('lets --outcome-symbol win over the symbol the document gives', () => {
    const outcome = selectOutcome(declarationDocument(), 'A/CONF.222/L.6');
    assert.equal(outcome.paragraphs[0]?.citation, 'A/CONF.222/L.6, para. 1');
  });
});
