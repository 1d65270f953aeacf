// The REFI-QDA project export on the real corpus: valid against the schema, positions right in
// code points, and read back as examples to exactly the exported (recommendation, topic) pairs.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { buildRun } from '../../src/pipeline/run.ts';
import { readExampleItems } from '../../src/mapping/load-examples.ts';
import { renderQdpx, codeGuid, sourceGuid } from '../../src/renderers/qdpx/index.ts';
import { renderAll } from '../../src/renderers/index.ts';
import { corpusPath } from '../support/shared.ts';
import { schemaErrors, skipWithoutXmllint } from './qdpx-xmllint.ts';

const REPORTS = ['rpm-europe.txt', 'rpm-latin-america-caribbean.txt', 'rpm-western-asia.txt'].map(corpusPath);
const NOW = new Date('2026-11-24T00:00:00Z');

interface Selection { readonly name: string; readonly start: number; readonly end: number; readonly code: string; readonly source: string }

/** The selections of a project.qde, read with a plain regular expression (the import is tested on its own). */
function selectionsOf(qde: string): Selection[] {
  const out: Selection[] = [];
  for (const source of qde.matchAll(/<TextSource [^>]*guid="([^"]+)"[\s\S]*?<\/TextSource>/g)) {
    for (const m of (source[0] ?? '').matchAll(/<PlainTextSelection [^>]*name="([^"]+)" startPosition="(\d+)" endPosition="(\d+)"[\s\S]*?<CodeRef targetGUID="([^"]+)"/g)) {
      out.push({ name: m[1] ?? '', start: Number(m[2]), end: Number(m[3]), code: m[4] ?? '', source: source[1] ?? '' });
    }
  }
  return out;
}

