// The three regional reports in the corpus, read from text.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cleanTextProblems, corpusDocument } from './corpus.ts';

const REPORTS = [
  { file: 'rpm-europe.txt', symbol: 'A/CONF.234/RPM.5/1', region: 'Europe', venue: 'Vienna', dates: '23 to 25 April 2019', count: 43, paragraphs: { 16: 4, 28: 7, 36: 10, 43: 7, 56: 8, 57: 7 } },
  { file: 'rpm-latin-america-caribbean.txt', symbol: 'A/CONF.234/RPM.3/1', region: 'Latin America and the Caribbean', venue: 'Santiago', dates: '5 to 7 February 2019', count: 69, paragraphs: { 19: 11, 28: 6, 40: 18, 59: 13, 79: 15, 80: 6 } },
  { file: 'rpm-western-asia.txt', symbol: 'A/CONF.234/RPM.2/1', region: 'Western Asia', venue: 'Beirut', dates: '26 to 28 March 2019', count: 46, paragraphs: { 14: 5, 24: 14, 33: 7, 42: 9, 56: 11 } },
] as const;

for (const report of REPORTS) {
  describe(`the ${report.region} report (${report.file})`, () => {
    it(`infers its symbol ${report.symbol} from the drafts it names, not from the file name`, async () => {
      const doc = await corpusDocument(report.file);
      assert.equal(doc.symbol, report.symbol);
      assert.equal(doc.symbolProvisional, false);
    });

    it('knows its kind, region and meeting from its title', async () => {
      const doc = await corpusDocument(report.file);
      assert.equal(doc.kind, 'regional-preparatory-meeting-report');
      assert.equal(doc.region, report.region);
      assert.match(doc.title, /^Report of the .* Regional Preparatory Meeting/);
      assert.equal(doc.meeting?.venue, report.venue);
      assert.equal(doc.meeting?.dates, report.dates);
    });

    it(`finds exactly ${report.count} recommendations, paragraph by paragraph`, async () => {
      const doc = await corpusDocument(report.file);
      const counts: Record<number, number> = {};
      for (const rec of doc.recommendations) counts[rec.paragraph] = (counts[rec.paragraph] ?? 0) + 1;
      assert.deepEqual(counts, report.paragraphs);
      assert.equal(doc.recommendations.length, report.count);
    });

    it('gives every recommendation whole, clean text: no page-break halves, footnotes, links or tags', async () => {
      const doc = await corpusDocument(report.file);
      const problems = doc.recommendations.flatMap((rec) => cleanTextProblems(rec.text).map((problem) => `${rec.citation}: ${problem}`));
      assert.deepEqual(problems, []);
      const footnoteTexts = doc.footnotes.map((f) => f.text);
      for (const rec of doc.recommendations) {
        for (const note of footnoteTexts) assert.ok(!rec.text.includes(note), `${rec.citation} contains footnote text`);
      }
    });

    it('cites every paragraph and item the way the United Nations does', async () => {
      const doc = await corpusDocument(report.file);
      for (const paragraph of doc.paragraphs.filter((p) => p.number !== null)) {
        assert.equal(paragraph.citation, `${report.symbol}, para. ${paragraph.number}`);
        for (const item of paragraph.items) assert.equal(item.citation, `${report.symbol}, para. ${paragraph.number} (${item.label})`);
      }
      const ids = doc.paragraphs.map((p) => p.id);
      assert.equal(new Set(ids).size, ids.length);
    });

    it('numbers its paragraphs without gaps and places every recommendation in a cluster, the main theme or other issues', async () => {
      const doc = await corpusDocument(report.file);
      const numbers = doc.paragraphs.flatMap((p) => (p.number === null ? [] : [p.number]));
      assert.deepEqual(numbers, numbers.map((_, i) => i + 1));
      assert.ok(doc.recommendations.every((rec) => ['main-theme', 'cluster', 'other-issues'].includes(rec.context.role)));
      assert.ok(!doc.messages.some((m) => m.severity === 'error'));
    });
  });
}

describe('details of the regional reports', () => {
  it('cites the European para. 28 (c) in full', async () => {
    const doc = await corpusDocument('rpm-europe.txt');
    const rec = doc.recommendations.find((r) => r.paragraph === 28 && r.subparagraph === 'c');
    assert.equal(rec?.citation, 'A/CONF.234/RPM.5/1, para. 28 (c)');
    assert.equal(rec?.id, 'A/CONF.234/RPM.5/1#28c');
    assert.match(rec?.text ?? '', /^Enhance the role of the community/);
    assert.deepEqual(rec?.context.agendaItems, [3]);
    assert.deepEqual(rec?.context.workshops, [1]);
    assert.deepEqual(rec?.section.slice(0, 2), ['II. Conclusions and recommendations', 'B. Substantive items and workshops']);
    assert.match(rec?.section[2] ?? '', /^1\. Comprehensive strategies for crime prevention/);
  });

  it('keeps the inline (i), (ii) of the European para. 57 (e) in its text', async () => {
    const doc = await corpusDocument('rpm-europe.txt');
    const rec = doc.recommendations.find((r) => r.paragraph === 57 && r.subparagraph === 'e');
    assert.match(rec?.text ?? '', /need to: \(i\) reinforce/);
    assert.equal(rec?.context.role, 'other-issues');
  });

  it('joins the items a page break split in the Latin American and Western Asia reports', async () => {
    const lac = await corpusDocument('rpm-latin-america-caribbean.txt');
    const find = (doc: typeof lac, paragraph: number, label: string) => doc.recommendations.find((r) => r.paragraph === paragraph && r.subparagraph === label)?.text ?? '';
    assert.match(find(lac, 19, 'd'), /such as indigenous peoples, people with disabilities, lesbian, gay/);
    assert.match(find(lac, 40, 'f'), /emerging best practices to protect and assist all victims of crime/);
    const wa = await corpusDocument('rpm-western-asia.txt');
    assert.match(find(wa, 14, 'a'), /Member States bear in mind, during the negotiation/);
    assert.match(find(wa, 24, 'h'), /organized crime and extremist and terrorist groups; in doing so/);
  });

  it('attaches the Latin American footnotes to the paragraph where their markers stood', async () => {
    const doc = await corpusDocument('rpm-latin-america-caribbean.txt');
    assert.deepEqual(doc.footnotes.map((f) => f.marker), ['1', '2', '3']);
    assert.deepEqual(doc.paragraphs.find((p) => p.number === 43)?.footnotes.map((f) => f.marker), ['1']);
    const para46 = doc.paragraphs.find((p) => p.number === 46);
    assert.deepEqual(para46?.footnotes.map((f) => f.marker), ['2', '3']);
    assert.match(para46?.text ?? '', /Human Rights Committee and the United Nations Principles and Guidelines on Access to Legal Aid/);
    for (const ref of para46?.footnotes ?? []) assert.ok(ref.offset > 0 && ref.offset <= (para46?.text.length ?? 0));
  });
});
