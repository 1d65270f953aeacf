// --public-url: the address users open through a reverse proxy, checked before anything starts.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { acceptsHost } from '../../src/server/guards/host-check.ts';
import { publicOrigin } from '../../src/server/start.ts';

describe('the public address behind a reverse proxy', () => {
  it('is reduced to its origin', () => {
    assert.equal(publicOrigin('https://Concord.Example.org/'), 'https://concord.example.org');
    assert.equal(publicOrigin('https://concord.example.org:8443'), 'https://concord.example.org:8443');
  });

  it('refuses a path, a query, credentials or another scheme, saying what would work', () => {
    for (const wrong of ['https://concord.example.org/app', 'https://concord.example.org/?a=1', 'https://me:pw@concord.example.org', 'ftp://concord.example.org', 'concord.example.org']) {
      assert.throws(() => publicOrigin(wrong), (error: Error) => /--public-url .*e\.g\. --public-url https:\/\/concord\.example\.org/.test(error.message), wrong);
    }
  });

  it("lets its host through the Host check with its own port, besides the listening address's", () => {
    const listening = { host: '127.0.0.1', port: 8080, publicOrigin: 'https://concord.example.org' };
    assert.ok(acceptsHost('concord.example.org', listening));
    assert.ok(acceptsHost('concord.example.org:443', listening));
    assert.ok(!acceptsHost('concord.example.org:8080', listening));
    assert.ok(acceptsHost('127.0.0.1:8080', listening));
    assert.ok(!acceptsHost('evil.example', listening));
  });
});
