import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runTrace } from '../../src/cli/commands/trace.ts';
import { isConcordError } from '../../src/model/errors.ts';
import { corpusPath, sharedPath } from '../support/shared.ts';

function capture(): { out: string[]; err: string[]; io: { out: (t: string) => void; err: (l: string) => void } } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (t) => { out.push(t); }, err: (l) => { err.push(l); } } };
}

const flags = { outcome: corpusPath('congress-report.txt'), outcomeSymbol: 'A/CONF.234/16' };

describe('concord trace', () => {
  it('--json gives the map shape with a trace on every recommendation and the outcome at the top level', async () => {
    const { out, io } = capture();
    const code = await runTrace([corpusPath('rpm-europe.txt')], { ...flags, json: true }, io);
    assert.equal(code, 0);
    const json = JSON.parse(out.join('')) as {
      documents: { symbol: string; region: string; recommendations: { citation: string; topics: unknown[]; trace: { status: string; links: { paragraph: number; part?: 'preamble'; citation: string; strength: string; score: number; evidence: { recommendation: unknown[]; outcome: unknown[] } }[] } }[] }[];
      outcome: { symbol: string; paragraphs: { number: number; part?: 'preamble'; citation: string; headings: string[]; reverse: unknown[] }[]; coverage: { byRegion: { key: string; total: number }[]; byTopic: unknown[] } };
    };
    const europe = json.documents[0];
    assert.equal(europe?.symbol, 'A/CONF.234/RPM.5/1');
    assert.equal(europe?.recommendations.length, 43);
    const recs = europe?.recommendations ?? [];
    const counts = { strong: 0, partial: 0, 'not-taken-up': 0 } as Record<string, number>;
    for (const rec of recs) {
      counts[rec.trace.status] = (counts[rec.trace.status] ?? 0) + 1;
      assert.ok(rec.topics.length > 0, rec.citation);
      for (const link of rec.trace.links) {
        assert.equal(link.citation, `A/CONF.234/16, chap. I, resol. 1, ${link.part === 'preamble' ? 'preamble, ' : ''}para. ${link.paragraph}`);
        assert.ok(['strong', 'partial'].includes(link.strength) && link.score > 0 && link.score <= 1);
        assert.ok(link.evidence.recommendation.length > 0 && link.evidence.outcome.length > 0, `${rec.citation} -> para. ${link.paragraph} has evidence on both sides`);
      }
    }
    // Six recommendations below the link bar (0.2) get their best paragraph as partial from 0.15 (PARAMS.fallbackScore).
    assert.deepEqual(counts, { strong: 31, partial: 10, 'not-taken-up': 2 });
    // Community policing and a culture of lawfulness (para. 28 (c)) are taken up by the declaration's para. 26.
    const community = recs.find((r) => r.citation === 'A/CONF.234/RPM.5/1, para. 28 (c)');
    // Evidence is shown as whole phrases: the word matched, community, in its compound community-oriented.
    assert.deepEqual(community?.trace.links.map((l) => [l.paragraph, l.strength]), [[26, 'strong']]);
    assert.deepEqual(community?.trace.links[0]?.evidence.outcome.map((s) => (s as { text: string }).text), ['crime prevention strategies', 'culture of lawfulness', 'police', 'community-oriented', 'organized crime']);
    const victims = recs.find((r) => r.citation === 'A/CONF.234/RPM.5/1, para. 36 (b)');
    assert.deepEqual([victims?.trace.status, victims?.trace.links.map((l) => l.paragraph)], ['partial', [34]]);
    const unheard = recs.find((r) => r.citation === 'A/CONF.234/RPM.5/1, para. 57 (a)');
    assert.deepEqual([unheard?.trace.status, unheard?.trace.links], ['not-taken-up', []]);
    assert.equal(json.outcome.symbol, 'A/CONF.234/16');
    // The four preambular paragraphs (part "preamble"), then the 97 operative ones.
    assert.deepEqual([json.outcome.paragraphs.filter((p) => p.part === 'preamble').length, json.outcome.paragraphs.filter((p) => p.part === undefined).length], [4, 97]);
    assert.deepEqual(json.outcome.coverage.byRegion.map((r) => [r.key, r.total]), [['Europe', 43]]);
    assert.ok(json.outcome.paragraphs.filter((p) => p.reverse.length > 0).length > 20);
  });

  it('prints a readable report: each citation with its status and links, then coverage tables', async () => {
    const { out, io } = capture();
    await runTrace([corpusPath('rpm-europe.txt')], flags, io);
    const text = out.join('');
    // The machine's "not-taken-up" is worded as what it is.
    assert.match(text, /A\/CONF\.234\/RPM\.5\/1, para\. 57 \(a\) {2}no corresponding paragraph identified\n/);
    assert.match(text, /total strong partial +none-found/);
    assert.match(text, /Coverage by region\n.*\n {2}Europe +43/);
    assert.match(text, /Coverage by topic/);
  });

  it('--examples with coded links makes them precedents, and each link it helps names its precedent', async () => {
    const { out, err, io } = capture();
    const code = await runTrace([corpusPath('rpm-western-asia.txt'), corpusPath('rpm-europe.txt')], { ...flags, examples: sharedPath('gold', 'trace.dev.json'), json: true }, io);
    assert.equal(code, 0);
    assert.deepEqual(err, []);
    const json = JSON.parse(out.join('')) as { documents: { recommendations: { id: string; trace: { links: { precedent?: { citation: string; similarity: number } }[] } }[] }[] };
    const westernAsia = json.documents.flatMap((d) => d.recommendations).filter((r) => r.id.includes('RPM.2/1'));
    const named = westernAsia.flatMap((r) => r.trace.links.flatMap((l) => (l.precedent === undefined ? [] : [l.precedent])));
    assert.ok(named.length >= 5, `${named.length} links with a precedent`);
    assert.ok(named.every((p) => /^A\/CONF\.234\/RPM\.5\/1, para\. \d+ \([a-z]\)$/.test(p.citation) && p.similarity > 0 && p.similarity <= 1));
  });

  it('says how many coded links name no recommendation of the files given', async () => {
    const { err, io } = capture();
    await runTrace([corpusPath('rpm-western-asia.txt')], { ...flags, examples: sharedPath('gold', 'trace.dev.json') }, io);
    assert.ok(err.some((line) => /43 of 43 coded traces name no recommendation of the files given/.test(line)), err.join('\n'));
  });

  it('asks for the outcome document when --outcome is missing', async () => {
    await assert.rejects(runTrace([corpusPath('rpm-europe.txt')], {}, capture().io), (error) => isConcordError(error) && /--outcome FILE is required/.test(error.message));
  });

  it('says when the outcome document does not state its symbol', async () => {
    const { err, io } = capture();
    await runTrace([corpusPath('rpm-europe.txt')], { outcome: corpusPath('congress-report.txt') }, io);
    assert.ok(err.some((line) => /does not state its symbol/.test(line)));
  });
});
