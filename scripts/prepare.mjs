// npm `prepare` (run by `npm ci`): compiles the command line and server to dist/, then builds the
// workbench front end (web/dist) when its sources are present.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const run = (args) => spawnSync(process.execPath, args, { stdio: 'inherit' }).status ?? 1;

const built = run(['scripts/build.mjs']);
if (built !== 0) process.exit(built);
if (existsSync('web/vite.config.ts')) {
  process.exit(run(['node_modules/vite/bin/vite.js', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn']));
}
