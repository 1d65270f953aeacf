#!/usr/bin/env node
// Runs the compiled CLI (dist/, built by `npm ci` through the `prepare` script, or by `npm run build`):
// nothing is compiled at run time. The test runner sets CONCORD_RUN_SOURCES=1 so that the commands
// its tests spawn run src/ (through tsx), as the tests themselves do, and never a stale dist/.
import { existsSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

// A command is over in a second or two. On V8's default budget its optimising compiler (TurboFan) spends more,
// compiling the code that gets warm in the main thread and in each render worker, than the optimised code then
// saves: `concord build` of the bundled corpus takes a fifth more CPU. A larger interrupt budget lets V8 optimise
// only the code that stays hot (a run of a thousand reports is no slower). Set before any of Concord is loaded;
// process-wide, so the render workers have it too.
setFlagsFromString('--interrupt-budget=1000000');

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
