// What the backup tests share: a real store imported from the ../shared corpus, `concord` run
// without blocking (a server and its clients keep going meanwhile), a running `concord serve` with
// clients writing decisions into it, and the exports of a store to compare byte for byte.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../src/store/open.ts';
import { findProjectByName } from '../../src/store/projects.ts';
import { importFolder } from '../../src/server/services/import-folder.ts';
import { exportFiles, REVIEW_LOG_NAME } from '../../src/server/services/export.ts';
import { ProjectCache } from '../../src/server/project/state.ts';
import { corpusPath, sharedPath } from '../support/shared.ts';
import { freePort } from '../support/ports.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
export const PROJECT = 'Kyoto 2021';

export interface Ran {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `concord …` to its end, without blocking this process's event loop. */
export function concord(args: readonly string[], env: NodeJS.ProcessEnv = {}): { child: ChildProcess; done: Promise<Ran> } {
  const child = spawn(process.execPath, ['bin/concord.js', ...args], { cwd: repo, env: { ...process.env, NO_COLOR: '1', ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (c: Buffer) => { stdout += c.toString('utf8'); });
  child.stderr?.on('data', (c: Buffer) => { stderr += c.toString('utf8'); });
  const done = new Promise<Ran>((ok) => child.once('close', (status) => ok({ status, stdout, stderr })));
  return { child, done };
}

/** A user's mistake is one line on stderr, "concord: …", and no stack trace. */
export function assertOneLine(ran: Ran, status: number, pattern: RegExp): void {
  assert.equal(ran.status, status, `exit ${ran.status}: ${ran.stderr}`);
  assert.match(ran.stderr, pattern);
  assert.equal(ran.stderr.trimEnd().split('\n').length, 1, ran.stderr);
  assert.doesNotMatch(ran.stderr, /\n\s+at /);
}

/** The project of the README's workbench job: the corpus imported, mapped and traced into the Kyoto Declaration. */
export async function importCorpus(db: string): Promise<void> {
  const store = await openStore(db);
  try {
    await importFolder(store, sharedPath('corpus', 'crime-congress-14'), { project: PROJECT, outcome: corpusPath('congress-report.txt'), outcomeSymbol: 'A/CONF.234/16' });
  } finally {
    await store.close();
  }
}

/**
 * The exports a restored store must give again: the CSV annex, mapping.json (its generatedAt aside: the
 * moment of the export) and the review log, as text.
 */
export async function exportsOf(db: string): Promise<Map<string, string>> {
  const store = await openStore(db);
  try {
    const row = await findProjectByName(store, PROJECT);
    assert.ok(row !== undefined, `${db} has the project`);
    const files = await exportFiles(await new ProjectCache(store).get(row.id), ['csv', 'json', 'review-log']);
    const text = new Map(files.map((f) => [f.name, Buffer.from(f.bytes).toString('utf8')]));
    assert.ok(text.has(REVIEW_LOG_NAME));
    return new Map([...text].map(([name, t]) => [name, name.endsWith('.json') ? t.replace(/^ {2}"generatedAt": "[^"]*",\n/m, '') : t]));
  } finally {
    await store.close();
  }
}

export interface Serving {
  readonly port: number;
  readonly child: ChildProcess;
  stop(): Promise<void>;
}

export async function serve(db: string): Promise<Serving> {
  const port = await freePort();
  const child = spawn(process.execPath, ['bin/concord.js', 'serve', '--db', db, '--port', String(port)], { cwd: repo, stdio: 'ignore' });
  for (let i = 0; i < 600; i++) {
    if (await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false)) {
      const stop = async (): Promise<void> => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        const exited = new Promise((ok) => child.once('exit', ok));
        child.kill('SIGTERM');
        await exited;
      };
      return { port, child, stop };
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error('concord serve did not start within 120 s');
}

/** The recommendations of the project as the server lists them, with the topics the machine proposes. */
export async function recommendations(port: number): Promise<{ id: string; topics: string[] }[]> {
  const reply = await fetch(`http://127.0.0.1:${port}/api/projects/1/recommendations`);
  const body = (await reply.json()) as { recommendations: { id: string; topics: { id: string }[] }[] };
  return body.recommendations.map((r) => ({ id: r.id, topics: r.topics.map((t) => t.id) }));
}

export interface Writers {
  /** Decisions the server acknowledged (201), in the order of their answers. */
  readonly acknowledged: string[];
  /** Stops the clients and waits for their last answers. */
  stop(): Promise<void>;
}

/**
 * `clients` reviewers deciding as fast as the server answers until stopped: accepting each proposed
 * topic with a note, then rejecting it, then accepting it again… Every answer must be 201 (or 409 when
 * another got there first), never an error.
 */
export function writeDecisions(port: number, work: readonly { id: string; topic: string }[], clients = 4): Writers {
  const acknowledged: string[] = [];
  let next = 0;
  let stopped = false;
  const loop = async (): Promise<void> => {
    while (!stopped) {
      const n = next++;
      const item = work[n % work.length];
      if (item === undefined) return;
      const action = Math.floor(n / work.length) % 2 === 0 ? 'accept-topic' : 'reject-topic';
      const reply = await fetch(`http://127.0.0.1:${port}/api/projects/1/recommendations/${encodeURIComponent(item.id)}/decisions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ action, topic: item.topic, reviewer: 'Ana', note: `backup test: ${item.id} ${item.topic}` }),
      });
      const text = await reply.text();
      if (reply.status === 201) acknowledged.push(`${item.id} ${item.topic} ${action}`);
      else assert.equal(reply.status, 409, `${action} on ${item.id} ${item.topic}: ${reply.status} ${text}`);
    }
  };
  const running = Promise.all(Array.from({ length: clients }, loop));
  return {
    acknowledged,
    async stop() {
      stopped = true;
      await running;
    },
  };
}
