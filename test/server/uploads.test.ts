import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { openStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/open.ts';
import { createApp } from '../../src/server/app.ts';
import type { ApiError, Project, UploadResult } from '../../src/server/api-types.ts';
import { client } from './client.ts';

const REPORT = `United Nations A/CONF.999/RPM.9/1\n\nReport of the Test Regional Preparatory Meeting\n\nI. Conclusions and recommendations\n\n1. The meeting recommended the following:\n\n(a) Strengthen international cooperation against cybercrime;\n`;

async function docx(documentXml: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>');
  zip.file('word/document.xml', documentXml);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

describe('uploads to the workbench', () => {
  let dir: string;
  let store: Store;
  let api: ReturnType<typeof client>;
  let pid = 0;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'concord-uploads-'));
    store = await openStore(join(dir, 'store.sqlite'));
    api = client(createApp({ store, webRoot: null }).app);
    pid = (await api.post<Project>('/projects', { name: 'uploads' })).body.id;
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a .docx that is not a zip with a JSON 422', async () => {
    const reply = await api.upload<ApiError>(`/projects/${pid}/documents`, 'report.docx', new TextEncoder().encode(REPORT));
    assert.equal(reply.status, 422);
    assert.match(reply.body.error.message, /zip/);
  });

  it('refuses a file type it cannot read with 415', async () => {
    const reply = await api.upload<ApiError>(`/projects/${pid}/documents`, 'report.exe', new Uint8Array([0x4d, 0x5a, 0, 0]));
    assert.equal(reply.status, 415);
    assert.equal(reply.body.error.code, 'unsupported-type');
  });

  it('answers 413 to a body over the size limit, before reading it', async () => {
    const reply = await api.upload<ApiError>(`/projects/${pid}/documents`, 'big.txt', new Uint8Array(21 * 1024 * 1024).fill(0x61));
    assert.equal(reply.status, 413);
    assert.equal(reply.body.error.code, 'too-large');
    const json = await api.send<ApiError>('POST', '/projects', { raw: JSON.stringify({ name: 'x'.repeat(5 * 1024 * 1024) }), headers: { 'content-type': 'application/json' } });
    assert.equal(json.status, 413);
  });

  it('uses a client file name as a label only, never as a path', async () => {
    const name = '../../../../tmp/concord-evil-upload.txt';
    const reply = await api.upload<UploadResult | ApiError>(`/projects/${pid}/documents`, name, new TextEncoder().encode(REPORT));
    assert.ok(reply.status === 201 || reply.status === 422, `status ${reply.status}`);
    if (reply.status === 201) assert.equal((reply.body as UploadResult).document.name, 'concord-evil-upload.txt');
    assert.equal(existsSync('/tmp/concord-evil-upload.txt'), false);
  });

  it('abandons a zip bomb without exhausting memory', async () => {
    const bomb = await docx(`<?xml version="1.0"?><w:document xmlns:w="x"><w:body>${' '.repeat(60 * 1024 * 1024)}</w:body></w:document>`);
    assert.ok(bomb.byteLength < 1024 * 1024);
    const reply = await api.upload<ApiError>(`/projects/${pid}/documents`, 'bomb.docx', bomb);
    assert.equal(reply.status, 422);
    assert.equal((await api.get('/health')).status, 200);
  });

  it('does not expand XML entities or read local files named in a DOCTYPE', async () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd"><!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY e "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&x;&e;&e;&e;</w:t></w:r></w:p></w:body></w:document>`;
    const reply = await api.upload<UploadResult | ApiError>(`/projects/${pid}/documents`, 'entities.docx', await docx(xml));
    assert.notEqual(reply.status, 500);
    assert.doesNotMatch(JSON.stringify(reply.body), /root:x:0/);
  });

  it('lists the shipped codebooks and refuses a codebook it cannot use', async () => {
    const list = await api.get<{ codebooks: { name: string; title: string }[] }>('/codebooks');
    assert.ok(list.body.codebooks.some((c) => c.name === 'crime-congress-14' && c.title !== ''));
    const unknown = await api.put<ApiError>(`/projects/${pid}/codebook`, { name: 'no-such-codebook' });
    assert.equal(unknown.status, 400);
    assert.match(unknown.body.error.message, /crime-congress-14/);
    const local = await api.put<ApiError>(`/projects/${pid}/codebook`, { yaml: 'extends: /etc/passwd\nid: x\n' });
    assert.equal(local.status, 400);
    assert.match(local.body.error.message, /shipped codebook/);
  });

  it('answers 400 with the field at fault for an invalid body', async () => {
    const reply = await api.post<ApiError>('/projects', { name: '' });
    assert.equal(reply.status, 400);
    assert.equal(reply.body.error.code, 'validation');
    assert.equal((reply.body.error.details as { path: string }[])[0]?.path, 'name');
    const unknown = await api.get<ApiError>('/nothing-here');
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.error.code, 'not-found');
  });
});
