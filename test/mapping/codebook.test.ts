import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCodebook, shippedCodebooks } from '../../src/mapping/index.ts';
import { CodebookError } from '../../src/model/errors.ts';

const dir = mkdtempSync(join(tmpdir(), 'concord-codebook-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const topic = (id: string, phrase = 'victim support'): string =>
  `      - id: ${id}\n        label: Topic ${id}\n        phrases: [${JSON.stringify(phrase)}]\n`;
const section = (id: string, topics: string, appliesTo = '{ roles: [cluster], agendaItems: [4] }'): string =>
  `  - id: ${id}\n    title: Section ${id}\n    appliesTo: ${appliesTo}\n    topics:\n${topics}`;
const codebook = (sections: string): string => `id: test\ntitle: Test codebook\nsections:\n${sections}`;

async function problem(path: string): Promise<string> {
  try {
    await loadCodebook(path);
  } catch (error) {
    assert.ok(error instanceof CodebookError, `expected a CodebookError, got ${String(error)}`);
    return error.message;
  }
  assert.fail('the codebook was accepted');
}

describe('the shipped codebook crime-congress-14', () => {
  it('has the six index sections of the snapshot with their 45 topics, numbered in order', async () => {
    const book = await loadCodebook();
    assert.equal(book.id, 'crime-congress-14');
    assert.deepEqual(book.sections.map((s) => `${s.id}${s.topics.length}`), ['A7', 'B6', 'C12', 'D10', 'E5', 'F5']);
    for (const s of book.sections) {
      assert.deepEqual(s.topics.map((t) => t.id), s.topics.map((_, i) => `${s.id}${i + 1}`));
    }
    assert.equal(book.sections[3]?.topics[6]?.label, 'Restorative justice');
  });

  it('is listed among the shipped codebooks, and an unknown name lists them', async () => {
    assert.ok(shippedCodebooks().includes('crime-congress-14'));
    const message = await problem('crime-congress-99');
    assert.match(message, /unknown codebook "crime-congress-99"/);
    assert.match(message, /crime-congress-14/);
  });
});

describe('a codebook file that does not validate', () => {
  it('names the file and line of an unknown field', async () => {
    const path = file('unknown.yaml', codebook(section('D', topic('D1') + '        phrase: typo\n')));
    assert.match(await problem(path), /unknown\.yaml:11: unknown field "phrase"/);
  });

  it('names the line of a duplicate topic id and where it was first defined', async () => {
    const path = file('duplicate.yaml', codebook(section('D', topic('D1') + topic('D1', 'restorative justice'))));
    assert.match(await problem(path), /duplicate\.yaml:11: duplicate topic id "D1" \(first defined at .*duplicate\.yaml:8\)/);
  });

  it('names the line of a key phrase that can never match', async () => {
    const path = file('stopwords.yaml', codebook(section('D', topic('D1', 'of the'))));
    assert.match(await problem(path), /stopwords\.yaml:10: key phrase "of the" of topic D1 can never match/);
  });

  it('refuses a section that applies to no report section', async () => {
    const path = file('nowhere.yaml', codebook(section('D', topic('D1'), '{}')));
    assert.match(await problem(path), /nowhere\.yaml:4: section "D" applies to no report section/);
  });

  it('reports wrong types and YAML syntax errors with their line', async () => {
    const wrongType = file('type.yaml', codebook(section('D', topic('D1'), '{ roles: [cluster], agendaItems: [four] }')));
    assert.match(await problem(wrongType), /type\.yaml:6: .*agendaItems/);
    const broken = file('syntax.yaml', 'id: test\ntitle: [unclosed\n');
    assert.match(await problem(broken), /syntax\.yaml:\d+: YAML syntax error/);
  });
});

describe('a user codebook that extends the shipped one', () => {
  it('changes a topic and adds one, keeping every other topic', async () => {
    const path = file('extends.yaml', [
      'extends: crime-congress-14',
      'sections:',
      '  - id: D',
      '    topics:',
      '      - id: D7',
      '        phrases: [restorative justice, victim-offender mediation]',
      '      - id: D11',
      '        label: Prison health',
      '        phrases: [health care in prison]',
    ].join('\n'));
    const book = await loadCodebook(path);
    const d = book.sections.find((s) => s.id === 'D');
    assert.equal(d?.topics.length, 11);
    assert.deepEqual(d?.topics.find((t) => t.id === 'D7')?.phrases, ['restorative justice', 'victim-offender mediation']);
    assert.equal(d?.topics.find((t) => t.id === 'D7')?.label, 'Restorative justice');
    assert.equal(book.sections.length, 6);
  });
});
