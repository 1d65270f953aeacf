// The Akoma Ntoso export of the corpus: every file valid against akomantoso30.xsd, the AKN4UN
// eIds on the items the citations name, and the trace as links between eIds that exist.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { buildRun } from '../../src/pipeline/run.ts';
import { renderAll } from '../../src/renderers/index.ts';
import { meetingDate, symbolComponent } from '../../src/renderers/akn/index.ts';
import { corpusPath, sharedPath } from '../support/shared.ts';
import { schemaErrors, skipWithoutXmllint } from './qdpx-xmllint.ts';

const REPORTS = ['rpm-europe.txt', 'rpm-latin-america-caribbean.txt', 'rpm-western-asia.txt'].map(corpusPath);

const elements = (root: Element): Element[] => {
  const out: Element[] = [];
  const walk = (el: Element): void => {
    out.push(el);
    for (let n = el.firstChild; n !== null; n = n.nextSibling) if (n.nodeType === 1) walk(n as Element);
  };
  walk(root);
  return out;
};

describe('the Akoma Ntoso files of the three regional reports and the congress report', async () => {
  const run = await buildRun(REPORTS, { keepModels: true, outcome: corpusPath('congress-report.txt'), outcomeSymbol: 'A/CONF.234/16', now: new Date('2026-11-24T00:00:00Z') });
  const files = await renderAll(run, ['akn']);
  const dir = mkdtempSync(join(tmpdir(), 'concord-akn-'));
  for (const f of files) writeFileSync(join(dir, f.name), f.bytes);
  const docs = new Map(files.map((f) => [f.name, elements(new DOMParser().parseFromString(Buffer.from(f.bytes).toString('utf8'), 'text/xml').documentElement as Element)]));
  const europe = docs.get('A-CONF-234-RPM-5-1.akn.xml') ?? [];

  it('writes one file per report and one for the outcome document, named from the symbol', () => {
    assert.deepEqual(files.map((f) => f.name).sort(), ['A-CONF-234-16.akn.xml', 'A-CONF-234-RPM-2-1.akn.xml', 'A-CONF-234-RPM-3-1.akn.xml', 'A-CONF-234-RPM-5-1.akn.xml']);
  });

  it('is valid against the Akoma Ntoso 3.0 schema, every file', { skip: skipWithoutXmllint }, () => {
    assert.equal(schemaErrors('akomantoso30.xsd', files.map((f) => join(dir, f.name))), '');
  });

  it('identifies the European report as /akn/un/doc/report/2019-04-25/A-CONF-234-RPM-5-1 (doc name="report")', () => {
    assert.equal(europe.find((e) => e.localName === 'doc')?.getAttribute('name'), 'report');
    const work = europe.find((e) => e.localName === 'FRBRWork');
    assert.ok(work !== undefined);
    assert.equal(elements(work).find((e) => e.localName === 'FRBRuri')?.getAttribute('value'), '/akn/un/doc/report/2019-04-25/A-CONF-234-RPM-5-1');
  });

  it('puts eId para_28__list_1__point_c on the item cited "A/CONF.234/RPM.5/1, para. 28 (c)", with its topics', () => {
    const rec = run.recommendations.find((r) => r.citation === 'A/CONF.234/RPM.5/1, para. 28 (c)');
    const point = europe.find((e) => e.getAttribute('eId') === 'para_28__list_1__point_c');
    assert.ok(rec !== undefined && point !== undefined);
    assert.equal(point.localName, 'point');
    assert.equal(elements(point).find((e) => e.localName === 'content')?.textContent, rec.text);
    assert.deepEqual(point.getAttribute('refersTo')?.split(' '), rec.topics.map((t) => `#topic_${t.id}`));
    const keywords = europe.filter((e) => e.localName === 'keyword' && e.getAttribute('href') === '#para_28__list_1__point_c');
    assert.deepEqual(keywords.map((k) => k.getAttribute('value')), rec.topics.map((t) => t.id));
  });

  it('gives every recommendation of every report its item, by the eId its citation implies', () => {
    for (const r of run.recommendations) {
      const doc = docs.get(`${symbolComponent(r.symbol)}.akn.xml`) ?? [];
      const eId = `para_${r.paragraph}${r.subparagraph === '' ? '' : `__list_1__point_${r.subparagraph}`}`;
      assert.equal(doc.find((e) => e.getAttribute('eId') === eId)?.localName, r.subparagraph === '' ? 'paragraph' : 'point', r.citation);
    }
  });

  it('tells apart the congress report\'s paragraphs whose numbers repeat (the declaration\'s para. 23 and the proceedings\')', () => {
    const congress = docs.get('A-CONF-234-16.akn.xml') ?? [];
    const eIds = congress.map((e) => e.getAttribute('eId')).filter((e): e is string => e !== null && e !== '');
    assert.equal(new Set(eIds).size, eIds.length);
    assert.ok(eIds.includes('chp_I__res_1__para_23'));
  });

  it('writes the trace as links between eIds that exist in both files', () => {
    const sets = new Map([...docs].map(([name, els]) => [name, new Set(els.map((e) => e.getAttribute('eId') ?? ''))]));
    const eIdsOf = (name: string): Set<string> => sets.get(name) ?? new Set();
    const byWork = new Map(files.map((f) => [(docs.get(f.name) ?? []).find((e) => e.localName === 'FRBRuri')?.getAttribute('value'), f.name]));
    let links = 0;
    for (const [name, elementsOf] of docs) {
      for (const link of elementsOf.filter((e) => e.localName === 'link' && e.namespaceURI === 'urn:concord:akn:trace:1.0')) {
        links += 1;
        assert.ok(eIdsOf(name).has((link.getAttribute('from') ?? '').slice(1)), `${name}: ${link.getAttribute('from')}`);
        const [work, eId] = (link.getAttribute('to') ?? '').split('/!main#');
        const target = byWork.get(work);
        assert.ok(target !== undefined && eIdsOf(target).has(eId ?? ''), `${name}: ${link.getAttribute('to')}`);
      }
    }
    const traced = run.recommendations.reduce((n, r) => n + (r.trace?.links.length ?? 0), 0);
    assert.equal(links, 2 * traced);
  });

  it('names the declaration\'s four preambular paragraphs in its preamble and links "A/CONF.234/RPM.5/1, para. 57 (c)" to the one recalling the Doha Declaration', () => {
    const congress = docs.get('A-CONF-234-16.akn.xml') ?? [];
    const preambular = congress.filter((e) => e.localName === 'hcontainer' && e.getAttribute('name') === 'preambularParagraph');
    assert.deepEqual(preambular.map((e) => e.getAttribute('eId')), [1, 2, 3, 4].map((n) => `chp_I__res_1__preamble__para_${n}`));
    assert.match(preambular[2]?.textContent ?? '', /^\s*Recalling the Doha Declaration/);
    const link = europe.find((e) => e.localName === 'link' && e.getAttribute('from') === '#para_57__list_1__point_c' && (e.getAttribute('to') ?? '').endsWith('#chp_I__res_1__preamble__para_3'));
    assert.equal(link?.getAttribute('citation'), 'A/CONF.234/16, chap. I, resol. 1, preamble, para. 3');
    const back = congress.find((e) => e.localName === 'link' && e.getAttribute('from') === '#chp_I__res_1__preamble__para_3');
    assert.ok(back !== undefined, 'the outcome links its preambular paragraph back to the recommendation');
  });

  it('writes the footnotes where their markers stood, as authorialNote', () => {
    const lac = docs.get('A-CONF-234-RPM-3-1.akn.xml') ?? [];
    const notes = lac.filter((e) => e.localName === 'authorialNote');
    assert.equal(notes.length, 3);
    assert.ok(notes.every((n) => (n.textContent ?? '').length > 0 && n.getAttribute('marker') !== null));
  });
});

