// The job runner on its own: one job of a kind at a time and the rest queued, a queued job
// cancelled before it runs, a failure kept with its message, a job saving no longer cancellable.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { JobRunner } from '../../src/server/jobs/runner.ts';
import { ApiError } from '../../src/server/errors.ts';

/** A promise and the function that settles it, to hold a job where a test wants it. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open = (): void => undefined;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe('the job runner', () => {
  it('runs one job of a kind at a time, queues the next, and drops a queued job that is cancelled', async () => {
    const runner = new JobRunner();
    const first = gate();
    let secondRan = false;
    const a = runner.start('export', 1, null, async () => {
      await first.opened;
      return {};
    });
    const b = runner.start('export', 1, 'Ana', async () => {
      secondRan = true;
      return {};
    });
    assert.equal(runner.get(a.id)?.state, 'running');
    assert.equal(runner.get(b.id)?.state, 'queued');
    assert.equal((await runner.cancel(b.id)).state, 'cancelled');
    first.open();
    assert.equal((await runner.wait(a.id)).job.state, 'done');
    assert.equal(secondRan, false);
    assert.deepEqual(runner.list(1).map((j) => j.id), [b.id, a.id], 'newest first');
    assert.equal(runner.list(1)[0]?.startedBy, 'Ana');
  });

  it('keeps a failure with its message, and the error for a request that waits', async () => {
    const runner = new JobRunner();
    const job = runner.start('remap', 2, null, async () => {
      throw new ApiError(409, 'conflict', 'the project changed while it was being re-mapped');
    });
    const { job: ended, cause } = await runner.wait(job.id);
    assert.equal(ended.state, 'failed');
    assert.equal(ended.error, 'the project changed while it was being re-mapped');
    assert.ok(cause instanceof ApiError && cause.status === 409);
    await assert.rejects(runner.cancel(job.id), /already failed/);
  });

  it('refuses to cancel a job that is saving, and lets it finish', async () => {
    const runner = new JobRunner();
    const saving = gate();
    const saved = gate();
    const job = runner.start('remap', 3, null, async (context) => {
      context.committing();
      context.progress({ step: 'save' });
      saving.open();
      await saved.opened;
      return {};
    });
    await saving.opened;
    await assert.rejects(runner.cancel(job.id), /saving its results and can no longer be cancelled/);
    saved.open();
    assert.equal((await runner.wait(job.id)).job.state, 'done');
  });

  it('keeps an export file for download, and answers 409 before it is done and 410 once let go', async () => {
    const runner = new JobRunner();
    const rendered = gate();
    const job = runner.start('export', 4, null, async () => {
      await rendered.opened;
      return { file: { name: 'mapping.csv', contentType: 'text/csv', bytes: Buffer.from('a,b\n') } };
    });
    assert.throws(() => runner.file(job.id), (error: unknown) => error instanceof ApiError && error.status === 409);
    rendered.open();
    const { job: done } = await runner.wait(job.id);
    assert.equal(done.export?.download, `/api/jobs/${job.id}/download`);
    assert.equal(done.export?.file.size, 4);
    assert.equal(Buffer.from(runner.file(job.id).bytes).toString(), 'a,b\n');
    runner.release(job.id);
    assert.throws(() => runner.file(job.id), (error: unknown) => error instanceof ApiError && error.status === 410);
  });
});
