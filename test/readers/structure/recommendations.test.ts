import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { structure, REPORT_HEAD } from './fixture.ts';

describe('recommendations', () => {
  it('takes the lettered items after a recommendations lead-in under "Outcome of deliberations"', () => {
    const doc = structure([...REPORT_HEAD, '3. The following recommendations, which were not negotiated by the participants, were identified:', '(a) Focus on urgent threats;', '(b) Strengthen coordination.']);
    assert.deepEqual(doc.recommendations.map((r) => [r.id, r.citation, r.context.role, r.leadIn.slice(0, 13)]), [
      ['A/CONF.999/RPM.9/1#3a', 'A/CONF.999/RPM.9/1, para. 3 (a)', 'main-theme', 'The following'],
      ['A/CONF.999/RPM.9/1#3b', 'A/CONF.999/RPM.9/1, para. 3 (b)', 'main-theme', 'The following'],
    ]);
    assert.deepEqual(doc.recommendations[0]?.section, ['II. Conclusions and recommendations', 'A. Main theme of the Congress']);
    assert.equal(doc.recommendations[0]?.region, 'Europe');
  });

  it('does not take lettered items whose lead-in introduces no recommendations, and says so', () => {
    const doc = structure([...REPORT_HEAD, '3. The Meeting had before it the following documents:', '(a) A report;', '(b) A note.']);
    assert.equal(doc.recommendations.length, 0);
    assert.ok(doc.messages.some((m) => m.ruleId === 'lead-in' && m.place.paragraph === 3));
    assert.ok(doc.messages.some((m) => m.ruleId === 'no-recommendations' && m.severity === 'warning'));
  });

  it('does not take lettered items in a summary of deliberations', () => {
    const doc = structure([...REPORT_HEAD.slice(0, 7), '3. The following recommendations were identified:', '(a) Not here;']);
    assert.equal(doc.recommendations.length, 0);
  });

  it("takes a chair's summary's lettered items even without a recommendations lead-in, with an info message", () => {
    const doc = structure([
      'Report of the Fifteenth United Nations Congress on Crime Prevention and Criminal Justice',
      'Chapter I',
      'Workshops held during the Congress',
      'A. Workshop on reducing reoffending',
      'Chair’s summary',
      '1. The Chair recalled that reoffending mattered. He emphasized that:',
      '(a) Member States should collect statistics;',
      '(b) Member States are encouraged to share practices.',
    ], 'A/CONF.999/16');
    assert.equal(doc.kind, 'congress-report');
    assert.deepEqual(doc.recommendations.map((r) => r.citation), ['A/CONF.999/16, para. 1 (a)', 'A/CONF.999/16, para. 1 (b)']);
    assert.deepEqual(doc.recommendations[0]?.context, { role: 'workshop', agendaItems: [], workshops: [1], title: 'A. Workshop on reducing reoffending' });
    assert.ok(doc.messages.some((m) => m.ruleId === 'lead-in' && m.severity === 'info'));
  });

  it('takes "the Meeting agreed that:" items under "Other issues"', () => {
    const doc = structure([...REPORT_HEAD.slice(0, 4), 'C. Other issues', '2. With regard to the future declaration, the Meeting agreed that:', '(a) Efforts should be made;']);
    assert.deepEqual(doc.recommendations.map((r) => [r.citation, r.context.role]), [['A/CONF.999/RPM.9/1, para. 2 (a)', 'other-issues']]);
  });

  it('recognises the lead-ins reports use to introduce recommendations', async () => {
    const { introducesRecommendations } = await import('../../../src/readers/structure/index.ts');
    for (const leadIn of [
      'The following recommendations, which were not negotiated by the participants, were identified:',
      'With regard to the structure and substance of the future Kyoto declaration, the Meeting agreed that:',
      'The Chair invited participants to consider the following points raised during the discussions:',
      'The Meeting recommended the following:',
      'Participants proposed that:',
    ]) assert.ok(introducesRecommendations(leadIn), leadIn);
    for (const leadIn of ['The Meeting had before it the following documents:', 'The following officers were elected:']) {
      assert.ok(!introducesRecommendations(leadIn), leadIn);
    }
  });

  it('says so when a paragraph among the recommendations has no lettered items', () => {
    const doc = structure([...REPORT_HEAD, '3. The Meeting recommended that States act.']);
    assert.equal(doc.messages.find((m) => m.ruleId === 'no-items')?.place.paragraph, 3);
  });
});
