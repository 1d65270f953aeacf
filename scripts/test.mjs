// Runs every *.test.ts under src/ and test/ with node's test runner (through tsx),
// prints the spec report, and ends with a plain "N passed, N failed" line for CI.
// Usage: node scripts/test.mjs [filter-substring…]
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const roots = ['src', 'test'];
const filters = process.argv.slice(2);
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.test.ts') && (filters.length === 0 || filters.some((f) => path.includes(f)))) files.push(path);
  }
};
for (const root of roots) {
  try { walk(root); } catch { /* a root may not exist */ }
}
files.sort();
if (files.length === 0) {
  console.log('no test files found');
  console.log('0 passed, 1 failed');
  process.exit(1);
}
// The spec report goes to the terminal as it comes; its closing summary ("ℹ pass N",
// "ℹ fail N") is read from the same stream, so nothing depends on a report file being flushed.
const child = spawn(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-force-exit', '--test-timeout=600000',
   '--test-reporter=spec', ...files],
  // Commands the tests spawn through bin/concord.js run the sources too, not a possibly stale dist/.
  { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, CONCORD_RUN_SOURCES: '1' } },
);
let tail = '';
child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  tail = (tail + chunk.toString('utf8')).slice(-262144);
});
const status = await new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
const count = (label) => Number(new RegExp(`^\\S*\\s*${label} (\\d+)\\s*$`, 'm').exec(tail)?.[1] ?? NaN);
const passed = count('pass');
let failed = count('fail') + (count('cancelled') || 0);
if (Number.isNaN(passed) || Number.isNaN(failed)) {
  console.log('test runner ended without its summary');
  console.log('0 passed, 1 failed');
  process.exit(1);
}
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
