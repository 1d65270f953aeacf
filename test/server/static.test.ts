import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/open.ts';
import { createApp } from '../../src/server/app.ts';

describe('the workbench pages', () => {
  let dir: string;
  let store: Store;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'concord-static-'));
    store = await openStore(join(dir, 'store.sqlite'));
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('says how to build the front end when it is not built', async () => {
    const { app } = createApp({ store, webRoot: join(dir, 'dist') });
    const page = await app.request('/');
    assert.equal(page.status, 503);
    assert.match(await page.text(), /npx vite build --config web\/vite\.config\.ts/);
    assert.equal((await app.request('/api/health')).status, 200);
  });

  it('serves built files, falls back to index.html for app routes, and keeps /api JSON', async () => {
    const dist = join(dir, 'dist');
    mkdirSync(join(dist, 'assets'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(join(dist, 'assets', 'app.js'), 'console.log(1)');
    const { app } = createApp({ store, webRoot: dist });
    const script = await app.request('/assets/app.js');
    assert.equal(script.status, 200);
    assert.match(script.headers.get('content-type') ?? '', /javascript/);
    const route = await app.request('/projects/1/matrix');
    assert.match(await route.text(), /id="root"/);
    assert.match(route.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    assert.equal((await app.request('/assets/../../store.sqlite')).status === 200 && (await (await app.request('/assets/../../store.sqlite')).text()).includes('SQLite'), false);
    const missing = await app.request('/api/nothing');
    assert.equal(missing.status, 404);
    assert.equal(((await missing.json()) as { error: { code: string } }).error.code, 'not-found');
  });
});
