import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readDocument } from '../../src/readers/index.ts';
import { loadCodebook, mapRecommendations } from '../../src/mapping/index.ts';
import type { Codebook, MappedRecommendation } from '../../src/mapping/index.ts';
import type { ConcordDocument, Recommendation } from '../../src/model/types.ts';
import { corpusPath } from '../support/shared.ts';

const REPORTS = ['rpm-europe.txt', 'rpm-latin-america-caribbean.txt', 'rpm-western-asia.txt'];
let codebook: Codebook;
const docs = new Map<string, ConcordDocument>();
const mapped = new Map<string, MappedRecommendation[]>();

before(async () => {
  codebook = await loadCodebook();
  for (const name of [...REPORTS, 'congress-report.txt']) {
    const doc = await readDocument(corpusPath(name));
    docs.set(name, doc);
    mapped.set(name, mapRecommendations(doc.recommendations, codebook));
  }
});

const sectionsOf = (rec: MappedRecommendation): string[] => [...new Set(rec.topics.map((t) => t.section))];

describe('mapping the regional reports', () => {
  it('gives every recommendation at least one topic, each with evidence that slices out of its text', () => {
    for (const name of REPORTS) {
      const recs = mapped.get(name) ?? [];
      assert.ok(recs.length > 40, `${name}: ${recs.length} recommendations`);
      for (const rec of recs) {
        assert.ok(rec.topics.length > 0, `${rec.citation} has no topic`);
        for (const topic of rec.topics) {
          assert.ok(topic.evidence.length > 0, `${rec.citation} ${topic.id} has no evidence`);
          assert.ok(topic.score >= 0 && topic.score <= 1);
          for (const span of topic.evidence) {
            assert.equal(rec.text.slice(span.start, span.end), span.text, `${rec.citation} ${topic.id}`);
            assert.ok(span.text.length < rec.text.length || rec.text.length < 80, `${rec.citation}: evidence is the whole text`);
          }
        }
      }
    }
  });

  it('takes topics from the index section of the report section: main theme B (or A), clusters C to F, other issues A', () => {
    const expected = (rec: Recommendation): string[] => {
      if (rec.context.role === 'main-theme') return ['B', 'A'];
      if (rec.context.role === 'other-issues') return ['A'];
      return [{ 3: 'C', 4: 'D', 5: 'E', 6: 'F' }[rec.context.agendaItems[0] ?? 0] ?? '?'];
    };
    for (const name of REPORTS) {
      for (const rec of mapped.get(name) ?? []) {
        for (const section of sectionsOf(rec)) assert.ok(expected(rec).includes(section), `${rec.citation}: section ${section}`);
      }
    }
  });

  it('finds the topics an analyst would: victim-centred policies, restorative justice, cyber-enabled crime', () => {
    const europe = mapped.get('rpm-europe.txt') ?? [];
    const find = (para: number, sub: string) => europe.find((r) => r.paragraph === para && r.subparagraph === sub);
    const victims = find(36, 'b')?.topics.find((t) => t.id === 'D1');
    assert.ok(victims, 'para. 36 (b) takes D1');
    assert.ok(victims.evidence.some((e) => /victim-centred policies/.test(e.text)));
    assert.ok(find(36, 'i')?.topics.some((t) => t.id === 'D7'));
    assert.ok(find(56, 'e')?.topics.some((t) => t.id === 'F4'));
  });

  it('gives the same output when run twice', () => {
    const doc = docs.get('rpm-latin-america-caribbean.txt');
    assert.ok(doc);
    const again = mapRecommendations(doc.recommendations, codebook);
    assert.equal(JSON.stringify(again), JSON.stringify(mapped.get('rpm-latin-america-caribbean.txt')));
  });
});

describe("mapping the congress report's chair's summaries", () => {
  it("gives each workshop's points the topics of its section (workshop 1 C, 2 D, 3 E, 4 F)", () => {
    const recs = mapped.get('congress-report.txt') ?? [];
    assert.ok(recs.length > 30);
    const letter: Record<number, string> = { 1: 'C', 2: 'D', 3: 'E', 4: 'F' };
    for (const rec of recs) {
      const workshop = rec.context.workshops[0];
      assert.ok(workshop !== undefined, `${rec.citation}: no workshop`);
      assert.deepEqual(sectionsOf(rec), [letter[workshop]], rec.citation);
    }
  });

  it('recognises a workshop by its title when the report gives no number', () => {
    const recs = docs.get('congress-report.txt')?.recommendations ?? [];
    const unnumbered = recs.map((rec) => ({ ...rec, context: { ...rec.context, workshops: [] } }));
    const byTitle = mapRecommendations(unnumbered, codebook);
    const letter: Record<number, string> = { 1: 'C', 2: 'D', 3: 'E', 4: 'F' };
    byTitle.forEach((rec, i) => {
      const workshop = recs[i]?.context.workshops[0] ?? 0;
      assert.deepEqual(sectionsOf(rec), [letter[workshop]], `${rec.citation} (${rec.context.title})`);
    });
  });
});

describe('a recommendation no key phrase fits', () => {
  it('still gets the best topic, flagged low confidence, with a phrase of its text as evidence', () => {
    const rec: Recommendation = {
      type: 'recommendation', id: 'X#1a', symbol: 'X', paragraph: 1, subparagraph: 'a', citation: 'X, para. 1 (a)',
      section: [], context: { role: 'cluster', agendaItems: [6], workshops: [4], title: '' }, leadIn: '',
      text: 'Hold regular meetings on the matter.', paragraphId: 'p1', place: {},
    };
    const [result] = mapRecommendations([rec], codebook);
    assert.equal(result?.topics.length, 1);
    assert.equal(result?.topics[0]?.lowConfidence, true);
    assert.equal(result?.topics[0]?.section, 'F');
    const span = result?.topics[0]?.evidence[0];
    assert.ok(span && rec.text.slice(span.start, span.end) === span.text && span.text.length > 0);
  });
});