async function unpack(bytes: Uint8Array, dir: string): Promise<{ qde: string; sources: Map<string, string>; names: string[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const qde = await zip.file('project.qde')?.async('string') ?? '';
  writeFileSync(join(dir, 'project.qde'), qde);
  const sources = new Map<string, string>();
  for (const name of Object.keys(zip.files)) {
    const m = /^sources\/(.+)\.txt$/.exec(name);
    if (m !== null) sources.set(m[1] ?? '', await zip.file(name)?.async('string') ?? '');
  }
  return { qde, sources, names: Object.keys(zip.files) };
}

describe('the REFI-QDA project of the three regional reports', async () => {
  const run = await buildRun(REPORTS, { keepModels: true, now: NOW });
  const dir = mkdtempSync(join(tmpdir(), 'concord-qdpx-'));
  const bytes = await renderQdpx(run);
  const path = join(dir, 'mapping.qdpx');
  writeFileSync(path, bytes);
  const { qde, sources, names } = await unpack(bytes, dir);
  const byCode = new Map(run.codebook.sections.flatMap((s) => s.topics.map((t) => [codeGuid(run.codebook.id, t.id), t.id] as const)));

  it('holds project.qde and one plain-text source per report', () => {
    assert.ok(names.includes('project.qde'));
    assert.deepEqual([...sources.keys()].sort(), run.documents.filter((d) => d.excluded === undefined).map((d) => sourceGuid(d.symbol)).sort());
  });

  it('is valid against the REFI-QDA Project schema 1.0', { skip: skipWithoutXmllint }, () => {
    assert.equal(schemaErrors('refi-qda-project-1.0.xsd', [join(dir, 'project.qde')]), '');
  });

  it('keeps the codebook: index sections as parent codes, topics as child codes with their descriptions', () => {
    const section = run.codebook.sections[0];
    const topic = section?.topics[0];
    assert.ok(section !== undefined && topic !== undefined);
    assert.match(qde, new RegExp(`<Code guid="${codeGuid(run.codebook.id, section.id)}" name="${section.id}\\. [^"]+" isCodable="false">`));
    assert.ok(qde.includes(`name="${topic.id} ${topic.label}" isCodable="true"><Description>`));
    assert.equal((qde.match(/isCodable="true"/g) ?? []).length, run.codebook.sections.reduce((n, s) => n + s.topics.length, 0));
  });

  it('has a coded selection per (recommendation, topic) whose positions, in code points, cut out the recommendation\'s text', () => {
    const selections = selectionsOf(qde);
    const pairs = run.recommendations.flatMap((r) => r.topics.map((t) => `${r.citation}|${t.id}`)).sort();
    assert.deepEqual(selections.map((s) => `${s.name}|${byCode.get(s.code) ?? s.code}`).sort(), pairs);
    const texts = new Map(run.recommendations.map((r) => [r.citation, r.text]));
    const points = new Map([...sources].map(([guid, text]) => [guid, Array.from(text)]));
    for (const s of selections) {
      const text = (points.get(s.source) ?? []).slice(s.start, s.end).join('');
      assert.equal(text, texts.get(s.name), s.name);
    }
  });

  it('says who coded (the machine) and when, and gives the same bytes for the same run', async () => {
    assert.match(qde, /<User guid="[^"]+" name="Concord \(machine\)" id="concord"\/>/);
    assert.ok(qde.includes(`<Coding guid="`) && qde.includes(`creationDateTime="${NOW.toISOString()}"`));
    assert.deepEqual(await renderQdpx(run), bytes);
  });

  it('reads back as examples with exactly the exported (recommendation, topic) pairs, texts and evidence', () => {
    const items = readExampleItems(path, run.codebook);
    const got = items.flatMap((i) => i.topics?.map((t) => `${i.symbol}#${i.paragraph}${i.subparagraph}|${t}`) ?? []).sort();
    assert.deepEqual(got, run.recommendations.flatMap((r) => r.topics.map((t) => `${r.id}|${t.id}`)).sort());
    const texts = new Map(run.recommendations.map((r) => [r.id, r.text]));
    for (const item of items) assert.equal(item.text, texts.get(`${item.symbol}#${item.paragraph}${item.subparagraph}`));
    // The evidence phrases travel in the selections' descriptions and come back per topic.
    const rec = run.recommendations.find((r) => r.citation === 'A/CONF.234/RPM.5/1, para. 28 (c)');
    const item = items.find((i) => i.symbol === 'A/CONF.234/RPM.5/1' && i.paragraph === 28 && i.subparagraph === 'c');
    assert.ok(rec !== undefined && item !== undefined);
    assert.deepEqual(item.evidence, Object.fromEntries(rec.topics.filter((t) => t.evidence.length > 0).map((t) => [t.id, t.evidence.map((e) => e.text)])));
  });

  it('names the reviewers as users, their codings by them, and their notes as notes, still valid', { skip: skipWithoutXmllint }, async () => {
    const rec = run.recommendations.find((r) => r.citation === 'A/CONF.234/RPM.5/1, para. 28 (c)');
    const topic = rec?.topics[0];
    assert.ok(rec !== undefined && topic !== undefined);
    const reviewed = await renderQdpx(run, {
      reviewers: ['Ana Analyst'],
      codedBy: (id, topicId) => (id === rec.id && topicId === topic.id ? { reviewer: 'Ana Analyst', at: '2026-11-25T10:00:00.000Z' } : undefined),
      notes: [{ recommendationId: rec.id, text: 'Ask the Secretariat <why> & how', reviewer: 'Ana Analyst', at: '2026-11-25T10:01:00.000Z' }],
    });
    const other = mkdtempSync(join(tmpdir(), 'concord-qdpx-reviewed-'));
    const { qde: reviewedQde } = await unpack(reviewed, other);
    assert.match(reviewedQde, /<User guid="[^"]+" name="Ana Analyst"\/>/);
    assert.match(reviewedQde, /<Coding guid="[^"]+" creatingUser="[^"]+" creationDateTime="2026-11-25T10:00:00.000Z">/);
    assert.match(reviewedQde, /<Notes>\s*<Note guid="([^"]+)" name="Note by Ana Analyst"[\s\S]*Ask the Secretariat &lt;why&gt; &amp; how/);
    assert.equal(schemaErrors('refi-qda-project-1.0.xsd', [join(other, 'project.qde')]), '');
  });

  it('teaches concord build as an examples file (--examples mapping.qdpx), like the JSON shape', async () => {
    const taught = await buildRun([corpusPath('rpm-europe.txt')], { keepModels: true, examples: path, now: NOW });
    assert.equal(taught.recommendations.length, run.recommendations.filter((r) => r.symbol === 'A/CONF.234/RPM.5/1').length);
    assert.ok(taught.recommendations.every((r) => r.topics.length > 0));
  });

  it('is written by concord build only when asked for (--formats qdpx)', async () => {
    assert.ok(!(await renderAll(run)).some((f) => f.name === 'mapping.qdpx'));
    assert.deepEqual((await renderAll(run, ['qdpx'])).map((f) => f.name), ['mapping.qdpx']);
  });
});

