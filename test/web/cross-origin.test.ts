// Another page open in the same browser cannot change the workbench: its upload and re-map
// reach the server (simple requests need no pre-flight) and are refused with 403.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { corpusPath } from '../support/shared.ts';
import { freePort, launchBrowser, skipReason, startServer, type RunningServer } from './harness.ts';

const skip = skipReason();

describe('a page of another site in the same browser', { skip, timeout: 120_000 }, () => {
  let server: RunningServer;
  let evil: Server;
  let evilUrl = '';
  let browser: Browser;
  let page: Page;
  let pid = 0;
  const statuses = new Map<string, number>();

  before(async () => {
    server = await startServer();
    // Created without a browser's headers, as a script would: that passes.
    const created = await fetch(`${server.url}/api/projects`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'Target' }) });
    assert.equal(created.status, 201);
    pid = ((await created.json()) as { id: number }).id;
    const port = await freePort();
    evil = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Another site</title><p>nothing to see'));
    await new Promise<void>((done) => evil.listen(port, '127.0.0.1', done));
    evilUrl = `http://localhost:${port}/`;
    browser = await launchBrowser();
    page = await (await browser.newContext()).newPage();
    page.on('response', (r) => {
      if (r.url().startsWith(server.url)) statuses.set(`${r.request().method()} ${new URL(r.url()).pathname}`, r.status());
    });
    await page.goto(evilUrl);
  });

  after(async () => {
    await browser?.close();
    await new Promise((done) => evil?.close(done));
    await server?.stop();
  });

  it("has its upload and its re-map refused with 403, and the project stays empty", async () => {
    const report = readFileSync(corpusPath('rpm-europe.txt')).toString('latin1');
    await page.evaluate(
      async ({ base, id, text }) => {
        const form = new FormData();
        form.append('file', new Blob([text]), 'rpm-europe.txt');
        await fetch(`${base}/api/projects/${id}/documents`, { method: 'POST', mode: 'no-cors', body: form }).catch(() => undefined);
        await fetch(`${base}/api/projects/${id}/remap`, { method: 'POST', mode: 'no-cors', headers: { 'content-type': 'text/plain' }, body: '{"mode":"all"}' }).catch(() => undefined);
      },
      { base: server.url, id: pid, text: report },
    );
    assert.equal(statuses.get(`POST /api/projects/${pid}/documents`), 403);
    assert.equal(statuses.get(`POST /api/projects/${pid}/remap`), 403);
    const project = (await (await fetch(`${server.url}/api/projects/${pid}`)).json()) as { documentCount: number };
    assert.equal(project.documentCount, 0);
  });
});
