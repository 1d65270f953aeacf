import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { regionOf } from '../../../src/readers/structure/index.ts';
import { readTxt } from '../../../src/readers/txt/index.ts';
import { structureDocument } from '../../../src/readers/structure/index.ts';

const read = (name: string, lines: readonly string[], symbol?: string) =>
  structureDocument(readTxt(name, lines.join('\n\n')), { source: name, ...(symbol === undefined ? {} : { symbol }) });

describe('document metadata', () => {
  it('names the region from the meeting, in every spelling the reports use', () => {
    assert.equal(regionOf('European Regional Preparatory Meeting'), 'Europe');
    assert.equal(regionOf('Latin American and Caribbean Regional Preparatory Meeting'), 'Latin America and the Caribbean');
    assert.equal(regionOf('Western Asia Regional Preparatory Meeting'), 'Western Asia');
    assert.equal(regionOf('African Regional Preparatory Meeting'), 'Africa');
    assert.equal(regionOf('Asia and the Pacific Regional Preparatory Meeting'), 'Asia and the Pacific');
    assert.equal(regionOf('Asia-Pacific Regional Preparatory Meeting'), 'Asia and the Pacific');
    assert.equal(regionOf('Meeting of Experts'), undefined);
  });

  it('reads title, kind and meeting from the title line', () => {
    const doc = read('x.txt', ['Fourteenth Congress', 'Report of the African Regional Preparatory Meeting for the Fourteenth Congress, held in Addis Ababa from 4 to 6 March 2019', 'I. Introduction', '1. Text.']);
    assert.equal(doc.kind, 'regional-preparatory-meeting-report');
    assert.equal(doc.region, 'Africa');
    assert.deepEqual(doc.meeting, { name: 'African Regional Preparatory Meeting for the Fourteenth Congress', venue: 'Addis Ababa', dates: '4 to 6 March 2019' });
  });

  it("calls a document that is neither kind 'other'", () => {
    const doc = read('x.txt', ['Note by the Secretariat', 'I. Introduction', '1. Text.']);
    assert.equal(doc.kind, 'other');
    assert.equal(doc.region, undefined);
  });
});

describe('the document symbol', () => {
  const body = ['I. Introduction', '1. The Meeting adopted its provisional agenda (A/CONF.300/RPM.4/L.1).', '2. It adopted its report (A/CONF.300/RPM.4/L.2 and Add.1).'];

  it("infers a regional report's symbol from the drafts it names", () => {
    const doc = read('x.txt', ['Report of the African Regional Preparatory Meeting', ...body]);
    assert.equal(doc.symbol, 'A/CONF.300/RPM.4/1');
    assert.equal(doc.symbolProvisional, false);
    assert.equal(doc.paragraphs[0]?.citation, 'A/CONF.300/RPM.4/1, para. 1');
  });

  it('never takes the symbol from the file name', () => {
    const doc = read('A-CONF.234-RPM.5-1.txt', ['Report of the Meeting', 'I. Introduction', '1. Nothing cited here.']);
    assert.equal(doc.symbolProvisional, true);
    assert.match(doc.symbol, /^UNKNOWN-[0-9a-f]{8}$/);
    assert.equal(doc.messages.find((m) => m.ruleId === 'symbol-unknown')?.severity, 'warning');
  });

  it('gives the same stand-in for the same content', () => {
    const lines = ['Report of the Meeting', 'I. Introduction', '1. Nothing cited here.'];
    assert.equal(read('a.txt', lines).symbol, read('b.txt', lines).symbol);
  });

  it('lets a given symbol win over one the format states and one inferred', () => {
    const blocks = readTxt('x.txt', ['Report of the African Regional Preparatory Meeting', ...body].join('\n\n'));
    const stated = structureDocument({ ...blocks, statedSymbol: 'A/CONF.300/RPM.4/1/Corr.1' }, { source: 'x.txt' });
    assert.equal(stated.symbol, 'A/CONF.300/RPM.4/1/Corr.1');
    const given = structureDocument({ ...blocks, statedSymbol: 'A/CONF.300/RPM.4/1/Corr.1' }, { source: 'x.txt', symbol: 'A/CONF.300/RPM.4/1' });
    assert.equal(given.symbol, 'A/CONF.300/RPM.4/1');
  });
});
