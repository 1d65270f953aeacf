// What the browser tests need: the built workbench, a real `concord serve` on a free port
// with a throw-away database, and Debian's chromium driven by playwright-core.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { freePort } from '../support/ports.ts';
import { corpusPath } from '../support/shared.ts';

export { freePort };

export const repoRoot = resolve(fileURLToPath(new URL('../../', import.meta.url)));
export const CHROMIUM = '/usr/bin/chromium';
export const screenshotDir = join(repoRoot, 'artifacts', 'screenshots');

/** Why the browser tests cannot run here, or undefined when they can. */
export function skipReason(): string | undefined {
  if (!existsSync(CHROMIUM)) return `${CHROMIUM} is not installed (apt-get install chromium)`;
  return undefined;
}

/** Builds web/dist unless the prepare step already did. */
export function ensureBuilt(): void {
  if (existsSync(join(repoRoot, 'web', 'dist', 'index.html'))) return;
  const vite = join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], { cwd: repoRoot, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`vite build failed: ${result.stderr || result.stdout}`);
}


export interface RunningServer {
  readonly url: string;
  readonly dir: string;
  readonly stop: () => Promise<void>;
}

/** Runs the CLI to completion (e.g. `import`), failing with its output when it exits non-zero. */
export function runConcord(args: readonly string[]): string {
  const result = spawnSync(process.execPath, ['bin/concord.js', ...args], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (result.status !== 0) throw new Error(`concord ${args[0] ?? ''} exited with ${result.status}: ${result.stderr || result.stdout}`);
  return result.stdout;
}

/**
 * Starts `node bin/concord.js serve --db <tmp>.sqlite --port <free>` and waits for /api/health;
 * `prepare` may fill the database first (with `concord import`).
 */
export async function startServer(prepare?: (db: string) => void): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'concord-web-'));
  const db = join(dir, 'workbench.sqlite');
  prepare?.(db);
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['bin/concord.js', 'serve', '--db', db, '--port', String(port)], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((done) => {
        const timer = setTimeout(() => {
          child.kill('SIGKILL');
          done(undefined);
        }, 5000);
        child.once('exit', () => {
          clearTimeout(timer);
          done(undefined);
        });
      });
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`concord serve exited with ${child.exitCode}: ${output.slice(-2000)}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return { url, dir, stop };
    } catch {
      /* not listening yet */
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  await stop();
  throw new Error(`concord serve did not answer /api/health within 60 s: ${output.slice(-2000)}`);
}

export function launchBrowser(): Promise<Browser> {
  mkdirSync(screenshotDir, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export type TeamRole = 'viewer' | 'reviewer' | 'admin';

/**
 * A workbench in team mode on the European report (imported as `project`), with `users` added by
 * `concord user add`; `passwords` holds each one's initial password (the command's last line).
 */
export async function startTeamServer(project: string, users: readonly (readonly [string, TeamRole])[]): Promise<RunningServer & { readonly passwords: Readonly<Record<string, string>> }> {
  const folder = mkdtempSync(join(tmpdir(), 'concord-team-'));
  mkdirSync(join(folder, 'reports'));
  symlinkSync(corpusPath('rpm-europe.txt'), join(folder, 'reports', 'rpm-europe.txt'));
  const passwords: Record<string, string> = {};
  const server = await startServer((db) => {
    runConcord(['import', join(folder, 'reports'), '--db', db, '--project', project]);
    for (const [name, role] of users) passwords[name] = runConcord(['user', 'add', name, '--role', role, '--db', db]).trimEnd().split('\n').at(-1) ?? '';
  });
  return {
    ...server,
    passwords,
    stop: async () => {
      await server.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
