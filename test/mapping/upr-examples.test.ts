import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCodebook, mapRecommendations, readExamples } from '../../src/mapping/index.ts';
import { readThematicList } from '../../src/mapping/examples-thematic-list.ts';
import { loadCrosswalk } from '../../src/mapping/crosswalk.ts';
import { labelIndex } from '../../src/mapping/label-match.ts';
import { CodebookError, InputError } from '../../src/model/errors.ts';
import type { Recommendation } from '../../src/model/types.ts';
import { sharedPath } from '../support/shared.ts';

const UPR = (name: string): string => sharedPath('corpus', 'upr-slovenia', name);
const UPR20 = UPR('UPR20-Slovenia-thematic-list.docx');
const UPR34 = UPR('UPR34-Slovenia-thematic-list.docx');
const tmp = (name: string, text: string): string => {
  const path = join(mkdtempSync(join(tmpdir(), 'concord-uprmap-')), name);
  writeFileSync(path, text);
  return path;
};
const rec = (text: string): Recommendation => ({
  type: 'recommendation', id: `A/HRC/1/1#1${text.length}`, symbol: 'A/HRC/1/1', paragraph: 1, subparagraph: String(text.length), citation: 'A/HRC/1/1, para. 1.1',
  section: [], context: { role: 'unknown', agendaItems: [], workshops: [], title: '' }, leadIn: '', text, paragraphId: 'p1', place: {},
});

describe('the uhri codebook', () => {
  it('is shipped, valid, and holds every theme and group label of OHCHR\'s lists, each in its facet', async () => {
    const codebook = await loadCodebook('uhri');
    const index = labelIndex(codebook);
    assert.deepEqual(index.facets, ['persons']);
    const text = (await import('node:fs')).readFileSync(UPR('uhri-labels.txt'), 'utf8');
    let facet: string | undefined;
    for (const line of text.split('\n')) {
      if (line.startsWith('## ')) { facet = /Groups/.test(line) ? 'persons' : undefined; continue; }
      if (line.startsWith('#') || line.trim() === '') continue;
      assert.ok(index.find(line, facet) !== undefined, `"${line}" is a topic of ${facet ?? 'the themes'}`);
    }
    assert.ok(codebook.sections.flatMap((s) => s.topics).every((t) => t.description !== '' && t.phrases.length > 0), 'every topic has a description and key phrases');
  });

  it('gives a recommendation its themes, and the groups of persons it names apart from them', async () => {
    const codebook = await loadCodebook('uhri');
    const [mapped] = mapRecommendations([rec('Ratify the International Convention for the Protection of All Persons from Enforced Disappearance')], codebook);
    const ids = mapped?.topics.map((t) => t.id) ?? [];
    assert.ok(ids.includes('A1') && ids.includes('D8'), ids.join(','));
    assert.ok(mapped?.topics.some((t) => t.facet === 'persons' && t.label === 'Disappeared persons'));
    assert.ok(mapped?.topics.filter((t) => t.facet === undefined).length, 'at least one theme');
  });
});

