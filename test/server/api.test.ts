import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { openStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/open.ts';
import { createApp } from '../../src/server/app.ts';
import type { History, Matrix, Narrative, Project, RecommendationDetail, RecommendationList, RemapResult, SearchResult, TraceView, UploadResult, DocumentView, ApiError } from '../../src/server/api-types.ts';
import { corpusPath } from '../support/shared.ts';
import { backends } from '../store/backends.ts';
import type { TestDatabase } from '../store/backends.ts';
import { client, rid } from './client.ts';

for (const backend of backends) {
  describe(`the workbench API on ${backend.name}`, { skip: backend.skip }, () => {
    let database: TestDatabase;
    let store: Store;
    let api: ReturnType<typeof client>;
    let pid = 0;
    let recs: RecommendationList['recommendations'] = [];
    const europe = readFileSync(corpusPath('rpm-europe.txt'));

    before(async () => {
      database = await backend.create();
      store = await openStore(database.location);
      api = client(createApp({ store, webRoot: null }).app);
    });
    after(async () => {
      await store.close();
      await database.drop();
    });

    it('creates a project, and answers 409 for a second project of the same name', async () => {
      const created = await api.post<Project>('/projects', { name: 'Kyoto review' });
      assert.equal(created.status, 201);
      pid = created.body.id;
      assert.equal(created.body.codebook.name, 'crime-congress-14');
      const again = await api.post<ApiError>('/projects', { name: 'Kyoto review' });
      assert.equal(again.status, 409);
      assert.equal(again.body.error.code, 'conflict');
    });

    it('reads an uploaded European report and keeps its parse messages', async () => {
      const upload = await api.upload<UploadResult>(`/projects/${pid}/documents`, 'rpm-europe.txt', europe);
      assert.equal(upload.status, 201, JSON.stringify(upload.body));
      assert.equal(upload.body.document.symbol, 'A/CONF.234/RPM.5/1');
      assert.equal(upload.body.document.region, 'Europe');
      assert.ok(upload.body.document.recommendationCount > 30);
      assert.equal(upload.body.messages.length, upload.body.document.messageCount);
      const view = await api.get<DocumentView>(`/projects/${pid}/documents/${upload.body.document.id}`);
      assert.ok(view.body.paragraphs.some((p) => p.citation === 'A/CONF.234/RPM.5/1, para. 28'));
      assert.equal(view.body.messages.length, upload.body.document.messageCount);
    });

    it('maps and traces once the outcome document is given', async () => {
      const outcome = await api.upload(`/projects/${pid}/outcome`, 'congress-report.txt', readFileSync(corpusPath('congress-report.txt')));
      assert.equal(outcome.status, 201);
      const remap = await api.post<RemapResult>(`/projects/${pid}/remap`, { mode: 'all' });
      assert.equal(remap.status, 200);
      assert.equal(remap.body.traced, true);
      assert.deepEqual(remap.body.disagreements, []);
      recs = (await api.get<RecommendationList>(`/projects/${pid}/recommendations`)).body.recommendations;
      assert.equal(recs.length, remap.body.mapped);
      assert.ok(recs.every((r) => r.reviewState === 'unreviewed' && r.region === 'Europe'));
    });

    it('counts each recommendation under each of its topics in the matrix', async () => {
      const matrix = (await api.get<Matrix>(`/projects/${pid}/matrix`)).body;
      assert.deepEqual(matrix.regions, ['Europe']);
      const cells = matrix.sections.flatMap((s) => s.topics.flatMap((t) => t.cells));
      const pairs = recs.reduce((sum, r) => sum + r.topics.length, 0);
      assert.equal(cells.reduce((sum, c) => sum + c.count, 0), pairs);
      for (const cell of cells) assert.equal(cell.count, cell.recommendationIds.length);
      const first = recs.find((r) => r.topics.length > 0);
      const topic = first?.topics[0];
      assert.ok(first !== undefined && topic !== undefined);
      const cell = matrix.sections.find((s) => s.id === topic.section)?.topics.find((t) => t.id === topic.id)?.cells[0];
      assert.ok(cell?.recommendationIds.includes(first.id));
    });

    it('accepts, rejects and adds topics, and shows them after a reload with their history', async () => {
      // Two proposals, both decided: reviewed.
      const target = recs.find((r) => r.topics.length === 2);
      assert.ok(target !== undefined);
      const [keep, drop] = target.topics;
      assert.ok(keep !== undefined && drop !== undefined);
      const path = `/projects/${pid}/recommendations/${rid(target.id)}`;
      assert.equal((await api.post(`${path}/decisions`, { action: 'accept-topic', topic: keep.id, reviewer: 'Ana', note: 'clearly about it' })).status, 201);
      assert.equal((await api.post(`${path}/decisions`, { action: 'reject-topic', topic: drop.id, reviewer: 'Ana' })).status, 201);
      const extra = ['F1', 'E1', 'D1'].find((id) => !target.topics.some((t) => t.id === id)) ?? 'F1';
      assert.equal((await api.post(`${path}/decisions`, { action: 'add-topic', topic: extra, reviewer: 'Bo', note: 'missed' })).status, 201);
      const detail = (await api.get<RecommendationDetail>(path)).body;
      assert.equal(detail.reviewState, 'reviewed');
      assert.deepEqual(detail.decisions, { accepted: [keep.id], rejected: [drop.id], added: [extra] });
      assert.equal(detail.topics.find((t) => t.id === keep.id)?.status, 'accepted');
      assert.equal(detail.topics.find((t) => t.id === extra)?.status, 'added');
      assert.ok(!detail.topics.some((t) => t.id === drop.id));
      assert.deepEqual(detail.history.map((h) => [h.action, h.reviewer]), [['add-topic', 'Bo'], ['reject-topic', 'Ana'], ['accept-topic', 'Ana']]);
      assert.equal(detail.history.at(-1)?.note, 'clearly about it');
      const history = (await api.get<History>(`/projects/${pid}/history`)).body;
      assert.equal(history.total, 3);
      const narrative = (await api.get<Narrative>(`/projects/${pid}/narrative?topic=${extra}`)).body;
      assert.ok(narrative.sections.flatMap((s) => s.topics).flatMap((t) => t.regions).flatMap((r) => r.recommendations).some((e) => e.id === target.id && e.status === 'added'));
    });

    it('refuses decisions that do not fit, with JSON errors', async () => {
      const target = recs[0];
      assert.ok(target !== undefined);
      const path = `/projects/${pid}/recommendations/${rid(target.id)}/decisions`;
      assert.equal((await api.post<ApiError>(path, { action: 'add-topic', topic: 'Z99' })).status, 400);
      assert.equal((await api.post<ApiError>(path, { action: 'reject-topic', topic: 'Z99' })).status, 409);
      const bad = await api.post<ApiError>(path, { action: 'dance' });
      assert.equal(bad.status, 400);
      assert.equal(bad.body.error.code, 'validation');
      assert.equal((await api.post<ApiError>(`/projects/${pid}/recommendations/${rid('X/1#1a')}/decisions`, { action: 'confirm' })).status, 404);
      assert.equal((await api.get<ApiError>('/projects/999999')).status, 404);
      assert.equal((await api.get<ApiError>('/projects/abc')).status, 400);
      const broken = await api.send<ApiError>('POST', '/projects', { raw: '{"name":', headers: { 'content-type': 'application/json' } });
      assert.equal(broken.status, 400);
    });

    it('changes trace links and their strength, and the trace view follows', async () => {
      const fresh = (await api.get<RecommendationList>(`/projects/${pid}/recommendations?state=unreviewed`)).body.recommendations;
      const candidate = fresh.find((r) => r.traceStatus !== 'not-taken-up');
      assert.ok(candidate !== undefined, 'some recommendation is taken up');
      const linked = (await api.get<RecommendationDetail>(`/projects/${pid}/recommendations/${rid(candidate.id)}`)).body;
      const link = linked.links[0];
      assert.ok(link !== undefined);
      const path = `/projects/${pid}/recommendations/${rid(linked.id)}/decisions`;
      const other = [1, 2, 3].find((n) => !linked.links.some((l) => l.paragraph === n)) ?? 4;
      assert.equal((await api.post(path, { action: 'remove-link', paragraph: link.paragraph, reviewer: 'Ana' })).status, 201);
      assert.equal((await api.post(path, { action: 'add-link', paragraph: other, strength: 'partial' })).status, 201);
      const regraded = await api.post<RecommendationDetail>(path, { action: 'set-link-strength', paragraph: other, strength: 'strong' });
      assert.equal(regraded.status, 201);
      assert.deepEqual(regraded.body.removedLinks, [link.paragraph]);
      assert.equal(regraded.body.links.find((l) => l.paragraph === other)?.strength, 'strong');
      const trace = (await api.get<TraceView>(`/projects/${pid}/trace`)).body;
      const reverse = trace.paragraphs.find((p) => p.part === undefined && p.number === other)?.reverse ?? [];
      assert.ok(reverse.some((r) => r.recommendationId === linked.id && r.strength === 'strong'));
      assert.ok(!(trace.paragraphs.find((p) => p.part === link.part && p.number === link.paragraph)?.reverse ?? []).some((r) => r.recommendationId === linked.id));
      const europe = trace.coverage.byRegion.find((r) => r.key === 'Europe');
      assert.equal(europe?.total, recs.length);
      // The machine's next-best paragraphs are offered until one is linked.
      const offered = regraded.body.candidateLinks;
      assert.ok(offered.length > 0 && offered.length <= 7, 'candidates are offered');
      assert.ok(offered.every((c) => !regraded.body.links.some((l) => l.paragraph === c.paragraph) && c.outcomeText.length > 0));
      const taken = offered[0];
      assert.ok(taken !== undefined);
      const withCandidate = (await api.post<RecommendationDetail>(path, { action: 'add-link', paragraph: taken.paragraph, strength: 'partial' })).body;
      assert.ok(withCandidate.links.some((l) => l.paragraph === taken.paragraph && l.status === 'added'));
      assert.ok(!withCandidate.candidateLinks.some((c) => c.paragraph === taken.paragraph));
      assert.equal((europe?.strong ?? 0) + (europe?.partial ?? 0) + (europe?.notTakenUp ?? 0), recs.length);
    });

    it('re-maps without touching a decision, and reports where the machine disagrees', async () => {
      const before = (await api.get<History>(`/projects/${pid}/history`)).body;
      const remap = await api.post<RemapResult>(`/projects/${pid}/remap`, { mode: 'all' });
      assert.equal(remap.status, 200);
      const found = JSON.stringify(remap.body.disagreements);
      assert.ok(remap.body.disagreements.some((d) => d.kind === 'topic' && d.decision === 'rejected' && d.machine === 'proposed'), found);
      assert.ok(remap.body.disagreements.some((d) => d.kind === 'link'), found);
      const withDecisions = await api.post<RemapResult>(`/projects/${pid}/remap`, { mode: 'unreviewed-with-decisions' });
      assert.ok(withDecisions.body.examplesUsed >= 1, JSON.stringify(withDecisions.body).slice(0, 300));
      assert.ok(withDecisions.body.linkExamplesUsed >= 1, 'the recommendation whose links were decided serves the tracing as a precedent');
      assert.equal(withDecisions.body.mapped, recs.length - 2, JSON.stringify(withDecisions.body));
      const after = (await api.get<History>(`/projects/${pid}/history`)).body;
      assert.deepEqual(after, before);
      // The recommendation whose links alone were decided is not reviewed: its topics are not.
      const reviewed = (await api.get<RecommendationList>(`/projects/${pid}/recommendations?state=reviewed`)).body;
      assert.equal(reviewed.total, 1);
    });

    it('finds words as they are typed, with filters', async () => {
      const prefix = (await api.get<SearchResult>(`/projects/${pid}/search?q=cyber`)).body;
      assert.ok(prefix.hits.some((h) => h.kind === 'recommendation' && /cyber/i.test(h.text)));
      assert.ok(prefix.hits.some((h) => h.kind === 'paragraph'));
      // A two-letter word is a word, not the start of others: "of" matches "of" only.
      const of = (await api.get<SearchResult>(`/projects/${pid}/search?q=of&limit=500`)).body;
      assert.ok(of.hits.some((h) => /\bOffice\b/.test(h.text)) && of.hits.some((h) => /\boffenders\b/.test(h.text)));
      assert.deepEqual([...new Set(of.hits.flatMap((h) => h.terms))], ['of']);
      const typed = (await api.get<SearchResult>(`/projects/${pid}/search?q=offend`)).body;
      assert.ok(typed.hits.some((h) => h.terms.includes('offenders')));
      const fuzzy = (await api.get<SearchResult>(`/projects/${pid}/search?q=lawfulnes`)).body;
      assert.ok(fuzzy.total > 0);
      const reviewed = (await api.get<SearchResult>(`/projects/${pid}/search?q=&state=reviewed`)).body;
      assert.equal(reviewed.total, 1);
      assert.ok(reviewed.hits.every((h) => h.reviewState === 'reviewed'));
      const none = (await api.get<SearchResult>(`/projects/${pid}/search?q=cyber&region=Africa`)).body;
      assert.equal(none.total, 0);
      const low = (await api.get<SearchResult>(`/projects/${pid}/search?lowConfidence=true`)).body;
      assert.ok(low.hits.every((h) => h.reviewState === 'unreviewed'));
      assert.equal((await api.get(`/projects/${pid}/search?limit=0`)).status, 400);
    });

    it('exports the reviewed annex in Word and the review log as CSV', async () => {
      const docx = await api.get<Uint8Array>(`/projects/${pid}/export/docx`);
      assert.equal(docx.status, 200);
      assert.match(docx.headers.get('content-disposition') ?? '', /attachment; filename="Kyoto-review-mapping\.docx"/);
      const text = (await mammoth.extractRawText({ buffer: Buffer.from(docx.body) })).value;
      assert.match(text, /A\/CONF\.234\/RPM\.5\/1/);
      const log = await api.get<Uint8Array>(`/projects/${pid}/export/review-log`);
      const lines = Buffer.from(log.body).toString('utf8').trim().split(/\r\n/);
      assert.equal(lines.length, 1 + 7);
      assert.match(lines[1] ?? '', /accept-topic/);
      assert.equal((await api.get(`/projects/${pid}/export/exe`)).status, 404);
      for (const format of ['html', 'xlsx', 'csv', 'json', 'md']) {
        const file = await api.get<Uint8Array>(`/projects/${pid}/export/${format}`);
        assert.equal(file.status, 200, format);
        assert.match(file.headers.get('content-disposition') ?? '', /^attachment; filename="Kyoto-review-/);
      }
    });

    it('exports the final edition for circulation, saying how much was reviewed, and refuses an unknown edition', async () => {
      const html = Buffer.from((await api.get<Uint8Array>(`/projects/${pid}/export/html?edition=final`)).body).toString('utf8');
      assert.match(html, /<h2>Background and method<\/h2>/);
      // One recommendation has every proposed topic decided; the other had only its links decided.
      assert.match(html, /Prepared automatically; 1 of the \d+ recommendations reviewed by the Secretariat\./);
      assert.doesNotMatch(html, /to review|Ranked next|Assignments to review/);
      const review = Buffer.from((await api.get<Uint8Array>(`/projects/${pid}/export/html`)).body).toString('utf8');
      assert.match(review, /Assignments to review/);
      const wrong = await api.get<ApiError>(`/projects/${pid}/export/html?edition=draft`);
      assert.equal(wrong.status, 400);
      assert.match(wrong.body.error.message, /unknown edition "draft": use review or final/);
    });
  });
}
