import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateUprMapping } from '../../eval/mapping-upr.ts';

describe('mapping the third UPR cycle against OHCHR\'s own coding', () => {
  it('with the second cycle\'s list as examples is clearly above zero-shot and above both baselines', async () => {
    const { rows, curve } = await evaluateUprMapping();
    const [zeroShot, withExamples, labelOverlap, bm25, crossValidated] = rows.map((r) => r.themes.f1);
    assert.ok(zeroShot !== undefined && withExamples !== undefined && labelOverlap !== undefined && bm25 !== undefined && crossValidated !== undefined);
    assert.ok(zeroShot > 0.5, `zero-shot ${zeroShot}`);
    assert.ok(withExamples >= zeroShot + 0.03, `with examples ${withExamples} vs zero-shot ${zeroShot}`);
    assert.ok(withExamples > bm25 + 0.1 && withExamples > labelOverlap + 0.1, `${withExamples} vs baselines ${labelOverlap}, ${bm25}`);
    assert.ok(crossValidated > withExamples, 'examples of the same taxonomy edition teach more');
    assert.equal(curve[0]?.f1, zeroShot, 'the curve starts at zero-shot');
    assert.ok((curve.at(-1)?.f1 ?? 0) > (curve[1]?.f1 ?? 1), 'and rises with the examples');
  });
});
