import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { traceRecommendations } from '../../src/tracing/index.ts';
import type { Codebook } from '../../src/mapping/types.ts';
import { declarationDocument, recommendation } from './support/synthetic.ts';

const codebook: Codebook = {
  id: 'tiny', title: 'tiny', sections: [{
    id: 'D', title: 'Criminal justice', covers: '', appliesTo: { roles: ['cluster'], agendaItems: [], workshops: [], titles: [] },
    topics: [{ id: 'D1', label: 'Victim-centred approach', description: '', phrases: ['victim-centred', 'victims', 'rights of victims'], exclude: [], examples: [] }],
  }],
};

const recs = [
  recommendation(36, 'b', 'Promote victim-centred policies that protect the rights of victims of crime and provide them with compensation;'),
  recommendation(36, 'h', 'Strengthen measures to eliminate violence against women and girls, mainstreaming a gender perspective;', 'Western Asia'),
  recommendation(57, 'b', 'Formulate the future declaration as a short and concise document with a clear structure;'),
];

describe('aligning recommendations with a declaration', () => {
  const { traces, outcome } = traceRecommendations(recs, declarationDocument(), codebook);

  it('links a recommendation first to the paragraph that carries its main ask, as a strong link', () => {
    const trace = traces.get('A/CONF.234/RPM.5/1#36b');
    assert.equal(trace?.status, 'strong');
    assert.equal(trace?.links[0]?.paragraph, 3);
    assert.equal(trace?.links[0]?.citation, 'A/RES/70/174, para. 3');
    assert.equal(trace?.links[0]?.strength, 'strong');
    assert.equal(traces.get('A/CONF.234/RPM.5/1#36h')?.links[0]?.paragraph, 2);
  });

  it('says "not taken up" for a recommendation about the negotiation of the declaration itself', () => {
    const trace = traces.get('A/CONF.234/RPM.5/1#57b');
    assert.equal(trace?.status, 'not-taken-up');
    assert.deepEqual(trace?.links, []);
  });

  it('shows the matching phrases on both sides as spans that slice their texts', () => {
    const link = traces.get('A/CONF.234/RPM.5/1#36b')?.links[0];
    assert.ok(link !== undefined && link.evidence.recommendation.length > 0 && link.evidence.outcome.length > 0);
    const paragraph = outcome.paragraphs.find((p) => p.number === link.paragraph);
    for (const span of link.evidence.recommendation) assert.equal(recs[0]?.text.slice(span.start, span.end), span.text);
    for (const span of link.evidence.outcome) assert.equal(paragraph?.text.slice(span.start, span.end), span.text);
    assert.ok(link.evidence.outcome.some((span) => /victims/.test(span.text)));
  });

  it('lists, for each declaration paragraph, the recommendations and regions it reflects', () => {
    const reverse = outcome.paragraphs.find((p) => p.number === 2)?.reverse ?? [];
    assert.deepEqual(reverse.map((r) => [r.recommendationId, r.region]), [['A/CONF.234/RPM.5/1#36h', 'Western Asia']]);
  });

  it('counts coverage per region so that strong + partial + not taken up make the total', () => {
    const europe = outcome.coverage.byRegion.find((row) => row.key === 'Europe');
    assert.deepEqual(europe && [europe.total, europe.strong + europe.partial + europe.notTakenUp], [2, 2]);
    assert.deepEqual(europe?.notTakenUpIds, ['A/CONF.234/RPM.5/1#57b']);
  });
});