describe('a meeting\'s date for its FRBR identifiers', () => {
  it('is the last day of the meeting', () => {
    assert.equal(meetingDate({ name: 'm', dates: '23 to 25 April 2019' }), '2019-04-25');
    assert.equal(meetingDate({ name: 'm', dates: '7–12 March 2021' }), '2021-03-12');
    assert.equal(meetingDate({ name: 'm', dates: '30 January to 1 February 2019' }), '2019-02-01');
    assert.equal(meetingDate({ name: 'm' }), undefined);
  });
});

describe('the Akoma Ntoso file of the European report read from Word', async () => {
  const run = await buildRun([sharedPath('formats', 'rpm-europe.docx')], { keepModels: true, now: new Date('2026-11-24T00:00:00Z') });
  const files = await renderAll(run, ['akn']);

  it('has the same name and the same eIds for the same recommendations as the text', { skip: skipWithoutXmllint }, () => {
    assert.deepEqual(files.map((f) => f.name), ['A-CONF-234-RPM-5-1.akn.xml']);
    const xml = Buffer.from(files[0]?.bytes ?? []).toString('utf8');
    assert.ok(xml.includes('<point eId="para_28__list_1__point_c"'));
    const dir = mkdtempSync(join(tmpdir(), 'concord-akn-docx-'));
    writeFileSync(join(dir, 'europe.xml'), xml);
    assert.equal(schemaErrors('akomantoso30.xsd', [join(dir, 'europe.xml')]), '');
  });
});

describe('an item with items of its own', async () => {
  // The European report, with a nested item "(c) (i)" added under para. 28 (c), as other reports have them.
  const run = await buildRun([corpusPath('rpm-europe.txt')], { keepModels: true, now: new Date('2026-11-24T00:00:00Z') });
  const report = run.models?.reports[0];
  assert.ok(report !== undefined);
  const paragraphs = report.paragraphs.map((p) => {
    if (p.number !== 28) return p;
    const c = p.items.find((i) => i.label === 'c');
    assert.ok(c !== undefined);
    const nested = { ...c, label: 'c.i', text: 'Nested item text;', citation: 'A/CONF.234/RPM.5/1, para. 28 (c) (i)' };
    return { ...p, items: p.items.flatMap((i) => (i.label === 'c' ? [i, nested] : [i])) };
  });
  const files = await renderAll({ ...run, models: { reports: [{ ...report, paragraphs }] } }, ['akn']);
  const xml = Buffer.from(files[0]?.bytes ?? []).toString('utf8');

  it('nests it as a list inside its point, with the eId of its path', { skip: skipWithoutXmllint }, () => {
    assert.match(xml, /<point eId="para_28__list_1__point_c"[^>]*><num>\(c\)<\/num><intro><p>[^<]+<\/p><\/intro><list eId="para_28__list_1__point_c__list_1"><point eId="para_28__list_1__point_c__list_1__point_i"><num>\(i\)<\/num><content><p>Nested item text;<\/p><\/content><\/point><\/list><\/point>/);
    const dir = mkdtempSync(join(tmpdir(), 'concord-akn-nested-'));
    writeFileSync(join(dir, 'nested.xml'), xml);
    assert.equal(schemaErrors('akomantoso30.xsd', [join(dir, 'nested.xml')]), '');
  });
});
