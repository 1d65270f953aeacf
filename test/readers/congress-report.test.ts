// The Congress report (A/CONF.234/16): the Kyoto Declaration and the workshops' chair's summaries.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cleanTextProblems, corpusDocument } from './corpus.ts';

const FILE = 'congress-report.txt';

describe('the Congress report', () => {
  it('does not pretend to know its own symbol: a provisional stand-in with a warning, unless --symbol gives it', async () => {
    const doc = await corpusDocument(FILE);
    assert.equal(doc.symbolProvisional, true);
    assert.match(doc.symbol, /^UNKNOWN-[0-9a-f]{8}$/);
    assert.ok(doc.messages.some((m) => m.ruleId === 'symbol-unknown' && m.severity === 'warning' && m.reason.includes('--symbol')));
    const given = await corpusDocument(FILE, 'A/CONF.234/16');
    assert.equal(given.symbol, 'A/CONF.234/16');
    assert.equal(given.symbolProvisional, false);
  });

  it('is a congress report with the Congress as its meeting', async () => {
    const doc = await corpusDocument(FILE, 'A/CONF.234/16');
    assert.equal(doc.kind, 'congress-report');
    assert.equal(doc.title, 'Report of the Fourteenth United Nations Congress on Crime Prevention and Criminal Justice');
    assert.equal(doc.meeting?.venue, 'Kyoto');
    assert.equal(doc.meeting?.dates, '7–12 March 2021');
    assert.equal(doc.region, undefined);
  });

  it('holds the Kyoto Declaration paragraphs 1–97 under chapter I, resolution 1, with their locators', async () => {
    const doc = await corpusDocument(FILE, 'A/CONF.234/16');
    const kyoto = doc.paragraphs.filter((p) => p.locator?.resolution === '1');
    assert.deepEqual(kyoto.map((p) => p.number), Array.from({ length: 97 }, (_, i) => i + 1));
    assert.ok(kyoto.every((p) => p.locator?.chapter === 'I' && p.section[1]?.startsWith('Resolution 1. Kyoto Declaration')));
    assert.equal(kyoto[21]?.citation, 'A/CONF.234/16, chap. I, resol. 1, para. 22');
    assert.deepEqual(kyoto[21]?.section.slice(-2), ['Advancing crime prevention', 'Evidence-based crime prevention']);
    assert.equal(doc.paragraphs.find((p) => p.number === 1 && p.locator?.resolution === undefined)?.citation, 'A/CONF.234/16, para. 1');
  });

  it('keeps the declaration paragraph 15, split by a page break, whole', async () => {
    const doc = await corpusDocument(FILE, 'A/CONF.234/16');
    const para15 = doc.paragraphs.find((p) => p.number === 15 && p.locator?.resolution === '1');
    assert.match(para15?.text ?? '', /^We commit ourselves to take decisive actions/);
    assert.match(para15?.text ?? '', /including for sustainable development and international cooperation, and recognizing that the poorest/);
    assert.deepEqual(cleanTextProblems(para15?.text ?? ''), []);
  });

  it('keeps the preamble as unnumbered paragraphs and the thematic headings as a tree', async () => {
    const doc = await corpusDocument(FILE, 'A/CONF.234/16');
    const preamble = doc.paragraphs.filter((p) => p.number === null && p.section.length === 2 && p.section[1]?.startsWith('Resolution 1.'));
    assert.deepEqual(preamble.map((p) => p.text.split(/[ ,]/)[0]), ['We', 'Assembled', 'Taking', 'Recalling', 'Recognizing', 'Declare', 'We']);
    const advancing = doc.headings.find((h) => h.title === 'Advancing crime prevention');
    const evidence = doc.headings.find((h) => h.title === 'Evidence-based crime prevention');
    assert.equal(advancing?.role, 'thematic');
    assert.equal(evidence?.parentId, advancing?.id);
  });

  it("finds the four workshops' chair's-summary points as recommendations", async () => {
    const doc = await corpusDocument(FILE, 'A/CONF.234/16');
    const counts: Record<number, number> = {};
    for (const rec of doc.recommendations) counts[rec.paragraph] = (counts[rec.paragraph] ?? 0) + 1;
    assert.deepEqual(counts, { 144: 8, 158: 12, 171: 11, 192: 11 });
    assert.equal(doc.recommendations[0]?.citation, 'A/CONF.234/16, para. 144 (a)');
    assert.equal(doc.recommendations.find((r) => r.paragraph === 158)?.citation, 'A/CONF.234/16, para. 158 (a)');
    assert.deepEqual([...new Set(doc.recommendations.map((r) => `${r.paragraph}:${r.context.role}:${r.context.workshops.join()}`))], ['144:workshop:1', '158:workshop:2', '171:workshop:3', '192:workshop:4']);
    assert.match(doc.recommendations[0]?.context.title ?? '', /^A\. Workshop on evidence-based crime prevention/);
    assert.deepEqual(doc.recommendations[0]?.section, ['Chapter VII. Workshops held during the Congress', doc.recommendations[0]?.context.title]);
    assert.equal(doc.headings.find((h) => h.text === 'Chapter VII. Workshops held during the Congress')?.role, 'workshops');
    assert.equal(doc.headings.filter((h) => h.role === 'chairs-summary').length, 4);
    assert.deepEqual(doc.recommendations.flatMap((r) => cleanTextProblems(r.text).map((p) => `${r.citation}: ${p}`)), []);
  });

  it("joins the chair's-summary item 171 (c) split by a page break", async () => {
    const doc = await corpusDocument(FILE, 'A/CONF.234/16');
    const rec = doc.recommendations.find((r) => r.paragraph === 171 && r.subparagraph === 'c');
    assert.match(rec?.text ?? '', /governmental authorities responsible for crime prevention and criminal justice, including with the aim of mainstreaming gender/);
  });

  it('attaches the declaration footnotes where their markers stood', async () => {
    const doc = await corpusDocument(FILE, 'A/CONF.234/16');
    const para20 = doc.paragraphs.find((p) => p.number === 20 && p.locator?.resolution === '1');
    assert.deepEqual(para20?.footnotes.map((f) => f.marker), ['3', '4']);
    assert.ok(!doc.messages.some((m) => m.ruleId === 'footnote-missing'));
  });
});
