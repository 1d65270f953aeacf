// Blind double coding in a real browser: an admin assigns recommendations of a region to two
// reviewers; each codes blind (the second does not see the first's choices), both submit; the
// admin sees the figures, adjudicates a disagreement, and the decision is in the review log.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { CodebookView, History } from '../../src/server/api-types.ts';
import { ensureBuilt, launchBrowser, screenshotDir, skipReason, startTeamServer, type RunningServer } from './harness.ts';


describe('blind double coding in a browser', { skip: skipReason(), timeout: 900_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  const passwords: Record<string, string> = {};
  const contexts: BrowserContext[] = [];
  const pages: Record<string, Page> = {};
  let topic = '';

  const signedIn = async (name: string): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, reducedMotion: 'reduce' });
    contexts.push(context);
    const page = await context.newPage();
    // A shared machine under load can take long over a first paint; the steps wait, they do not time.
    page.setDefaultTimeout(120_000);
    await page.goto(`${server.url}/#/`);
    const form = page.getByRole('region', { name: 'Sign in' });
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('Password').fill(passwords[name] ?? '');
    await form.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('user-bar').getByText(name).waitFor();
    await page.goto(`${server.url}/#/p/1/agreement`);
    await page.getByRole('heading', { name: 'Double coding and agreement' }).waitFor();
    return page;
  };
  const shot = (page: Page, name: string) => page.screenshot({ path: join(screenshotDir, `${name}.png`) });

  /** Codes the four assigned recommendations: `first` on the first, no topic on the rest; then submits. */
  const codeAll = async (page: Page, first: string[]): Promise<void> => {
    const panel = page.getByRole('region', { name: 'Blind coding' });
    for (let i = 1; i <= 4; i++) {
      await panel.getByRole('heading', { name: new RegExp(`^${i} of 4:`) }).waitFor();
      const chosen = i === 1 ? first : [];
      if (chosen.length === 0) await panel.getByRole('button', { name: 'No topic applies' }).click();
      for (const t of chosen) await panel.getByRole('group', { name: 'Topics' }).getByRole('checkbox', { name: new RegExp(`^${t} `) }).check();
      await panel.getByText(chosen.length === 0 ? 'Coded: no topic applies' : `Coded: ${chosen.join(', ')}`).waitFor();
      if (i < 4) await page.keyboard.press('j');
    }
    await page.keyboard.press('k');
    await panel.getByRole('heading', { name: /^3 of 4:/ }).waitFor();
    await panel.getByRole('button', { name: 'Submit my codings' }).click();
  };

  before(async () => {
    ensureBuilt();
    const team = await startTeamServer('Double coding', [['Amina', 'admin'], ['Ana', 'reviewer'], ['Ben', 'reviewer']]);
    server = team;
    Object.assign(passwords, team.passwords);
    browser = await launchBrowser();
  });

  after(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  it('lets an admin assign four recommendations of a region to two reviewers', async () => {
    const amina = (pages['Amina'] = await signedIn('Amina'));
    const codebook = await amina.evaluate(async () => (await (await fetch('/api/projects/1/codebook')).json()) as CodebookView);
    topic = codebook.codebook.sections[0]?.topics[0]?.id ?? '';
    const form = amina.getByRole('region', { name: 'New assignment' });
    await form.getByRole('checkbox', { name: 'Ana' }).check();
    await form.getByRole('checkbox', { name: 'Ben' }).check();
    await form.getByLabel('Region').selectOption('Europe');
    await form.getByLabel('How many').fill('4');
    await form.getByRole('button', { name: 'Assign' }).click();
    await amina.getByText(/4 recommendations, coders Ana \(0 coded\), Ben \(0 coded\)/).waitFor();
    await amina.getByText(/Still blind/).waitFor();
  });

  it("has two coders code blind: the second does not see the first's choices, nor the machine's", async () => {
    const ana = (pages['Ana'] = await signedIn('Ana'));
    await codeAll(ana, [topic]);
    await ana.getByText('You have submitted. The figures appear once every coder has.').waitFor();
    const ben = (pages['Ben'] = await signedIn('Ben'));
    const panel = ben.getByRole('region', { name: 'Blind coding' });
    await panel.getByRole('heading', { name: /^1 of 4:/ }).waitFor();
    await panel.getByText('Not coded yet').waitFor();
    assert.equal(await panel.getByRole('group', { name: 'Topics' }).getByRole('checkbox', { checked: true }).count(), 0, "none of Ana's topics is ticked for Ben");
    assert.doesNotMatch(await panel.innerText(), /Ana|proposed|score/i);
    await shot(ben, 'agreement-01-blind-coding');
    await codeAll(ben, []);
  });

  it('shows the admin the figures once both submitted, and records an adjudication in the review log', async () => {
    const amina = pages['Amina'];
    assert.ok(amina !== undefined);
    await amina.reload();
    const table = amina.getByRole('region', { name: 'Agreement: Ana vs Ben' });
    await table.waitFor();
    // One topic, four units: Ana applied it once, Ben never: agreement 3 of 4, kappa 0 (Ben's is constant).
    const row = table.getByRole('row', { name: new RegExp(`^${topic} `) });
    assert.match(await row.innerText(), /75\.0 %/);
    await amina.getByRole('region', { name: 'Agreement: Ana vs machine' }).waitFor();
    await amina.getByRole('link', { name: 'Export CSV' }).waitFor();
    await amina.getByRole('link', { name: 'Export Excel' }).waitFor();
    const disagreements = amina.getByRole('list', { name: 'Disagreements' }).getByRole('listitem');
    assert.equal(await disagreements.count(), 1);
    await disagreements.first().getByRole('button', { name: 'Adjudicate' }).click();
    await disagreements.first().getByRole('checkbox', { name: new RegExp(`^${topic} `) }).check();
    await disagreements.first().getByRole('button', { name: 'Record adjudication' }).click();
    await disagreements.first().getByText(`Adjudicated by Amina: ${topic}`).waitFor();
    await shot(amina, 'agreement-02-report');
    const history = await amina.evaluate(async () => (await (await fetch('/api/projects/1/history')).json()) as History);
    const adjudicated = history.events.filter((e) => e.note === 'adjudicated: assignment 1');
    assert.ok(adjudicated.length > 0);
    assert.ok(adjudicated.every((e) => e.reviewer === 'Amina'), 'the adjudicator is the reviewer of each decision');
    assert.ok(adjudicated.some((e) => (e.action === 'add-topic' || e.action === 'accept-topic') && e.topic === topic), `${topic} applied by the adjudication`);
  });
});
