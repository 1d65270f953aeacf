import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { RecommendationDetail } from '../../src/server/api-types.ts';
import { firstUndecided, topicRows } from '../../web/src/lib/review-rows.ts';

const detail = (decisions: RecommendationDetail['decisions'], topics: RecommendationDetail['topics']): RecommendationDetail => ({
  id: 'A/CONF.234/RPM.5/1#36i',
  documentId: 1,
  symbol: 'A/CONF.234/RPM.5/1',
  paragraph: 36,
  subparagraph: 'i',
  citation: 'A/CONF.234/RPM.5/1, para. 36 (i)',
  region: 'Europe',
  section: [],
  leadIn: '',
  text: 'Promote restorative justice programmes for children',
  topics,
  reviewState: 'reviewed',
  lowConfidence: false,
  traceStatus: null,
  machineTopics: [
    { id: 'D5', label: 'Juvenile justice', section: 'D', score: 0.9, lowConfidence: false, evidence: [] },
    { id: 'D7', label: 'Restorative justice', section: 'D', score: 0.7, lowConfidence: false, evidence: [{ start: 8, end: 27, text: 'restorative justice' }] },
  ],
  decisions,
  links: [],
  removedLinks: [],
  candidateLinks: [],
  disagreements: [],
  history: [],
  version: 0,
  note: null,
  undoable: null,
});

describe('topicRows', () => {
  it('lists machine proposals with the reviewer decisions laid over them', () => {
    const rows = topicRows(detail({ accepted: ['D7'], rejected: ['D5'], added: [] }, []));
    assert.deepEqual(rows.map((r) => [r.id, r.status]), [['D5', 'rejected'], ['D7', 'accepted']]);
    assert.equal(rows[1]?.evidence[0]?.text, 'restorative justice');
  });

  it('adds the topics a reviewer added and keeps a rejection the machine no longer proposes', () => {
    const rows = topicRows(
      detail({ accepted: [], rejected: ['C1'], added: ['F2'] }, [{ id: 'F2', label: 'Cybercrime', section: 'F', status: 'added', score: null, lowConfidence: false, evidence: [] }]),
    );
    assert.deepEqual(rows.map((r) => [r.id, r.status, r.machine]), [
      ['D5', 'proposed', true],
      ['D7', 'proposed', true],
      ['F2', 'added', false],
      ['C1', 'rejected', false],
    ]);
  });
});

describe('firstUndecided', () => {
  it('points the keyboard at the next topic still only proposed', () => {
    const rows = topicRows(detail({ accepted: ['D5'], rejected: [], added: [] }, []));
    assert.equal(firstUndecided(rows), 1);
    assert.equal(firstUndecided(rows, 1), 1);
  });
});
