// The workbench in a real browser against a real `concord serve`: a new user creates a
// project, uploads the three regional reports and the congress report through the page,
// maps, reviews from the matrix, reloads, searches and downloads the Word annex.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { corpusPath } from '../support/shared.ts';
import { ensureBuilt, launchBrowser, screenshotDir, skipReason, startServer, type RunningServer } from './harness.ts';

const skip = skipReason();

describe('the workbench in a browser', { skip, timeout: 240_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  let accepted = '';
  let rejected = '';
  let acceptedOn = '';
  let rejectedOn = '';

  const shot = (name: string) => page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: false });

  before(async () => {
    ensureBuilt();
    server = await startServer();
    browser = await launchBrowser();
    context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' });
    page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    page.on('response', (r) => {
      if (r.status() >= 400) consoleErrors.push(`${r.request().method()} ${new URL(r.url()).pathname} answered ${r.status()}`);
    });
    page.on('request', (r) => {
      if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) foreignRequests.push(r.url());
    });
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('serves a page with no inline script and no external resource', async () => {
    const html = await (await fetch(server.url)).text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    assert.ok(scripts.length > 0);
    for (const tag of scripts) assert.match(tag, /\ssrc="\/assets\//);
    assert.doesNotMatch(html, /(src|href)="(https?:)?\/\//);
  });

  it('creates a project, asks the reviewer name once, and uploads reports and the outcome through the page', async () => {
    await page.goto(server.url);
    await page.getByLabel('Name').fill('Fourteenth Congress');
    await page.getByRole('button', { name: 'Create project' }).click();
    const who = page.getByRole('dialog', { name: 'Who is reviewing?' });
    await who.getByLabel('Your name').fill('Test Analyst');
    await who.getByRole('button', { name: 'Continue' }).click();
    await page.getByText('Reviewer: Test Analyst').waitFor();

    await page.getByLabel('Choose reports…').setInputFiles([
      corpusPath('rpm-europe.txt'),
      corpusPath('rpm-latin-america-caribbean.txt'),
      corpusPath('rpm-western-asia.txt'),
    ]);
    for (const symbol of ['A/CONF.234/RPM.5/1', 'A/CONF.234/RPM.3/1', 'A/CONF.234/RPM.2/1']) {
      await page.locator(`[data-document="${symbol}"]`).waitFor({ timeout: 60_000 });
    }
    // The congress report's text does not state its symbol: the analyst gives it.
    await page.getByLabel('Outcome document').getByLabel(/^Symbol/).fill('A/CONF.234/16');
    await page.getByLabel('Choose outcome…').setInputFiles(corpusPath('congress-report.txt'));
    // Read, not just received: the panel then offers to replace it.
    await page.getByLabel('Outcome document').getByText('Replace outcome…').waitFor({ timeout: 60_000 });
    await shot('01-uploaded');
  });

  it('runs mapping and tracing and leads straight to review', async () => {
    await page.getByRole('button', { name: 'Run mapping and tracing' }).click();
    const done = page.getByRole('status').filter({ hasText: /Mapped \d+ recommendations/ });
    await done.waitFor({ timeout: 120_000 });
    assert.match(await done.innerText(), /traced them into the outcome.*disagreements? with your decisions/s);
    await shot('02-overview-mapped');
    await page.getByRole('button', { name: /Start review/ }).click();
    await page.locator('article.rec.selected').waitFor();
    await shot('03-review');
  });

  it('opens a matrix cell and accepts and rejects topics, each shown saved only after the server answered', async () => {
    await page.getByRole('link', { name: 'Matrix' }).click();
    // A cell with at least two recommendations, so j moves to another one.
    const cells = page.locator('table.heatmap td button:not(.zero):not(:disabled):not([aria-label*="all regions"])');
    await cells.first().waitFor();
    const counts = await cells.allInnerTexts();
    const index = counts.findIndex((text) => Number(text) >= 2);
    assert.ok(index >= 0, 'a matrix cell with two or more recommendations');
    await cells.nth(index).click();
    const panel = page.locator('article.rec.selected');
    await panel.waitFor();
    await shot('04-matrix-cell');

    acceptedOn = (await panel.getAttribute('data-rid')) ?? '';
    const proposedRow = panel.locator('[data-status="proposed"]').first();
    accepted = (await proposedRow.getAttribute('data-topic')) ?? '';
    assert.ok(accepted, 'a proposed topic to accept');
    await proposedRow.getByRole('button', { name: `Accept ${accepted}` }).click();
    await panel.locator(`[data-topic="${accepted}"][data-status="accepted"]`).waitFor();
    await panel.locator(`[data-topic="${accepted}"]`).getByText('Saved').waitFor();

    await page.keyboard.press('j');
    const next = page.locator(`article.rec.selected:not([data-rid="${acceptedOn}"])`);
    await next.locator('[data-status="proposed"]').first().waitFor();
    rejectedOn = (await next.getAttribute('data-rid')) ?? '';
    // The keyboard acts on the first topic still only proposed.
    await next.locator('[data-cursor="true"][data-status="proposed"]').waitFor();
    rejected = (await next.locator('[data-cursor="true"]').getAttribute('data-topic')) ?? '';
    assert.equal(rejected, await next.locator('[data-status="proposed"]').first().getAttribute('data-topic'));
    await page.keyboard.press('r');
    await next.locator(`[data-topic="${rejected}"][data-status="rejected"]`).waitFor();
    await shot('05-decisions-saved');
  });

  it('keeps the decisions after a reload, with the reviewer in the history', async () => {
    await page.reload();
    await page.locator('article.rec.selected').waitFor();
    const base = page.url().replace(/\/matrix.*$/, '/review');
    await page.goto(`${base}?rec=${encodeURIComponent(acceptedOn)}`);
    const panel = page.locator(`article.rec.selected[data-rid="${acceptedOn}"]`);
    await panel.locator(`[data-topic="${accepted}"][data-status="accepted"]`).waitFor();
    await panel.getByLabel('History').getByText('Test Analyst').first().waitFor();
    await page.goto(`${base}?rec=${encodeURIComponent(rejectedOn)}`);
    await page.locator(`article.rec.selected[data-rid="${rejectedOn}"] [data-topic="${rejected}"][data-status="rejected"]`).waitFor();
    await shot('05b-after-reload');
  });

  it('searches as you type and marks the matched words', async () => {
    await page.getByRole('link', { name: 'Search' }).click();
    await page.getByLabel('Search text').fill('restorative justice');
    const results = page.getByTestId('search-results');
    await results.locator('mark').first().waitFor();
    const marked = (await results.locator('mark').first().innerText()).toLowerCase();
    assert.match(marked, /restorative|justice/);
    await shot('06-search');
  });

  it('marks "of" as a word only, never inside "Office" or "offenders"', async () => {
    await page.getByLabel('Search text').fill('of');
    const results = page.getByTestId('search-results');
    await results.locator('mark', { hasText: /^of$/i }).first().waitFor();
    await results.locator('mark', { hasText: /restorative|justice/i }).first().waitFor({ state: 'detached' });
    const marks = await results.locator('mark').allInnerTexts();
    assert.ok(marks.length > 0);
    assert.deepEqual([...new Set(marks.map((m) => m.toLowerCase()))], ['of']);
  });

  it('says "no such view" for a mistyped address instead of showing the Overview', async () => {
    const hash = new URL(page.url()).hash.replace(/^(#\/p\/[^/]+)\/.*$/, '$1/matrx');
    await page.evaluate((h) => {
      window.location.hash = h;
    }, hash);
    await page.getByRole('heading', { name: 'No such view' }).waitFor();
    await page.getByRole('alert').getByText('“matrx”', { exact: false }).waitFor();
    await shot('06b-no-such-view');
    await page.getByRole('alert').getByRole('link', { name: 'Search' }).click();
    await page.getByLabel('Search text').waitFor();
  });

  it('shows a decision the server refused as not saved, and saves it on retry', async () => {
    await page.getByRole('link', { name: /^Review/ }).click();
    // The keyboard acts on the row under the cursor: the first topic still only proposed.
    const cursorRow = page.locator('article.rec.selected [data-cursor="true"][data-status="proposed"]');
    await cursorRow.waitFor();
    const topic = (await cursorRow.getAttribute('data-topic')) ?? '';
    const rid = (await page.locator('article.rec.selected').getAttribute('data-rid')) ?? '';
    const row = page.locator(`article.rec.selected[data-rid="${rid}"] [data-topic="${topic}"]`);
    await page.route('**/decisions', (route) =>
      route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: { code: 'unavailable', message: 'the store is busy' } }) }),
    );
    try {
      await page.keyboard.press('a');
      await row.getByText('Not saved').waitFor();
      assert.equal(await row.getAttribute('data-status'), 'proposed');
      await shot('06b-not-saved');
    } finally {
      await page.unroute('**/decisions');
    }
    await page.getByRole('alert').filter({ hasText: 'the store is busy' }).getByRole('button', { name: 'Retry' }).click();
    await page.locator(`article.rec.selected[data-rid="${rid}"] [data-topic="${topic}"][data-status="accepted"]`).waitFor();
  });

  it('shows the keyboard shortcuts on ?', async () => {
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await sheet.getByText('Accept the selected topic').waitFor();
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'hidden' });
  });

  it('shows a document as read, the narrative and the trace', async () => {
    await page.getByRole('link', { name: 'Documents' }).click();
    await page.locator('.doc .item.is-rec').first().waitFor();
    await shot('07-document');
    await page.getByRole('link', { name: 'Narrative' }).click();
    await page.getByText('No recommendation.').first().waitFor();
    await shot('08-narrative');
    await page.getByRole('link', { name: 'Trace' }).click();
    await page.getByLabel('Declaration paragraphs').waitFor();
    await page.getByText('Into A/CONF.234/16:').waitFor();
    await shot('09-trace');
  });

  it('changes the strength of a trace link and shows it saved', async () => {
    const links = page.getByLabel('Trace links');
    const toggle = links.getByRole('button', { name: /^Make (strong|partial)$/ }).first();
    // The first recommendation listed may not have been taken up: move (j) to one that was.
    for (let moves = 0; moves < 30 && (await page.getByText('Not taken up in the declaration.').isVisible()); moves += 1) {
      const shown = await page.getByLabel('Recommendation').inputValue();
      await page.keyboard.press('j');
      await page.waitForFunction((before) => (document.querySelector('select[aria-label="Recommendation"]') as HTMLSelectElement | null)?.value !== before, shown);
      await page.getByLabel('Declaration paragraphs').locator('.outcome-para, .empty').first().waitFor();
    }
    await toggle.waitFor();
    const target = (await toggle.innerText()).replace('Make ', '');
    await toggle.click();
    await links.getByText('Saved').first().waitFor();
    await links.getByText('changed by a reviewer').first().waitFor();
    assert.ok(['strong', 'partial'].includes(target));
    await shot('09b-trace-link-changed');
  });

  it('links one of the candidates ranked next in one click', async () => {
    const candidates = page.getByLabel('Trace links').locator('details.candidates');
    // Not every recommendation has paragraphs ranked next: move (j) to one that has.
    for (let moves = 0; moves < 30 && (await candidates.count()) === 0; moves += 1) {
      const shown = await page.locator('select[aria-label="Recommendation"]').inputValue();
      await page.keyboard.press('j');
      await page.waitForFunction((before) => (document.querySelector('select[aria-label="Recommendation"]') as HTMLSelectElement | null)?.value !== before, shown);
      await page.getByLabel('Declaration paragraphs').locator('.outcome-para, .empty').first().waitFor();
    }
    await candidates.locator('summary').waitFor();
    if ((await candidates.getAttribute('open')) === null) await candidates.locator('summary').click();
    const first = candidates.locator('[data-candidate]').first();
    const paragraph = (await first.getAttribute('data-candidate')) ?? '';
    // "para. 23", or "preamble, para. 3" for a preambular paragraph: the end of the link's citation.
    const place = ((await first.locator('strong').first().textContent()) ?? '').trim();
    await first.getByRole('button', { name: 'Link as partial' }).click();
    const added = page.getByLabel('Trace links').locator('li').filter({ hasText: place }).filter({ hasText: 'added by a reviewer' });
    await added.first().waitFor();
    await candidates.locator(`[data-candidate="${paragraph}"]`).waitFor({ state: 'detached' });
    await shot('09c-candidate-linked');
  });

  it('links a paragraph of the declaration\'s preamble, cited as such', async () => {
    const links = page.getByLabel('Trace links');
    const choice = links.locator('select[aria-label="Declaration paragraph"]');
    const value = await choice.locator('option', { hasText: /^Preamble, para\. 1 / }).getAttribute('value');
    assert.equal(value, 'preamble-1');
    await choice.selectOption('preamble-1');
    await links.getByRole('button', { name: 'Link paragraph' }).click();
    await links.locator('li').filter({ hasText: 'A/CONF.234/16, chap. I, resol. 1, preamble, para. 1' }).filter({ hasText: 'added by a reviewer' }).first().waitFor();
    await page.getByLabel('Declaration paragraphs').locator('.outcome-para').filter({ hasText: 'preamble, para. 1' }).filter({ hasText: /Assembled at the Fourteenth/ }).first().waitFor();
  });

  it('downloads the Word annex as a .docx (a zip)', async () => {
    await page.getByRole('link', { name: 'Overview' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a[data-format="docx"]').click()]);
    const path = await download.path();
    const bytes = readFileSync(path);
    assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK');
    assert.match(download.suggestedFilename(), /\.docx$/);
  });

  it('made no request outside the server and logged no page error', () => {
    assert.deepEqual(foreignRequests, []);
    // The refused decision above is the one failed request we caused on purpose.
    assert.deepEqual(consoleErrors.filter((text) => !/status of 503|answered 503/.test(text)), []);
  });
});
