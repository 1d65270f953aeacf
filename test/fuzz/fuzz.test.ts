// A short seeded fuzz run (about a minute) on every test run: mutated real reports and
// the generated families of issue 13, each read within its time limit, never an
// unexpected exception, never over 1 GB of memory.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fuzz, summary } from './harness.ts';

describe('the readers under a minute of seeded fuzzing', () => {
  it('end every input with a document or a clear one-line error, in time and under 1 GB', async () => {
    const report = await fuzz({ seconds: 60, seed: 20261201, timeLimitMs: 15_000, maxFactor: 0.5, recycleEvery: 6 });
    console.log(`fuzz: ${summary(report)}`);
    assert.ok(report.tried >= 10, `only ${report.tried} inputs were tried`);
    assert.ok(report.documents > 0 && report.expected > 0, 'both documents and refusals were met');
    assert.deepEqual(report.failures.map((f) => `${f.how}: ${f.detail.split('\n')[0]}`), []);
    assert.deepEqual(report.hangs.map((f) => f.how), []);
    assert.ok(report.peakRssMb < 1024, `peak RSS ${report.peakRssMb} MB`);
  });
});
