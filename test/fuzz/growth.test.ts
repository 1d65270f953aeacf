// Each reader's time grows at most about linearly with its input: every family that once
// took quadratic time (issue 13) is read at n and at 2n, n doubled from half the size the
// issue quoted until a read is long enough to measure, and the ratio of the times (the best
// of three each, and the best of three tries, so a busy machine's pauses count less) stays
// below 2.5. Ratios only, never absolute times.
import { describe, it } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import assert from 'node:assert/strict';
import { readDocumentFromBytes } from '../../src/readers/index.ts';
import { isConcordError } from '../../src/model/errors.ts';
import { FAMILIES, type Input } from './families.ts';

/** Reads shorter than this are mostly noise on a shared machine. */
const MEASURABLE_MS = 300;

// A full collection before each timed read, so no read pays for the garbage of the one before.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

async function bestOf(runs: number, input: Input): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    collect();
    const started = performance.now();
    try {
      await readDocumentFromBytes(input.name, input.bytes);
    } catch (error) {
      if (!isConcordError(error)) throw error;
    }
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

describe('reading time grows about linearly with the input', () => {
  for (const family of FAMILIES.filter((f) => f.timed)) {
    it(`for ${family.id}: doubling the input less than 2.5x the time`, async () => {
      let n = Math.round(family.quoted / 2);
      let small = await family.make(n);
      await bestOf(1, small); // warm the code paths once
      while ((await bestOf(2, small)) < MEASURABLE_MS && 4 * n <= (family.max ?? Number.POSITIVE_INFINITY)) {
        n *= 2;
        small = await family.make(n);
      }
      const large = await family.make(2 * n);
      let ratio = Number.POSITIVE_INFINITY;
      for (let attempt = 0; attempt < 3 && ratio >= 2.5; attempt++) ratio = Math.min(ratio, (await bestOf(3, large)) / (await bestOf(3, small)));
      assert.ok(ratio < 2.5, `${family.id}: n=${n} -> 2n took ${ratio.toFixed(2)}x the time`);
    });
  }
});
