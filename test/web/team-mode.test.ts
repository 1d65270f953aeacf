// Team mode in a real browser: the sign-in screen, and each role signed in showing what it
// may and may not do. A viewer reads and exports; a reviewer also decides, recorded under
// their own name; an admin also uploads, re-maps and creates projects.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ensureBuilt, launchBrowser, screenshotDir, skipReason, startTeamServer, type RunningServer } from './harness.ts';

const skip = skipReason();

describe('team mode in a browser', { skip, timeout: 300_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  const passwords: Record<string, string> = {};
  const contexts: BrowserContext[] = [];
  /** Decisions the pages sent, as "METHOD path status". */
  const decisions: string[] = [];

  /** A fresh browser profile (its own cookies) on the projects page. */
  const open = async (): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce', acceptDownloads: true });
    contexts.push(context);
    const page = await context.newPage();
    page.on('response', (r) => {
      if (/\/decisions$/.test(new URL(r.url()).pathname)) decisions.push(`${r.request().method()} ${r.status()}`);
    });
    await page.goto(`${server.url}/#/`);
    return page;
  };
  const signIn = async (page: Page, name: string): Promise<void> => {
    const form = page.getByRole('region', { name: 'Sign in' });
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('Password').fill(passwords[name] ?? '');
    await form.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('user-bar').getByText(name).waitFor();
  };
  const openReview = async (page: Page): Promise<void> => {
    await page.getByRole('link', { name: 'Team review' }).click();
    await page.getByRole('link', { name: /^Review/ }).click();
    await page.locator('article.rec.selected [data-status="proposed"]').first().waitFor();
  };
  const shot = (page: Page, name: string) => page.screenshot({ path: join(screenshotDir, `${name}.png`) });

  before(async () => {
    ensureBuilt();
    const team = await startTeamServer('Team review', [['Amina', 'admin'], ['Rui', 'reviewer'], ['Vera', 'viewer']]);
    server = team;
    Object.assign(passwords, team.passwords);
    browser = await launchBrowser();
  });

  after(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  it('shows the sign-in screen, and says so when the password is wrong', async () => {
    const page = await open();
    const form = page.getByRole('region', { name: 'Sign in' });
    await form.waitFor();
    await form.getByLabel('Name').fill('Vera');
    await form.getByLabel('Password').fill('not her password');
    await form.getByRole('button', { name: 'Sign in' }).click();
    await form.getByRole('alert').getByText('the name or the password is wrong').waitFor();
    await shot(page, 'team-01-sign-in');
    assert.equal(await page.getByRole('link', { name: 'Team review' }).count(), 0);
  });

  it('lets a viewer read and export, with decisions, uploads, re-maps and new projects disabled', async () => {
    const page = await open();
    await signIn(page, 'Vera');
    await page.getByTestId('user-bar').getByText('viewer').waitFor();
    assert.ok(await page.getByRole('button', { name: 'Create project' }).isDisabled());
    await page.getByRole('link', { name: 'Team review' }).click();
    await documentsListed(page);
    assert.ok(await page.getByLabel('Choose reports…').isDisabled());
    assert.ok(await page.getByRole('button', { name: 'Run mapping and tracing' }).isDisabled());
    await page.getByText('Only an admin can change this.').waitFor();
    const changes: string[] = [];
    page.on('request', (r) => r.method() !== 'GET' && changes.push(`${r.method()} ${new URL(r.url()).pathname}`));
    const files = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['extends: crime-congress-14\n'], 'mine.yaml', { type: 'text/yaml' }));
      return transfer;
    });
    await page.getByRole('region', { name: 'Codebook' }).locator('.dropzone').dispatchEvent('drop', { dataTransfer: files });
    await page.getByRole('region', { name: 'Outcome document' }).locator('.dropzone').dispatchEvent('drop', { dataTransfer: files });
    await page.waitForTimeout(300);
    assert.deepEqual(changes, [], 'a file dropped on a disabled panel is not sent');
    const download = page.waitForEvent('download');
    await page.locator('a[data-format="csv"]').click();
    assert.match((await download).suggestedFilename(), /\.csv$/);

    await page.getByRole('link', { name: /^Review/ }).click();
    const panel = page.locator('article.rec.selected');
    const proposed = panel.locator('[data-status="proposed"]').first();
    await proposed.waitFor();
    const topic = (await proposed.getAttribute('data-topic')) ?? '';
    assert.ok(await proposed.getByRole('button', { name: `Accept ${topic}` }).isDisabled());
    await page.getByText('Only a reviewer or an admin can decide; you can read and export.').waitFor();
    await page.keyboard.press('a');
    await page.keyboard.press('c');
    await page.waitForTimeout(300);
    assert.equal(await panel.locator('[data-status="accepted"]').count(), 0);
    assert.deepEqual(decisions, [], 'the page sent no decision');
    assert.equal(await page.getByRole('dialog', { name: 'Who is reviewing?' }).count(), 0, 'no name to type in team mode');
    await shot(page, 'team-02-viewer');
  });

  it("lets a reviewer decide, recorded under the signed-in name, but not upload or re-map", async () => {
    const page = await open();
    await signIn(page, 'Rui');
    assert.ok(await page.getByRole('button', { name: 'Create project' }).isDisabled());
    await page.getByRole('link', { name: 'Team review' }).click();
    await documentsListed(page);
    assert.ok(await page.getByRole('button', { name: 'Run mapping and tracing' }).isDisabled());
    assert.ok(await page.getByLabel('Choose reports…').isDisabled());
    await page.getByRole('link', { name: /^Review/ }).click();
    const panel = page.locator('article.rec.selected');
    const proposed = panel.locator('[data-status="proposed"]').first();
    await proposed.waitFor();
    const topic = (await proposed.getAttribute('data-topic')) ?? '';
    await proposed.getByRole('button', { name: `Accept ${topic}` }).click();
    await panel.locator(`[data-topic="${topic}"][data-status="accepted"]`).waitFor();
    await panel.locator(`[data-topic="${topic}"]`).getByText('Saved').waitFor();
    await panel.getByLabel('History').getByText('Rui').first().waitFor();
    assert.equal(await page.getByRole('dialog', { name: 'Who is reviewing?' }).count(), 0);
    assert.deepEqual(decisions, ['POST 201']);
    await shot(page, 'team-03-reviewer');
  });

  it('lets an admin manage the project, and signs out back to the sign-in screen', async () => {
    const page = await open();
    await signIn(page, 'Amina');
    await page.getByTestId('user-bar').getByText('admin').waitFor();
    assert.ok(await page.getByRole('region', { name: 'New project' }).getByLabel('Name').isEnabled());
    await page.getByRole('link', { name: 'Team review' }).click();
    await documentsListed(page);
    assert.ok(await page.getByRole('button', { name: 'Run mapping and tracing' }).isEnabled());
    assert.ok(await page.getByLabel('Choose reports…').isEnabled());
    assert.equal(await page.getByText('Only an admin can change this.').count(), 0);
    await openReviewFromOverview(page);
    await page.getByTestId('user-bar').getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('region', { name: 'Sign in' }).waitFor();
    const status = await page.evaluate(async () => (await fetch('/api/projects')).status);
    assert.equal(status, 401, 'the session ended on the server');
  });

  it('brings back the sign-in screen when the session is gone, and returns to the same view after signing in', async () => {
    const page = await open();
    await signIn(page, 'Rui');
    await openReview(page);
    const view = new URL(page.url()).hash;
    await page.context().clearCookies();
    await page.getByRole('link', { name: 'Matrix' }).click();
    await page.getByRole('region', { name: 'Sign in' }).getByRole('status').getByText('Your session has ended').waitFor();
    await signIn(page, 'Rui');
    assert.match(new URL(page.url()).hash, /matrix/);
    assert.ok(view.includes('review'));
  });
});

/** The overview has listed the report: the run button no longer waits for it. */
async function documentsListed(page: Page): Promise<void> {
  await page.locator('[data-document="A/CONF.234/RPM.5/1"]').waitFor();
}

async function openReviewFromOverview(page: Page): Promise<void> {
  await page.getByRole('link', { name: /^Review/ }).click();
  await page.locator('article.rec.selected').waitFor();
  const topic = page.locator('article.rec.selected [data-status="proposed"]').first();
  if ((await topic.count()) > 0) assert.ok(await topic.getByRole('button').first().isEnabled());
}
