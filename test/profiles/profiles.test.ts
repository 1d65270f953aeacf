// Report profiles as data: the shipped ones validate, a broken one is refused with its file and
// line, a user's profile changes how a report is read, and --profile is checked before any report.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProfile, ProfileError, shippedProfiles } from '../../src/profiles/index.ts';
import { readTxt } from '../../src/readers/txt/index.ts';
import { structureDocument } from '../../src/readers/structure/index.ts';
import { EXIT_CODES } from '../../src/model/errors.ts';
import { corpusDocument } from '../readers/corpus.ts';
import { REPORT_HEAD } from '../readers/structure/fixture.ts';
import { corpusPath, sharedPath } from '../support/shared.ts';

const dir = mkdtempSync(join(tmpdir(), 'concord-profile-'));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const shipped = (name: string): string => readFileSync(new URL(`../../profiles/${name}.yaml`, import.meta.url), 'utf8');

function problem(path: string): string {
  try {
    loadProfile(path);
  } catch (error) {
    assert.ok(error instanceof ProfileError || (error instanceof Error && error.name === 'CodebookError'), String(error));
    return (error as Error).message;
  }
  assert.fail('the profile was accepted');
}

describe('report profiles', () => {
  it('ship the regional reports\' and the UPR Working Group\'s, both valid', () => {
    assert.deepEqual(shippedProfiles(), ['rpm', 'upr-working-group']);
    assert.equal(loadProfile('rpm').recommendations.numbering, 'lettered');
    assert.equal(loadProfile('upr-working-group').recommendations.numbering, 'decimal');
    assert.equal(loadProfile('upr-working-group').outcome.kind, 'positions');
  });

  it('read a regional report with the default profile, and name no profile in its model', async () => {
    const doc = await corpusDocument('rpm-europe.txt');
    assert.equal(doc.profile, undefined);
    assert.equal(doc.recommendations.length, 43);
  });

  it('refuse a pattern that is no regular expression, naming the file and line', () => {
    const path = file('bad-pattern.yaml', shipped('rpm').replace("'^summary of deliberations$'", () => "'^summary of (deliberations$'"));
    assert.match(problem(path), /bad-pattern\.yaml:\d+: not a regular expression .* at headings\.0\.pattern/);
  });

  it('refuse an unknown field and an unknown role, naming the line', () => {
    assert.match(problem(file('unknown-field.yaml', shipped('rpm').replace('numbering: lettered', 'numbering: lettered\n  numbred: yes'))), /unknown-field\.yaml:\d+: unknown field "numbred" at recommendations/);
    assert.match(problem(file('unknown-role.yaml', shipped('rpm').replace('role: summary-of-deliberations', 'role: summary'))), /unknown-role\.yaml:\d+: .* at headings\.0\.role/);
  });

  it('refuse an unknown name, listing the shipped profiles', () => {
    assert.match(problem('upr'), /unknown report profile "upr": .* rpm, upr-working-group/);
  });

  it('let a user\'s profile change how a report is read: another heading opens the recommendations', () => {
    const lines = [...REPORT_HEAD.slice(0, -1), 'Results of deliberations', '3. The Meeting made the following recommendations:', '(a) Strengthen cooperation;', '(b) Share information.'];
    const read = readTxt('fixture.txt', lines.join('\n\n'));
    const asShipped = structureDocument(read, { source: 'fixture.txt', symbol: 'A/CONF.999/RPM.9/1' });
    assert.equal(asShipped.recommendations.length, 0);
    const own = file('own.yaml', shipped('rpm').replace("'^outcome of deliberations$'", () => "'^(outcome|results) of deliberations$'").replace('id: rpm', 'id: own-rpm'));
    const doc = structureDocument(read, { source: 'fixture.txt', symbol: 'A/CONF.999/RPM.9/1', profile: own });
    assert.deepEqual(doc.recommendations.map((r) => r.citation), ['A/CONF.999/RPM.9/1, para. 3 (a)', 'A/CONF.999/RPM.9/1, para. 3 (b)']);
    assert.equal(doc.profile, 'own-rpm');
  });
});

