#!/usr/bin/env node
// Runs the compiled CLI (dist/, built by `npm ci` through the `prepare` script, or by `npm run build`):
// nothing is compiled at run time. The test runner sets CONCORD_RUN_SOURCES=1 so that the commands
// its tests spawn run src/ (through tsx), as the tests themselves do, and never a stale dist/.
import { existsSync } from 'node:fs';

if (process.env.CONCORD_RUN_SOURCES === '1') {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
} else {
  const main = new URL('../dist/cli/main.js', import.meta.url);
  if (!existsSync(main)) {
    console.error('concord: the command line is not built yet (dist/cli/main.js is missing); run `npm run build` in the Concord folder, then try again');
    process.exit(1);
  }
  await import(main.href);
}
