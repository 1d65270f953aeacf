// The README's first minute: the bundled corpus imported with the CLI, the workbench opened
// at its address, a name typed, Enter, Enter, and the first recommendation reviewed.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { corpusPath, sharedPath } from '../support/shared.ts';
import { ensureBuilt, launchBrowser, runConcord, screenshotDir, skipReason, startServer, type RunningServer } from './harness.ts';

describe('the first minute after `concord import`', { skip: skipReason(), timeout: 240_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  before(async () => {
    ensureBuilt();
    server = await startServer((db) => {
      runConcord(['import', sharedPath('corpus', 'crime-congress-14'), '--db', db, '--project', 'Crime Congress 14', '--outcome', corpusPath('congress-report.txt')]);
    });
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    page = await context.newPage();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('opens the only project, asks for a name, and Enter starts the review, low-confidence recommendations first', async () => {
    await page.goto(server.url);
    const who = page.getByRole('dialog', { name: 'Who is reviewing?' });
    await who.getByLabel('Your name').waitFor();
    await page.keyboard.type('First Reviewer');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /Start review/ }).waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent?.includes('Start review'));
    await page.keyboard.press('Enter');
    const panel = page.locator('article.rec.selected');
    await panel.waitFor();
    assert.match(page.url(), /\/review\?.*state=unreviewed/);
    await page.screenshot({ path: join(screenshotDir, '10-first-run-review.png') });
  });

  it('accepts the selected topic with a and shows it saved', async () => {
    const panel = page.locator('article.rec.selected');
    const cursorRow = panel.locator('[data-cursor="true"][data-status="proposed"]');
    await cursorRow.waitFor();
    const topic = (await cursorRow.getAttribute('data-topic')) ?? '';
    assert.ok(topic);
    await page.keyboard.press('a');
    await panel.locator(`[data-topic="${topic}"][data-status="accepted"]`).waitFor();
    await panel.getByLabel('History').getByText('First Reviewer').waitFor();
  });
});