describe('examples from an OHCHR thematic list', () => {
  it('reads every row of the third cycle\'s list: number, text without the States, position and labels', () => {
    const rows = readThematicList(UPR34);
    assert.equal(rows.length, 215);
    const first = rows[0];
    assert.deepEqual([first?.symbol, first?.paragraph, first?.subparagraph, first?.states, first?.position], ['A/HRC/43/15', 121, '.1', ['France', 'Lithuania'], 'Supported']);
    assert.match(first?.text ?? '', /^Ratify the International Convention .* Enforced Disappearance$/);
    assert.deepEqual(first?.themes, ['Acceptance of international norms', 'Enforced disappearances']);
    assert.deepEqual(first?.persons, ['Disappeared persons']);
    assert.ok(rows.every((r) => r.states.length > 0), 'every row names its States');
    const merged = rows.find((r) => r.subparagraph === '.2' && r.paragraph === 121);
    assert.deepEqual(merged?.states, ['Ukraine', 'Slovakia'], 'two recommendations OHCHR merged in one row keep both States');
    assert.doesNotMatch(merged?.text ?? '', /Ukraine|Slovakia/);
  });

  it('maps the second cycle\'s coded labels through the shipped crosswalk, groups onto the persons facet', async () => {
    const codebook = await loadCodebook('uhri');
    const { items, messages } = readExamples(UPR20, codebook);
    assert.equal(items.length, 163);
    assert.deepEqual(messages, [], 'every label of the second cycle is in the crosswalk');
    const racial = items.find((i) => i.paragraph === 115 && i.subparagraph === '.2');
    assert.deepEqual([...(racial?.topics ?? [])].sort(), ['A1', 'C2', 'P15'].sort(), 'A12 -> A1, B32 -> C2, G1 Members of minorities -> the minorities group');
  });

  it('names each label it could not map, once, with its row', async () => {
    const codebook = await loadCodebook('crime-congress-14');
    const { items, messages } = readExamples(UPR34, codebook);
    assert.equal(items.length, 0);
    const acceptance = messages.find((m) => m.reason.includes('"Acceptance of international norms"'));
    assert.equal(acceptance?.severity, 'warning');
    assert.match(acceptance?.reason ?? '', /row 3, 121\.1, and \d+ more rows\) is no topic of codebook crime-congress-14/);
    assert.equal(acceptance?.place.source, UPR34);
  });

  it('takes a crosswalk given with the examples before the shipped ones, and checks its targets with their line', async () => {
    const codebook = await loadCodebook('uhri');
    const mine = tmp('mine.yaml', 'from: my old labels\nto: uhri\nlabels:\n  "A12 Acceptance of international norms": [Scope of international obligations]\n');
    const { items } = readExamples([mine, UPR20], codebook);
    assert.ok(items.find((i) => i.subparagraph === '.1')?.topics?.includes('A2'));
    const wrong = tmp('wrong.yaml', 'from: x\nto: uhri\nlabels:\n  old: [A1]\n  older: [No such theme]\n');
    assert.throws(() => loadCrosswalk(wrong, codebook, 'wrong.yaml'), (e) => e instanceof CodebookError && /^wrong\.yaml:5: "No such theme" \(for "older"\) is no topic of codebook uhri/.test(e.message));
  });

  it('refuses a Word file without a table of recommendations, saying what was expected', async () => {
    const codebook = await loadCodebook('uhri');
    assert.throws(() => readExamples(sharedPath('formats', 'rpm-europe.docx'), codebook), (e) => e instanceof InputError && /OHCHR thematic list was expected/.test(e.message));
    assert.throws(() => readExamples('no/such/list.docx', codebook), (e) => e instanceof InputError && /no\/such\/list\.docx: cannot read the thematic list/.test(e.message));
  });
});

describe('examples from an earlier Concord export', () => {
  it('takes the confident topics of a mapping.json, by id under the same codebook', async () => {
    const codebook = await loadCodebook('uhri');
    const mapped = mapRecommendations([rec('Combat trafficking in persons and protect the victims of trafficking')], codebook);
    const file = tmp('mapping.json', JSON.stringify({ codebook: { id: 'uhri' }, recommendations: mapped }));
    const { items } = readExamples(file, codebook);
    assert.deepEqual(items[0]?.topics, mapped[0]?.topics.filter((t) => !t.lowConfidence).map((t) => t.id));
    assert.equal(items[0]?.text, mapped[0]?.text);
  });
});

describe('concord map with --examples given twice', () => {
  it('learns from both files and prints the labels it could not map as warnings, with their row', async () => {
    const { runMap } = await import('../../src/cli/commands/map.ts');
    const out: string[] = [];
    const err: string[] = [];
    const code = await runMap([sharedPath('corpus', 'crime-congress-14', 'rpm-europe.txt')], { codebook: 'crime-congress-14', examples: [UPR34, sharedPath('gold', 'topics.dev.json')], json: true }, { out: (t) => out.push(t), err: (l) => err.push(l) });
    assert.equal(code, 0);
    assert.ok(err.some((line) => /^concord map: theme label "Acceptance of international norms" \(row 3, 121\.1, and \d+ more rows\) is no topic of codebook crime-congress-14/.test(line)), err.join('\n'));
    const json = JSON.parse(out.join('')) as { documents: { recommendations: { topics: unknown[] }[] }[] };
    assert.equal(json.documents[0]?.recommendations.length, 43);
  });
});
