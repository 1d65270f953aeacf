// The durability check, for one store: a real `concord serve` takes decisions from eight
// clients and is killed with SIGKILL mid-stream, again and again; after every restart each
// acknowledged (201) decision is in the history, whole. CONCORD_DURABILITY_TRIALS sets the
// number of kills per store (20 by default, to keep CI short). One test file per store
// (durability-*.test.ts), so that each has the test runner's whole time budget.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { readDocument } from '../../src/readers/index.ts';
import { openStore } from '../../src/store/open.ts';
import { createProject, putDocument } from '../../src/store/index.ts';
import { loadCodebook } from '../../src/mapping/load-codebook.ts';
import type { History } from '../../src/server/api-types.ts';
import { corpusPath } from '../support/shared.ts';
import { backends } from '../store/backends.ts';
import type { TestDatabase } from '../store/backends.ts';
import { freePort } from '../support/ports.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const TRIALS = Math.max(1, Number(process.env['CONCORD_DURABILITY_TRIALS'] ?? 20) || 20);
const CLIENTS = 8;

async function startServe(db: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['bin/concord.js', 'serve', '--db', db, '--port', String(port)], { cwd: repo, stdio: 'ignore' });
  for (let i = 0; i < 600; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false);
    if (ok) return child;
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error('concord serve did not start within 120 s');
}

const exited = (child: ChildProcess): Promise<unknown> =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', resolve));

export function durabilitySuite(name: 'sqlite' | 'postgres'): void {
  const backend = backends.find((b) => b.name === name);
  if (backend === undefined) throw new Error(`no test backend ${name}`);
  describe(`decisions survive a killed server on ${backend.name}`, { skip: backend.skip, timeout: 900_000 }, () => {
    let database: TestDatabase;
    let work: { id: string; topic: string }[] = [];
    let child: ChildProcess | undefined;

    before(async () => {
      database = await backend.create();
      const store = await openStore(database.location);
      const project = await createProject(store, 'durable', { kind: 'shipped', name: 'crime-congress-14' });
      assert.equal(project.id, 1);
      const model = await readDocument(corpusPath('rpm-europe.txt'));
      await putDocument(store, project.id, { role: 'report', name: 'rpm-europe.txt', format: 'txt', symbol: model.symbol, region: model.region ?? null, bytes: null, size: 0, modelJson: JSON.stringify(model) });
      await store.close();
      const topics = (await loadCodebook('crime-congress-14')).sections.flatMap((s) => s.topics.map((t) => t.id));
      // Topic-major, so that consecutive decisions fall on different recommendations.
      work = topics.flatMap((topic) => model.recommendations.map((r) => ({ id: r.id, topic })));
    });
    after(async () => {
      child?.kill('SIGKILL');
      if (child !== undefined) await exited(child);
      await database.drop();
    });

    it(`keeps every acknowledged decision, and nothing half-written, through ${TRIALS} kills (SIGKILL mid-stream) and restarts`, async () => {
      const port = await freePort();
      const acknowledged = new Set<string>();
      let next = 0;
      let inFlightAtKills = 0;
      child = await startServe(database.location, port);
      for (let trial = 1; trial <= TRIALS; trial++) {
        // Killed after a different number of answers each time: 5 to 34.
        const killAfter = 5 + ((trial * 7) % 30);
        let answered = 0;
        let killed = false;
        const running = child;
        const clientLoop = async (): Promise<void> => {
          while (!killed && next < work.length) {
            const item = work[next++];
            if (item === undefined) return;
            const send = (): Promise<Response> =>
              fetch(`http://127.0.0.1:${port}/api/projects/1/recommendations/${encodeURIComponent(item.id)}/decisions`, {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify({ action: 'add-topic', topic: item.topic, reviewer: 'durability', note: `note for ${item.id} ${item.topic}` }),
              });
            let response: Response;
            try {
              // A kept-alive socket the server closed at the same moment fails once; a retry is safe
              // because a decision that was not acknowledged may or may not be stored.
              response = await send().catch(async (error: unknown) => {
                if (killed) throw error;
                return send();
              });
            } catch (error) {
              if (killed) return;
              throw new Error(`request failed before the kill: ${String(error)}`);
            }
            if (response.status === 201) acknowledged.add(`${item.id} ${item.topic}`);
            else if (!killed && response.status !== 409) assert.fail(`unexpected status ${response.status}: ${await response.text()}`);
            answered += 1;
            if (answered >= killAfter && !killed) {
              killed = true;
              running.kill('SIGKILL');
            }
          }
        };
        await Promise.all(Array.from({ length: CLIENTS }, clientLoop));
        assert.ok(killed, `trial ${trial}: the server was killed while decisions were being sent`);
        await exited(running);
        inFlightAtKills += CLIENTS;

        if (backend.name === 'sqlite') {
          const raw = new Database(database.location);
          assert.equal(raw.pragma('integrity_check', { simple: true }), 'ok');
          raw.close();
        }
        child = await startServe(database.location, port);
        const history = (await (await fetch(`http://127.0.0.1:${port}/api/projects/1/history?limit=10000`)).json()) as History;
        const stored = new Set(history.events.map((e) => `${e.recommendationId} ${e.topic}`));
        for (const key of acknowledged) assert.ok(stored.has(key), `trial ${trial}: acknowledged decision ${key} is stored`);
        for (const event of history.events) {
          assert.equal(event.action, 'add-topic');
          assert.equal(event.reviewer, 'durability');
          assert.equal(event.note, `note for ${event.recommendationId} ${event.topic}`);
        }
        assert.ok(history.total >= acknowledged.size && history.total <= acknowledged.size + inFlightAtKills, `trial ${trial}: ${history.total} stored, ${acknowledged.size} acknowledged`);
      }
      console.log(`durability on ${backend.name}: ${TRIALS} trials (kill -9 mid-stream, restart), ${acknowledged.size} acknowledged decisions, every one present after each restart`);
    });
  });
}
