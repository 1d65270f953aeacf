// Word files with values no report has: one bad character costs one U+FFFD and a warning,
// an absurd list start or a letter label that would grow without end is read with a warning,
// a header named 250 times is read once.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readDocumentFromBytes } from '../../../src/readers/index.ts';
import { FAMILIES } from '../../fuzz/families.ts';

const make = (id: string, n: number) => FAMILIES.find((f) => f.id === id)!.make(n);

describe('Word files over the readers\' limits', () => {
  it('prints a w:sym that is no Unicode character as U+FFFD, with a warning on its paragraph', async () => {
    const input = await make('docx-bad-symbol', 1);
    const doc = await readDocumentFromBytes(input.name, input.bytes);
    assert.equal(doc.paragraphs[0]?.text, 'The Meeting\uFFFD');
    const warning = doc.messages.find((m) => m.ruleId === 'docx-bad-character');
    assert.equal(warning?.place.index, 1);
    assert.match(warning?.reason ?? '', /w:char="110001" is not a Unicode character/);
  });

  it('reads a letter list that starts at 400,000,000 with short labels and says why', async () => {
    const input = await make('docx-list-start', 400_000_000);
    const doc = await readDocumentFromBytes(input.name, input.bytes);
    const reasons = doc.messages.filter((m) => m.ruleId === 'docx-numbering-limit').map((m) => m.reason);
    assert.ok(reasons.some((r) => /a list starts at 400000000, outside Word's range 0–32767/.test(r)), reasons.join('\n'));
    assert.ok(reasons.some((r) => /labels are printed as numbers/.test(r)), reasons.join('\n'));
    assert.ok(doc.paragraphs.every((p) => p.text.length < 200));
  });

  it('refuses more paragraph styles than the limit, naming the part and the limit', async () => {
    const input = await make('docx-style-chain', 50_000);
    await assert.rejects(readDocumentFromBytes(input.name, input.bytes), /styles\.docx: holds 20,001 paragraph styles in word\/styles\.xml, over the limit of 20,000/);
  });

  it('reads a header part that 250 relationships name only once', async () => {
    const input = await make('docx-header-relationships', 250);
    const doc = await readDocumentFromBytes(input.name, input.bytes);
    assert.equal(doc.symbol, 'A/CONF.234/RPM.5/1');
  });
});