describe('REFI-QDA positions in a report with accents and characters outside the Basic Multilingual Plane', async () => {
  // The European report with a non-BMP character (U+1D49C) and accents before its recommendations.
  const dir = mkdtempSync(join(tmpdir(), 'concord-qdpx-bmp-'));
  const file = join(dir, 'rpm-europe.txt');
  const original = readFileSync(corpusPath('rpm-europe.txt'), 'utf8');
  writeFileSync(file, original.replace('Vienna', 'Vienna (Wien, Österreich \u{1D49C}\u{1F30D})'));
  const run = await buildRun([file], { keepModels: true, now: NOW });
  const { qde, sources } = await unpack(await renderQdpx(run), dir);

  it('counts positions in code points, so a selection still cuts out exactly its recommendation', () => {
    const source = [...sources.values()][0] ?? '';
    assert.ok(source.includes('\u{1D49C}'));
    const selections = selectionsOf(qde);
    assert.ok(selections.length > 40);
    const texts = new Map(run.recommendations.map((r) => [r.citation, r.text]));
    const points = Array.from(source);
    for (const s of selections) assert.equal(points.slice(s.start, s.end).join(''), texts.get(s.name), s.name);
    // In UTF-16 units the same positions would be off by the two surrogate pairs.
    const first = selections[0];
    assert.ok(first !== undefined && source.slice(first.start, first.end) !== texts.get(first.name));
  });
});

describe('examples from a project another tool wrote', async () => {
  const run = await buildRun([corpusPath('rpm-europe.txt')], { keepModels: true, now: NOW });
  const rec = run.recommendations.find((r) => r.citation === 'A/CONF.234/RPM.5/1, para. 28 (c)');
  const topic = run.codebook.sections.flatMap((s) => s.topics).find((t) => t.id === 'D1');
  const dir = mkdtempSync(join(tmpdir(), 'concord-qdpx-other-'));

  it('places an unnamed selection by the numbered paragraph and lettered item (or nested item) it stands in, and matches its code by label', async () => {
    assert.ok(rec !== undefined && topic !== undefined);
    const text = `Report\n\n28. ${rec.leadIn}\n(a) Something else;\n(b) (ii) A nested item;\n(c) ${rec.text}\n`;
    const start = Array.from(text.slice(0, text.indexOf(rec.text))).length;
    const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Coded elsewhere">
  <CodeBook><Codes><Code guid="{11111111-2222-3333-4444-555555555555}" name="${topic.label}" isCodable="true"/></Codes></CodeBook>
  <Sources><TextSource guid="{66666666-2222-3333-4444-555555555555}" name="A/CONF.234/RPM.5/1" plainTextPath="internal://{66666666-2222-3333-4444-555555555555}.txt">
    <PlainTextSelection guid="77777777-2222-3333-4444-555555555555" startPosition="${start}" endPosition="${start + Array.from(rec.text).length}">
      <Coding guid="88888888-2222-3333-4444-555555555555"><CodeRef targetGUID="11111111-2222-3333-4444-555555555555"/></Coding>
    </PlainTextSelection>
    <PlainTextSelection guid="99999999-2222-3333-4444-555555555555" startPosition="${Array.from(text.slice(0, text.indexOf('A nested item'))).length}" endPosition="${Array.from(text.slice(0, text.indexOf('A nested item') + 'A nested item'.length)).length}">
      <Coding guid="aaaaaaaa-2222-3333-4444-555555555555"><CodeRef targetGUID="11111111-2222-3333-4444-555555555555"/></Coding>
    </PlainTextSelection>
  </TextSource></Sources>
</Project>`;
    const zip = new JSZip();
    zip.file('project.qde', qde);
    zip.file('sources/{66666666-2222-3333-4444-555555555555}.txt', text);
    const path = join(dir, 'other.qdpx');
    writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    assert.deepEqual(readExampleItems(path, run.codebook), [
      { symbol: 'A/CONF.234/RPM.5/1', paragraph: 28, subparagraph: 'c', topics: ['D1'], text: rec.text },
      { symbol: 'A/CONF.234/RPM.5/1', paragraph: 28, subparagraph: 'b.ii', topics: ['D1'], text: 'A nested item' },
    ]);
  });

  it('says plainly when none of a project\'s codes is a topic of the codebook', async () => {
    const path = join(dir, 'europe.qdpx');
    writeFileSync(path, await renderQdpx(run));
    const other = { ...run.codebook, id: 'other', sections: [] };
    assert.throws(() => readExampleItems(path, other), /europe\.qdpx: none of the project's \d+ codes matches a topic of the codebook other by GUID or name/);
  });

  it('says plainly when a file is not a REFI-QDA project', () => {
    const path = join(dir, 'not.qdpx');
    writeFileSync(path, 'hello');
    assert.throws(() => readExampleItems(path, run.codebook), /not\.qdpx: is not a zip file; a REFI-QDA project \(\.qdpx, a zip holding project\.qde\) was expected/);
  });
});