describe('concord parse --profile', () => {
  const concord = (...args: string[]) => spawnSync(process.execPath, ['bin/concord.js', ...args], { encoding: 'utf8', timeout: 180_000 });

  it('exits 4 on an unknown or broken profile before reading any report', () => {
    const unknown = concord('parse', corpusPath('rpm-europe.txt'), '--profile', 'nope');
    assert.equal(unknown.status, EXIT_CODES.codebook, unknown.stderr);
    assert.match(unknown.stderr, /unknown report profile "nope"/);
    assert.equal(unknown.stdout, '');
  });

  it('reads a UPR report as a regional one when told to, and then finds none of its recommendations', () => {
    const result = concord('parse', sharedPath('corpus', 'upr-slovenia', 'A-HRC-28-15.pdf'), '--profile', 'rpm', '--json');
    assert.equal(result.status, 0, result.stderr);
    const doc = (JSON.parse(result.stdout) as { documents: { recommendations: unknown[]; profile?: string }[] }).documents[0];
    assert.equal(doc?.recommendations.length, 0);
    assert.equal(doc?.profile, undefined);
  });
});

describe('a UPR Working Group report given as text', () => {
  const lines = [
    'Human Rights Council',
    'Agenda item 6',
    'Universal periodic review',
    'Report of the Working Group on the Universal Periodic Review',
    'Ruritania',
    'I. Summary of the proceedings of the review process',
    '1. The delegation of Ruritania presented the national report.',
    'II. Conclusions and/or recommendations',
    '2. The following recommendations will be examined by Ruritania, which will provide responses in due time:',
    '2.1 Ratify the Optional Protocol to the Convention against Torture (Denmark) (Ghana);',
    '2.2 Adopt a national action plan on business and human rights (Bolivia (Plurinational State of), Côte d’Ivoire);',
    '2.3 Continue efforts to combat trafficking in persons, especially women and children (Philippines);',
    '3. All conclusions and/or recommendations contained in the present report reflect the position of the submitting State(s).',
  ];

  it('is recognised by its masthead and title, without a stated symbol, and read with its numbered recommendations and States', () => {
    const doc = structureDocument(readTxt('ruritania.txt', lines.join('\n\n')), { source: 'ruritania.txt', symbol: 'A/HRC/99/9' });
    assert.equal(doc.profile, 'upr-working-group');
    assert.equal(doc.title, 'Report of the Working Group on the Universal Periodic Review: Ruritania');
    assert.deepEqual(doc.recommendations.map((r) => r.citation), ['A/HRC/99/9, para. 2.1', 'A/HRC/99/9, para. 2.2', 'A/HRC/99/9, para. 2.3']);
    assert.deepEqual(doc.recommendations.map((r) => r.states), [['Denmark', 'Ghana'], ['Bolivia (Plurinational State of)', "Côte d'Ivoire"], ['Philippines']]);
    assert.ok(doc.messages.every((m) => m.ruleId !== 'no-recommendations'));
  });

  it('says where a recommendation names no State, and where one is out of sequence', () => {
    const odd = [...lines.slice(0, 9), '2.1 Ratify the Optional Protocol to the Convention against Torture;', '2.3 Adopt a national action plan (Ghana);'];
    const doc = structureDocument(readTxt('odd.txt', odd.join('\n\n')), { source: 'odd.txt', symbol: 'A/HRC/99/9' });
    assert.ok(doc.messages.some((m) => m.ruleId === 'no-states' && /para\. 2\.1 names no recommending State/.test(m.reason)));
    assert.ok(doc.messages.some((m) => m.ruleId === 'item-sequence' && /"2\.3" out of sequence \(expected "2\.2"\)/.test(m.reason)));
  });
});
