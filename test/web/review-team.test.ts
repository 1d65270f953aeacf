// Two reviewers in two browsers on one `concord serve`: deciding the same topic at once ends
// in one decision and a visible conflict for the other, never a silent overwrite. And what a
// single reviewer relies on: a note survives j/k and a reload, undo, Accept on a rejected
// topic, links that stay put under the pointer with their paragraph's text, and a hung
// server that is named as such instead of "Saving…" forever.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { RecommendationDetail, RecommendationList } from '../../src/server/api-types.ts';
import { corpusPath } from '../support/shared.ts';
import { ensureBuilt, launchBrowser, runConcord, screenshotDir, skipReason, startServer, type RunningServer } from './harness.ts';

describe('reviewers sharing the workbench', { skip: skipReason(), timeout: 300_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let ana: Page;
  let bo: Page;
  let recs: RecommendationList['recommendations'] = [];
  const folder = mkdtempSync(join(tmpdir(), 'concord-team-'));

  const reviewerPage = async (name: string): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, reducedMotion: 'reduce' });
    contexts.push(context);
    await context.addInitScript((who) => localStorage.setItem('concord.reviewer', who), name);
    return context.newPage();
  };
  const open = async (page: Page, rid: string) => {
    await page.goto(`${server.url}/#/p/1/review?rec=${encodeURIComponent(rid)}`);
    const panel = page.locator(`article.rec.selected[data-rid="${rid}"]`);
    await panel.locator('.history').waitFor();
    return panel;
  };
  const detail = async (rid: string): Promise<RecommendationDetail> =>
    (await (await fetch(`${server.url}/api/projects/1/recommendations/${encodeURIComponent(rid)}`)).json()) as RecommendationDetail;

  before(async () => {
    ensureBuilt();
    copyFileSync(corpusPath('rpm-europe.txt'), join(folder, 'rpm-europe.txt'));
    server = await startServer((db) => {
      runConcord(['import', folder, '--db', db, '--project', 'Team', '--outcome', corpusPath('congress-report.txt'), '--outcome-symbol', 'A/CONF.234/16']);
    });
    recs = ((await (await fetch(`${server.url}/api/projects/1/recommendations`)).json()) as RecommendationList).recommendations;
    browser = await launchBrowser();
    ana = await reviewerPage('Ana');
    bo = await reviewerPage('Bo');
  });

  after(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('ends two reviewers deciding the same topic at once in one decision and a visible conflict for the other', async () => {
    const target = recs.find((r) => r.topics.length >= 2);
    assert.ok(target !== undefined);
    const topic = target.topics[0]?.id ?? '';
    const [anaPanel, boPanel] = await Promise.all([open(ana, target.id), open(bo, target.id)]);
    await Promise.all([
      anaPanel.getByRole('button', { name: `Accept ${topic}` }).click(),
      boPanel.getByRole('button', { name: `Reject ${topic}` }).click(),
    ]);
    const conflictOf = (panel: typeof anaPanel) => panel.getByRole('alert', { name: 'Decision conflict' });
    await Promise.race([conflictOf(anaPanel).waitFor(), conflictOf(boPanel).waitFor()]);
    const anaLost = await conflictOf(anaPanel).isVisible();
    const [loser, winner, winnerName, winnerVerb, winnerStatus] = anaLost
      ? [anaPanel, boPanel, 'Bo', 'rejected', 'rejected']
      : [boPanel, anaPanel, 'Ana', 'accepted', 'accepted'];
    await winner.locator(`[data-topic="${topic}"]`).getByText('Saved').waitFor();
    await conflictOf(winner).waitFor({ state: 'detached' });
    assert.match(await conflictOf(loser).innerText(), new RegExp(`${winnerName} ${winnerVerb} ${topic} meanwhile; your decision was not saved`));
    // The losing screen shows the winner's decision, not its own.
    await loser.locator(`[data-topic="${topic}"][data-status="${winnerStatus}"]`).waitFor();
    await loser.locator(`[data-topic="${topic}"]`).getByText('Not saved').waitFor();
    const stored = (await detail(target.id)).history.filter((h) => h.topic === topic);
    assert.deepEqual(stored.map((h) => h.reviewer), [winnerName], 'one decision is stored');
    await (anaLost ? ana : bo).screenshot({ path: join(screenshotDir, 'team-01-conflict.png') });
    // Keeping theirs closes the alert and stores nothing.
    await conflictOf(loser).getByRole('button', { name: 'Keep theirs' }).click();
    await conflictOf(loser).waitFor({ state: 'detached' });
    assert.equal((await detail(target.id)).history.length, 1);
  });

  it('accepts a rejected topic, and undoes it', async () => {
    const target = recs.filter((r) => r.topics.length >= 1)[3];
    assert.ok(target !== undefined);
    const topic = target.topics[0]?.id ?? '';
    const panel = await open(ana, target.id);
    const row = panel.locator(`[data-topic="${topic}"]`);
    await row.getByRole('button', { name: `Reject ${topic}` }).click();
    await panel.locator(`[data-topic="${topic}"][data-status="rejected"]`).getByText('Saved').waitFor();
    await row.getByRole('button', { name: `Accept ${topic}` }).click();
    await panel.locator(`[data-topic="${topic}"][data-status="accepted"]`).getByText('Saved').waitFor();
    await panel.getByRole('button', { name: new RegExp(`Undo: accept ${topic}`) }).click();
    await panel.locator(`[data-topic="${topic}"][data-status="rejected"]`).waitFor();
    await ana.keyboard.press('u');
    await panel.locator(`[data-topic="${topic}"][data-status="proposed"]`).waitFor();
    assert.deepEqual((await detail(target.id)).decisions, { accepted: [], rejected: [], added: [] });
  });

  it('keeps a note typed and not followed by a decision through j/k and a reload', async () => {
    const target = recs[5];
    assert.ok(target !== undefined);
    const panel = await open(ana, target.id);
    const note = panel.getByLabel('Note');
    await note.fill('Ask the Europe desk');
    await panel.getByText('Saved note').waitFor();
    // Typed, then straight away to the next recommendation: leaving the field saves it.
    await note.fill('Ask the Europe desk about the 2019 figures');
    await ana.keyboard.press('Escape');
    await ana.keyboard.press('j');
    await ana.locator(`article.rec.selected:not([data-rid="${target.id}"])`).waitFor();
    await ana.keyboard.press('k');
    await ana.locator(`article.rec.selected[data-rid="${target.id}"]`).getByLabel('Note').waitFor();
    await ana.waitForFunction(
      (rid) => (document.querySelector(`article.rec.selected[data-rid="${CSS.escape(rid)}"] textarea`) as HTMLTextAreaElement | null)?.value === 'Ask the Europe desk about the 2019 figures',
      target.id,
    );
    await ana.reload();
    const again = ana.locator(`article.rec.selected[data-rid="${target.id}"]`).getByLabel('Note');
    await again.waitFor();
    await ana.waitForFunction(
      (rid) => (document.querySelector(`article.rec.selected[data-rid="${CSS.escape(rid)}"] textarea`) as HTMLTextAreaElement | null)?.value === 'Ask the Europe desk about the 2019 figures',
      target.id,
    );
    const saved = await detail(target.id);
    assert.equal(saved.note?.text, 'Ask the Europe desk about the 2019 figures');
    assert.equal(saved.reviewState, 'unreviewed', 'a note is not a decision');
  });

  it('keeps the links in place when one is made partial, each with its paragraph’s text', async () => {
    const details = await Promise.all(recs.slice(0, 40).map((r) => detail(r.id)));
    const target = details.find((d) => d.links.length >= 2 && d.links.some((l) => l.strength === 'strong'));
    assert.ok(target !== undefined, 'a recommendation with two links, one strong');
    const panel = await open(ana, target.id);
    const links = panel.getByLabel('Trace links').locator('li[data-link]');
    await links.first().waitFor();
    const before = await links.evaluateAll((items) => items.map((li) => li.getAttribute('data-link')));
    const texts = await panel.getByLabel('Trace links').locator('li[data-link] .link-text').allInnerTexts();
    assert.equal(texts.length, before.length);
    assert.ok(texts.every((t) => t.length > 20), 'every link shows its paragraph’s text');
    const strong = target.links.find((l) => l.strength === 'strong');
    assert.ok(strong !== undefined);
    const item = panel.locator(`li[data-link="${strong.paragraph}"]`);
    await item.getByRole('button', { name: 'Make partial' }).click();
    await item.getByText('Saved').waitFor();
    await item.getByRole('button', { name: 'Make strong' }).waitFor();
    assert.deepEqual(await links.evaluateAll((items) => items.map((li) => li.getAttribute('data-link'))), before);
  });

  it('says so when the server does not answer a decision, and saves it on retry', { timeout: 90_000 }, async () => {
    const target = recs.filter((r) => r.topics.length >= 1)[6];
    assert.ok(target !== undefined);
    const topic = target.topics[0]?.id ?? '';
    const panel = await open(bo, target.id);
    await bo.route('**/decisions', () => undefined);
    try {
      await panel.getByRole('button', { name: `Accept ${topic}` }).click();
      await panel.locator(`[data-topic="${topic}"]`).getByText('Saving').waitFor();
      await panel.locator(`[data-topic="${topic}"]`).getByText(/did not answer within 20 s/).waitFor({ timeout: 40_000 });
    } finally {
      await bo.unroute('**/decisions');
    }
    await bo.getByRole('alert').filter({ hasText: 'did not answer' }).getByRole('button', { name: 'Retry' }).click();
    await panel.locator(`[data-topic="${topic}"][data-status="accepted"]`).getByText('Saved').waitFor();
  });
});
