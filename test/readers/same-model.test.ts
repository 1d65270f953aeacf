// The txt, docx and pdf renderings of the European report must give the same model:
// same symbol and region, same recommendations with the same citations and text.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readDocument } from '../../src/readers/index.ts';
import type { ConcordDocument } from '../../src/model/types.ts';
import { corpusPath, sharedPath } from '../support/shared.ts';

const FORMATS = ['txt', 'docx', 'pdf'] as const;
const pathOf = (format: (typeof FORMATS)[number]): string =>
  format === 'txt' ? corpusPath('rpm-europe.txt') : sharedPath('formats', `rpm-europe.${format}`);

const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();
const structure = (doc: ConcordDocument) => ({
  title: doc.title,
  kind: doc.kind,
  meeting: doc.meeting,
  headings: doc.headings.map((h) => `${h.level} ${h.role} ${h.text}`),
  paragraphs: doc.paragraphs.flatMap((p) => (p.number === null ? [] : [`${p.citation} ${normalise(p.text)}`])),
});
const summary = (doc: ConcordDocument) => ({
  symbol: doc.symbol,
  region: doc.region,
  recommendations: doc.recommendations.map((rec) => `${rec.citation} ${normalise(rec.text)}`),
});

describe('the same model from every format of the European report', () => {
  for (const format of FORMATS) {
    it(`reads the ${format} rendering into the same symbol, region and recommendations as the text`, async () => {
      const doc = await readDocument(pathOf(format));
      const reference = summary(await readDocument(pathOf('txt')));
      const actual = summary(doc);
      assert.equal(doc.format, format);
      assert.equal(actual.symbol, reference.symbol);
      assert.equal(actual.region, reference.region);
      assert.deepEqual(actual.recommendations, reference.recommendations);
    });

    it(`reads the ${format} rendering into the same title, headings and numbered paragraphs as the text`, async () => {
      const doc = await readDocument(pathOf(format));
      assert.deepEqual(structure(doc), structure(await readDocument(pathOf('txt'))));
    });
  }
});
