// The agreement statistics against examples worked by hand in the literature, and the cases
// where a statistic is undefined (null with a reason, never NaN).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { agreementTable, cohenKappa, krippendorffAlpha, percentAgreement } from '../../src/server/agreement/index.ts';
import type { Unit } from '../../src/server/agreement/index.ts';

/** A 2x2 table as units: [A yes & B yes, A yes & B no, A no & B yes, A no & B no]. */
function table2x2(yy: number, yn: number, ny: number, nn: number): Unit[] {
  const rows = (count: number, a: string, b: string): Unit[] => Array.from({ length: count }, () => [a, b]);
  return [...rows(yy, 'yes', 'yes'), ...rows(yn, 'yes', 'no'), ...rows(ny, 'no', 'yes'), ...rows(nn, 'no', 'no')];
}

/** Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability", section C: 4 observers, 12 units, values 1-5, missing data. */
const KRIPPENDORFF_C: Unit[] = (() => {
  const _ = null;
  const observers = [
    ['1', '2', '3', '3', '2', '1', '4', '1', '2', _, _, _],
    ['1', '2', '3', '3', '2', '2', '4', '1', '2', '5', _, '3'],
    [_, '3', '3', '3', '2', '3', '4', '2', '2', '5', '1', _],
    ['1', '2', '3', '3', '2', '4', '4', '1', '2', '5', '1', _],
  ];
  return Array.from({ length: 12 }, (_unused, u) => observers.map((o) => o[u] ?? null));
})();

const round = (value: number | null, places = 3): number | null => (value === null ? null : Math.round(value * 10 ** places) / 10 ** places);

describe("Cohen's kappa", () => {
  it("gives 0.4 for Wikipedia's grant-proposal example (\"Cohen's kappa\", Simple example: 20/5/10/15 of 50)", () => {
    const units = table2x2(20, 5, 10, 15);
    assert.equal(round(percentAgreement(units).value), 0.7);
    assert.equal(round(cohenKappa(units).value), 0.4);
    assert.equal(cohenKappa(units).units, 50);
  });

  it("gives 0.1304 and 0.2593 for Wikipedia's two tables with the same 60% agreement (\"Cohen's kappa\", Same percentages but different numbers)", () => {
    assert.equal(round(cohenKappa(table2x2(45, 15, 25, 15)).value, 4), 0.1304);
    assert.equal(round(cohenKappa(table2x2(25, 35, 5, 35)).value, 4), 0.2593);
    assert.equal(percentAgreement(table2x2(45, 15, 25, 15)).value, 0.6);
  });

  it('skips units one of the two coders left out', () => {
    assert.deepEqual(cohenKappa([...table2x2(20, 5, 10, 15), ['yes', null], [null, 'no']]), cohenKappa(table2x2(20, 5, 10, 15)));
  });

  it('is null with a reason, not NaN, when both coders gave every unit the same category', () => {
    const kappa = cohenKappa(table2x2(0, 0, 0, 12));
    assert.equal(kappa.value, null);
    assert.match(kappa.reason ?? '', /same one category/);
    assert.equal(percentAgreement(table2x2(0, 0, 0, 12)).value, 1);
  });

  it('refuses more than two coders, pointing to alpha', () => {
    assert.match(cohenKappa([['a', 'a', 'b']]).reason ?? '', /Krippendorff/);
  });
});

describe("Krippendorff's alpha (nominal)", () => {
  it("gives 0.743 for Krippendorff's own 4-observer, 12-unit example with missing values (Krippendorff 2011, section C)", () => {
    const alpha = krippendorffAlpha(KRIPPENDORFF_C);
    assert.equal(round(alpha.value), 0.743);
    assert.equal(alpha.units, 11, 'unit 12 has one value only and is not pairable');
  });

  it('gives 0.095 for the binary two-observer example (Krippendorff 2011, section A)', () => {
    const a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0];
    const b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0];
    assert.equal(round(krippendorffAlpha(a.map((v, i) => [String(v), String(b[i])])).value), 0.095);
  });

  it('is null with a reason when every value is the same category', () => {
    const alpha = krippendorffAlpha([['x', 'x', 'x'], ['x', null, 'x']]);
    assert.equal(alpha.value, null);
    assert.match(alpha.reason ?? '', /same category/);
  });

  it('is null for one coder only and for no units at all, saying which', () => {
    assert.match(krippendorffAlpha([['a'], ['b']]).reason ?? '', /only one coder/);
    assert.match(krippendorffAlpha([]).reason ?? '', /no units/);
    assert.match(percentAgreement([]).reason ?? '', /no units/);
    assert.equal(cohenKappa([]).value, null);
  });
});

describe('the agreement table on topics', () => {
  const recs = ['r1', 'r2', 'r3', 'r4'];
  const codings = new Map([
    ['Ana', new Map([['r1', ['A1']], ['r2', ['A1', 'B2']], ['r3', []], ['r4', ['B2']]])],
    ['Ben', new Map([['r1', ['A1']], ['r2', ['A1']], ['r3', ['B2']], ['r4', ['B2']]])],
  ]);

  it('treats each topic as an applies / does not apply decision per recommendation, in the codebook order', () => {
    const table = agreementTable(['Ana', 'Ben'], recs, codings, ['A1', 'B2', 'C3']);
    assert.deepEqual(table.topics.map((t) => t.topic), ['A1', 'B2'], 'C3, which nobody applied, is not counted');
    const [a1, b2] = table.topics;
    assert.equal(a1?.percent.value, 1);
    assert.equal(a1?.kappa.value, 1);
    assert.deepEqual(a1?.applied, [2, 2]);
    assert.equal(b2?.percent.value, 0.5);
    assert.equal(b2?.kappa.value, 0);
    assert.equal(table.mean.percent.value, 0.75);
    assert.equal(table.mean.kappa.value, 0.5);
    assert.equal(table.pooled.percent.value, 0.75);
    assert.equal(table.pooled.percent.units, 8);
  });

  it('gives alpha but no kappa for three coders', () => {
    const three = new Map([...codings, ['Cy', new Map([['r1', ['A1']], ['r2', ['A1']]])]]);
    const table = agreementTable(['Ana', 'Ben', 'Cy'], recs, three, ['A1', 'B2']);
    assert.equal(table.pooled.kappa.value, null);
    assert.match(table.pooled.kappa.reason ?? '', /two coders, not 3/);
    assert.notEqual(table.pooled.alpha.value, null);
  });

  it('says so when nobody applied any topic', () => {
    const table = agreementTable(['Ana', 'Ben'], ['r1'], new Map([['Ana', new Map([['r1', []]])], ['Ben', new Map([['r1', []]])]]), []);
    assert.deepEqual(table.topics, []);
    assert.match(table.mean.alpha.reason ?? '', /no topic/);
  });
});
