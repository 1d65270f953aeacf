import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/open.ts';
import { createApp } from '../../src/server/app.ts';
import type { ApiError, CodebookView, Project } from '../../src/server/api-types.ts';
import { client } from './client.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const shippedFile = join(repo, 'codebooks', 'crime-congress-14.yaml');

describe('codebooks are chosen by name, never by path', () => {
  let dir: string;
  let store: Store;
  let api: ReturnType<typeof client>;
  let pid = 0;
  let fifo = '';
  let copy = '';

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'concord-codebook-names-'));
    store = await openStore(join(dir, 'store.sqlite'));
    api = client(createApp({ store, webRoot: null }).app);
    // A readable, valid codebook: were the name read as a path, this one would be accepted.
    copy = join(dir, 'crime-congress-14.yaml');
    copyFileSync(shippedFile, copy);
    fifo = join(dir, 'pipe');
    assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
    pid = (await api.post<Project>('/projects', { name: 'Names' })).body.id;
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const paths = (): string[] => ['/etc/passwd', '../codebooks/crime-congress-14', 'codebooks/crime-congress-14.yaml', 'crime-congress-14.yaml', 'a\\b', 'crime\0congress', '..', copy, fifo, resolve(repo, 'package.json')];

  it('refuses a path as the codebook of a new project with 400, and creates no project', { timeout: 20_000 }, async () => {
    for (const name of paths()) {
      const reply = await api.post<ApiError>('/projects', { name: `With ${name}`, codebook: name });
      assert.equal(reply.status, 400, `${JSON.stringify(name)}: ${JSON.stringify(reply.body)}`);
      assert.equal(reply.body.error.code, 'codebook');
      assert.match(reply.body.error.message, /by name, not by path; expected one of the shipped codebooks \(crime-congress-14, uhri\)/);
    }
    const list = await api.get<{ projects: Project[] }>('/projects');
    assert.deepEqual(list.body.projects.map((p) => p.name), ['Names']);
  });

  it('refuses a path on a codebook rename and keeps the codebook the project had', { timeout: 20_000 }, async () => {
    for (const name of paths()) {
      const reply = await api.put<ApiError>(`/projects/${pid}/codebook`, { name });
      assert.equal(reply.status, 400, JSON.stringify(name));
    }
    const view = await api.get<CodebookView>(`/projects/${pid}/codebook`);
    assert.deepEqual(view.body.source, { kind: 'shipped', name: 'crime-congress-14' });
  });

  it('answers alike for an existing file and an absent one: no probe of the file system', async () => {
    const existing = await api.post<ApiError>('/projects', { name: 'Probe 1', codebook: '/etc/hostname' });
    const absent = await api.post<ApiError>('/projects', { name: 'Probe 2', codebook: '/etc/no-such-file' });
    assert.equal(existing.status, absent.status);
    assert.equal(existing.body.error.message.replace('/etc/hostname', 'X'), absent.body.error.message.replace('/etc/no-such-file', 'X'));
  });

  it('refuses a bare unknown name, even one that is a file in the server\'s folder', async () => {
    for (const name of ['package.json', 'README.md', 'codebooks', 'no-such-codebook']) {
      const reply = await api.post<ApiError>('/projects', { name: `Bare ${name}`, codebook: name });
      assert.equal(reply.status, 400, name);
      assert.match(reply.body.error.message, /expected one of the shipped codebooks/);
    }
  });

  it('lets an uploaded codebook extend only a shipped one, and keeps it under its own name', async () => {
    const bad = await api.put<ApiError>(`/projects/${pid}/codebook`, { yaml: 'extends: package\nid: x\n' });
    assert.equal(bad.status, 400);
    assert.match(bad.body.error.message, /"extends" must name a shipped codebook \(crime-congress-14, uhri\)/);
    const yaml = ['extends: crime-congress-14', 'id: kyoto-local', 'sections:', '  - id: D', '    topics:', '      - id: D11', '        label: Prison health', '        phrases: [health care in prison]'].join('\n');
    const uploaded = await api.put<CodebookView>(`/projects/${pid}/codebook`, { yaml });
    assert.equal(uploaded.status, 200, JSON.stringify(uploaded.body));
    assert.deepEqual(uploaded.body.source, { kind: 'yaml', name: 'kyoto-local' });
    const again = await api.put<CodebookView>(`/projects/${pid}/codebook`, { name: 'kyoto-local' });
    assert.equal(again.status, 200, JSON.stringify(again.body));
    assert.deepEqual(again.body.source, { kind: 'yaml', name: 'kyoto-local' });
    assert.ok(again.body.codebook.sections.some((s) => s.topics.some((t) => t.id === 'D11')));
    const shipped = await api.put<CodebookView>(`/projects/${pid}/codebook`, { name: 'crime-congress-14' });
    assert.deepEqual(shipped.body.source, { kind: 'shipped', name: 'crime-congress-14' });
  });
});
