// npm run fuzz -- --seconds N [--seed S] [--time-limit SECONDS] [--max-factor F] [--log FILE]
// Fuzzes the readers for N seconds and prints: inputs tried / documents / expected errors /
// failures / hangs / peak memory, and the inputs during which the RSS was highest; --log
// writes every input's time, CPU time and peak RSS to FILE. Exits 1 on any failure, hang,
// or RSS over 1 GB.
import { appendFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { describeInput, fuzz, summary } from './harness.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    seed: { type: 'string', default: '1' },
    'time-limit': { type: 'string', default: '15' },
    'max-factor': { type: 'string', default: '4' },
    log: { type: 'string' },
  },
});
const seconds = Number(values.seconds);
const seed = Number(values.seed);
const timeLimit = Number(values['time-limit']);
const maxFactor = Number(values['max-factor']);
if (![seconds, seed, timeLimit, maxFactor].every(Number.isFinite) || seconds <= 0) {
  console.error('usage: npm run fuzz -- --seconds N [--seed S] [--time-limit SECONDS] [--max-factor F] [--log FILE]');
  process.exit(2);
}
const logFile = values.log;
if (logFile !== undefined) writeFileSync(logFile, '');
const report = await fuzz({
  seconds, seed, timeLimitMs: timeLimit * 1000, maxFactor, log: (line) => console.log(line),
  ...(logFile === undefined ? {} : { onInput: (figures) => appendFileSync(logFile, `${describeInput(figures)}\n`) }),
});
for (const finding of [...report.failures, ...report.hangs]) console.log(`  ${finding.how}\n    ${finding.detail.split('\n').slice(0, 3).join('\n    ')}`);
console.log(`highest RSS during:\n${report.heaviest.map((f) => `  ${describeInput(f)}`).join('\n')}`);
console.log(`fuzz (seed ${seed}, ${seconds} s): ${summary(report)}; slowest ${(report.slowestMs / 1000).toFixed(1)} s (${report.slowest})`);
process.exit(report.failures.length > 0 || report.hangs.length > 0 || report.peakRssMb > 1024 ? 1 : 0);
