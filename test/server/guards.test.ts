import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/open.ts';
import { createApp } from '../../src/server/app.ts';
import { acceptsHost } from '../../src/server/guards/host-check.ts';
import { checkBindHost, isLoopback } from '../../src/server/start.ts';
import type { ApiError, Project } from '../../src/server/api-types.ts';
import { corpusPath } from '../support/shared.ts';
import { backends } from '../store/backends.ts';
import type { TestDatabase } from '../store/backends.ts';
import { client } from './client.ts';

const upload = (name: string, bytes: Uint8Array): FormData => {
  const form = new FormData();
  form.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>]), name);
  return form;
};

for (const backend of backends) {
  describe(`requests only from the workbench itself, on ${backend.name}`, { skip: backend.skip }, () => {
    let database: TestDatabase;
    let store: Store;
    let api: ReturnType<typeof client>;
    let pid = 0;
    const europe = readFileSync(corpusPath('rpm-europe.txt'));
    const congress = readFileSync(corpusPath('congress-report.txt'));
    const evil = { origin: 'http://evil.example', 'sec-fetch-site': 'cross-site' };

    before(async () => {
      database = await backend.create();
      store = await openStore(database.location);
      // As `concord serve --port 8080` on 127.0.0.1 would see it.
      api = client(createApp({ store, webRoot: null, listening: () => ({ host: '127.0.0.1', port: 8080 }) }).app);
      const own = { host: '127.0.0.1:8080', origin: 'http://127.0.0.1:8080', 'sec-fetch-site': 'same-origin' };
      const created = await api.send<Project>('POST', '/projects', { json: { name: 'Guarded' }, headers: own });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      pid = created.body.id;
    });
    after(async () => {
      await store.close();
      await database.drop();
    });

    it("passes the workbench's own requests: same Origin and Sec-Fetch-Site same-origin, on each loopback name", async () => {
      for (const host of ['127.0.0.1:8080', 'localhost:8080', '[::1]:8080']) {
        const headers = { host, origin: `http://${host}`, 'sec-fetch-site': 'same-origin' };
        const up = await api.send('POST', `/projects/${pid}/documents`, { form: upload('rpm-europe.txt', europe), headers });
        assert.ok(up.status === 201 || up.status === 409, `${host}: ${up.status} ${JSON.stringify(up.body)}`);
      }
      const outcome = await api.send('POST', `/projects/${pid}/outcome`, { form: upload('congress-report.txt', congress), headers: { host: 'localhost:8080', origin: 'http://localhost:8080', 'sec-fetch-site': 'same-origin' } });
      assert.equal(outcome.status, 201, JSON.stringify(outcome.body));
      const remap = await api.send('POST', `/projects/${pid}/remap`, { json: { mode: 'all' }, headers: { host: 'localhost:8080', origin: 'http://localhost:8080' } });
      assert.equal(remap.status, 200, JSON.stringify(remap.body));
    });

    it('passes clients that are not browsers (no Origin, no Sec-Fetch-Site), as curl and the CLI send', async () => {
      const remap = await api.send('POST', `/projects/${pid}/remap`, { json: { mode: 'all' }, headers: { host: '127.0.0.1:8080' } });
      assert.equal(remap.status, 200, JSON.stringify(remap.body));
    });

    it("refuses with 403 another site's upload, outcome replacement and re-map", async () => {
      const attempts = [
        await api.send<ApiError>('POST', `/projects/${pid}/documents`, { form: upload('rpm-europe.txt', europe), headers: { host: '127.0.0.1:8080', ...evil } }),
        await api.send<ApiError>('POST', `/projects/${pid}/outcome`, { form: upload('congress-report.txt', congress), headers: { host: '127.0.0.1:8080', origin: 'http://evil.example' } }),
        await api.send<ApiError>('POST', `/projects/${pid}/remap`, { json: { mode: 'all' }, headers: { host: '127.0.0.1:8080', origin: 'http://evil.example' } }),
        await api.send<ApiError>('DELETE', `/projects/${pid}`, { headers: { host: '127.0.0.1:8080', origin: 'null' } }),
      ];
      for (const reply of attempts) {
        assert.equal(reply.status, 403);
        assert.equal(reply.body.error.code, 'foreign-origin');
        assert.match(reply.body.error.message, /only the workbench's own pages/);
      }
      assert.equal((await api.send('GET', `/projects/${pid}`, { headers: { host: '127.0.0.1:8080' } })).status, 200, 'the project is still there');
    });

    it('refuses with 403 a request marked Sec-Fetch-Site cross-site or same-site, even with our Origin', async () => {
      for (const site of ['cross-site', 'same-site']) {
        const reply = await api.send<ApiError>('POST', `/projects/${pid}/remap`, { json: { mode: 'all' }, headers: { host: '127.0.0.1:8080', origin: 'http://127.0.0.1:8080', 'sec-fetch-site': site } });
        assert.equal(reply.status, 403, site);
        assert.match(reply.body.error.message, new RegExp(`Sec-Fetch-Site: ${site}`));
      }
    });

    it('refuses with 403 a browser request that carries no Origin', async () => {
      const reply = await api.send<ApiError>('PUT', `/projects/${pid}/codebook`, { json: { name: 'crime-congress-14' }, headers: { host: '127.0.0.1:8080', 'sec-fetch-site': 'same-origin' } });
      assert.equal(reply.status, 403);
      assert.match(reply.body.error.message, /without an Origin/);
    });

    it('lets another site read nothing either: a GET with a foreign Host gets 421', async () => {
      for (const host of ['evil.example:8080', 'evil.example', '127.0.0.1:9999', '10.0.0.1:8080']) {
        const reply = await api.send<ApiError>('GET', `/projects/${pid}`, { headers: { host } });
        assert.equal(reply.status, 421, host);
        assert.equal(reply.body.error.code, 'wrong-host');
        assert.match(reply.body.error.message, /DNS rebinding/);
      }
    });
  });
}

describe('the Host names and bind addresses the workbench accepts', () => {
  it('accepts the --host and the loopback names with the port, nothing else', () => {
    const listening = { host: '127.0.0.1', port: 8080 };
    assert.ok(acceptsHost('localhost:8080', listening));
    assert.ok(acceptsHost('LOCALHOST:8080', listening));
    assert.ok(acceptsHost('[::1]:8080', listening));
    assert.ok(!acceptsHost('localhost:8081', listening));
    assert.ok(!acceptsHost('localhost.evil.example:8080', listening));
    assert.ok(!acceptsHost('', listening));
    assert.ok(acceptsHost('workbench.lan:8080', { host: 'workbench.lan', port: 8080 }));
    assert.ok(acceptsHost('[::1]:8080', { host: '::1', port: 8080 }));
  });

  it('binds loopback only, and says why a wider address is refused', () => {
    for (const host of ['127.0.0.1', 'localhost', '::1', '[::1]', '127.0.0.2']) assert.ok(isLoopback(host), host);
    for (const host of ['0.0.0.0', '::', '192.168.1.5', 'workbench.lan']) {
      assert.throws(() => checkBindHost(host), (error: Error) => /no sign-in/.test(error.message) && /loopback only/.test(error.message), host);
    }
  });
});
