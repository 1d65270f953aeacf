// Re-maps and exports as jobs, in a real browser: the run panel shows the re-map's progress and
// cancels it, leaving the matrix as it was; an export shows its progress and then downloads.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { corpusPath, sharedPath } from '../support/shared.ts';
import { ensureBuilt, launchBrowser, runConcord, screenshotDir, skipReason, startServer, type RunningServer } from './harness.ts';

const skip = skipReason();

describe('re-map and export jobs in a browser', { skip, timeout: 300_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const shot = (name: string) => page.screenshot({ path: join(screenshotDir, `${name}.png`) });
  /** An API answer as the page gets it. */
  const fetched = (path: string): Promise<unknown> => page.evaluate(async (url) => (await fetch(url)).json(), path);

  before(async () => {
    ensureBuilt();
    server = await startServer((db) => {
      runConcord(['import', sharedPath('corpus', 'crime-congress-14'), '--db', db, '--project', 'Jobs', '--outcome', corpusPath('congress-report.txt'), '--outcome-symbol', 'A/CONF.234/16']);
    });
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce', acceptDownloads: true });
    page = await context.newPage();
    await page.goto(`${server.url}/#/`);
    await page.getByRole('link', { name: 'Jobs' }).click();
    const who = page.getByRole('dialog', { name: 'Who is reviewing?' });
    await who.getByLabel('Your name').fill('Test Analyst');
    await who.getByRole('button', { name: 'Continue' }).click();
    await page.locator('[data-document="A/CONF.234/RPM.5/1"]').waitFor();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows a re-map step by step, and cancelling it leaves the matrix and the mapping as they were', async () => {
    const before = { matrix: await fetched('/api/projects/1/matrix'), project: await fetched('/api/projects/1') };
    await page.getByRole('button', { name: 'Run mapping and tracing' }).click();
    const progress = page.getByRole('status', { name: 'Mapping progress' });
    await progress.waitFor();
    assert.match(await progress.innerText(), /Mapping: (Waiting|Starting|Mapping recommendations|Tracing)/);
    const run = page.getByRole('region', { name: 'Run' });
    assert.ok(await run.getByRole('button', { name: 'Mapping…' }).isDisabled(), 'one re-map at a time');
    assert.ok(await run.getByRole('button', { name: 'Re-map unreviewed with my decisions' }).isDisabled());
    await shot('jobs-01-remap-progress');
    await progress.getByRole('button', { name: 'Cancel' }).click();
    await page.getByText('Mapping cancelled: nothing was changed.').waitFor();
    await shot('jobs-02-remap-cancelled');
    assert.deepEqual(await fetched('/api/projects/1/matrix'), before.matrix);
    assert.deepEqual(await fetched('/api/projects/1'), before.project);
    assert.ok(await page.getByRole('button', { name: 'Run mapping and tracing' }).isEnabled());
  });

  it('runs a re-map to its end after a cancelled one', async () => {
    await page.getByRole('button', { name: 'Run mapping and tracing' }).click();
    await page.getByRole('status').filter({ hasText: /Mapped \d+ recommendations/ }).waitFor({ timeout: 120_000 });
  });

  it('exports the Word annex as a job, showing its progress, and downloads it', async () => {
    const downloaded = page.waitForEvent('download', { timeout: 120_000 });
    await page.locator('a[data-format="docx"]').click();
    await page.getByRole('status', { name: 'Word export progress' }).waitFor();
    const download = await downloaded;
    assert.match(download.suggestedFilename(), /\.docx$/);
    const bytes = readFileSync((await download.path()) ?? '');
    assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', 'a Word file is a zip');
    // Done: the bar is gone.
    await page.getByRole('status', { name: 'Word export progress' }).waitFor({ state: 'detached' });
  });
});
