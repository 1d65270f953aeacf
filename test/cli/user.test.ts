// `concord user`: the users of team mode from the command line, and `concord serve` beyond
// loopback once the store has one.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../src/store/open.ts';
import { createApp } from '../../src/server/app.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const concord = (args: readonly string[], input?: string) =>
  spawnSync(process.execPath, ['bin/concord.js', ...args], { cwd: repo, encoding: 'utf8', ...(input === undefined ? {} : { input }), env: { ...process.env, NO_COLOR: '1' } });
const lastLine = (text: string): string => text.trimEnd().split('\n').at(-1) ?? '';

async function signIn(db: string, name: string, password: string): Promise<number> {
  const store = await openStore(db);
  try {
    const { app } = createApp({ store, webRoot: null });
    const response = await app.request('/api/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name, password }) });
    return response.status;
  } finally {
    await store.close();
  }
}

describe('concord user', () => {
  let dir: string;
  let db: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'concord-user-'));
    db = join(dir, 'team.sqlite');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('adds a user and prints the initial password on the last line, which signs in', async () => {
    const run = concord(['user', 'add', 'Ana Analyst', '--role', 'admin', '--db', db]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^Added user "Ana Analyst" \(admin\) to .*team\.sqlite\.\n/);
    assert.match(run.stdout, /team mode/);
    const password = lastLine(run.stdout);
    assert.match(password, /^[\w-]{24}$/);
    assert.equal(await signIn(db, 'Ana Analyst', password), 200);
    assert.equal(await signIn(db, 'Ana Analyst', `${password}x`), 401);
  });

  it('takes a chosen password from standard input instead, and refuses a short one', async () => {
    const run = concord(['user', 'add', 'rui', '--role', 'reviewer', '--db', db, '--password-stdin'], 'correct horse battery\n');
    assert.equal(run.status, 0, run.stderr);
    assert.doesNotMatch(run.stdout, /password/i);
    assert.equal(await signIn(db, 'rui', 'correct horse battery'), 200);
    const short = concord(['user', 'add', 'vera', '--role', 'viewer', '--db', db, '--password-stdin'], 'short\n');
    assert.equal(short.status, 2);
    assert.equal(short.stderr.trim(), 'concord: the password read from standard input has 5 characters: expected at least 12');
  });

  it('lists the users with their roles, and when they last signed in', () => {
    const run = concord(['user', 'list', '--db', db]);
    assert.equal(run.status, 0, run.stderr);
    const lines = run.stdout.trimEnd().split('\n');
    assert.match(lines[0] ?? '', /^name\s+role\s+created\s+last sign-in$/);
    assert.match(lines[1] ?? '', /^Ana Analyst\s+admin\s+\d{4}-\d\d-\d\d \d\d:\d\d\s+\d{4}-\d\d-\d\d \d\d:\d\d$/);
    assert.match(lines[2] ?? '', /^rui\s+reviewer\s+/);
    assert.equal(lines.length, 3);
  });

  it('sets a new password, printed on the last line; the old one no longer signs in', async () => {
    const run = concord(['user', 'passwd', 'rui', '--db', db]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /sessions have ended/);
    assert.equal(await signIn(db, 'rui', 'correct horse battery'), 401);
    assert.equal(await signIn(db, 'rui', lastLine(run.stdout)), 200);
  });

  it('says in one line what is wrong with a name, a role, a taken or an unknown user (exit 2)', () => {
    const cases: [string[], RegExp][] = [
      [['user', 'add', 'rui', '--role', 'viewer', '--db', db], /^concord: a user named "rui" already exists/],
      [['user', 'add', 'eve', '--role', 'root', '--db', db], /^concord: --role root: expected one of viewer, reviewer, admin$/],
      [['user', 'add', ' eve', '--role', 'viewer', '--db', db], /^concord: user name " eve": expected 1 to 64 letters/],
      [['user', 'add', 'eve', '--db', db], /required option '--role <role>' not specified/],
      [['user', 'passwd', 'nobody', '--db', db], /^concord: user "nobody" not found$/],
      [['user', 'remove', 'nobody', '--db', db], /^concord: user "nobody" not found$/],
    ];
    for (const [args, message] of cases) {
      const run = concord(args);
      assert.equal(run.status, 2, args.join(' '));
      assert.match(run.stderr.trim(), message, args.join(' '));
      assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
    }
  });

  it('serves beyond loopback in team mode, saying where and that TLS belongs in a reverse proxy', async () => {
    const child = spawn(process.execPath, ['bin/concord.js', 'serve', '--host', '0.0.0.0', '--port', '0', '--db', db], { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      let out = '';
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no start-up line: ${out}`)), 60_000);
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const match = /Concord workbench: http:\/\/0\.0\.0\.0:(\d+)\//.exec(out);
          if (match !== null && /reverse proxy/.test(out)) {
            clearTimeout(timer);
            resolve(`http://127.0.0.1:${match[1]}`);
          }
        });
        child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
        child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
      });
      assert.match(out, /Team mode: listening on 0\.0\.0\.0:\d+; every request needs a session/);
      assert.match(out, /put TLS in a reverse proxy/);
      const reply = await fetch(`${url}/api/projects`);
      assert.equal(reply.status, 401);
    } finally {
      child.kill('SIGTERM');
      await new Promise((done) => (child.exitCode === null ? child.once('exit', done) : done(undefined)));
    }
  });

  it('removes users; with the last one gone the store is single-user and loopback only again', () => {
    assert.equal(concord(['user', 'remove', 'rui', '--db', db]).status, 0);
    const last = concord(['user', 'remove', 'Ana Analyst', '--db', db]);
    assert.equal(last.status, 0, last.stderr);
    assert.match(last.stdout, /No users are left: the workbench is single-user again/);
    assert.match(concord(['user', 'list', '--db', db]).stdout, /^No users/);
    const wide = concord(['serve', '--host', '0.0.0.0', '--port', '0', '--db', db]);
    assert.equal(wide.status, 2);
    assert.match(wide.stderr, /^concord: --host 0\.0\.0\.0: refused\. The workbench has no sign-in in this store \(it has no users\)/);
    assert.ok(existsSync(db));
  });
});
