// Parse throughput (MB/s of input) per format, on the corpus and on a larger
// synthetic input made by repeating the European report's body.
import { readFileSync, readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { readDocumentFromBytes } from '../src/readers/index.ts';
import { sharedPath } from './support/shared.ts';

interface Row {
  readonly input: string;
  readonly format: string;
  readonly bytes: number;
  readonly runs: number;
  /** Wall-clock throughput; on a shared machine the CPU figure is the steadier one. */
  readonly mbPerSecond: number | undefined;
  readonly cpuMbPerSecond: number | undefined;
  readonly note: string;
}

const corpusDir = sharedPath('corpus', 'crime-congress-14');

async function measure(input: string, format: string, name: string, bytes: Uint8Array, minMs = 400, maxRuns = 20): Promise<Row> {
  try {
    const doc = await readDocumentFromBytes(name, bytes); // warm-up, not timed
    let elapsed = 0;
    let cpu = 0;
    let runs = 0;
    while (runs === 0 || (elapsed < minMs && runs < maxRuns)) {
      const startCpu = process.cpuUsage();
      const start = performance.now();
      await readDocumentFromBytes(name, bytes);
      elapsed += performance.now() - start;
      const used = process.cpuUsage(startCpu);
      cpu += (used.user + used.system) / 1000;
      runs++;
    }
    const mb = (bytes.length * runs) / (1024 * 1024);
    return { input, format, bytes: bytes.length, runs, mbPerSecond: mb / (elapsed / 1000), cpuMbPerSecond: mb / (cpu / 1000), note: `${doc.recommendations.length} recs, ${doc.paragraphs.length} paras` };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { input, format, bytes: bytes.length, runs: 0, mbPerSecond: undefined, cpuMbPerSecond: undefined, note: /not implemented/i.test(message) ? 'n/a (reader not implemented)' : `error: ${message.slice(0, 60)}` };
  }
}

function syntheticEurope(times: number): Uint8Array {
  const text = readFileSync(`${corpusDir}/rpm-europe.txt`, 'utf8');
  const bodyStart = text.indexOf('\nI. Introduction\n\n1.');
  const head = text.slice(0, bodyStart);
  const body = text.slice(bodyStart);
  return new TextEncoder().encode(head + body.repeat(times));
}

export async function run(): Promise<void> {
  const rows: Row[] = [];
  const txtFiles = readdirSync(corpusDir).filter((name) => name.endsWith('.txt')).sort();
  for (const name of txtFiles) {
    rows.push(await measure(name, 'txt', name, new Uint8Array(readFileSync(`${corpusDir}/${name}`))));
  }
  const measured = rows.filter((row) => row.mbPerSecond !== undefined && row.cpuMbPerSecond !== undefined);
  const total = measured.reduce((sum, row) => sum + row.bytes, 0) / (1024 * 1024);
  const seconds = (pick: (row: Row) => number | undefined) => measured.reduce((sum, row) => sum + row.bytes / (1024 * 1024) / (pick(row) ?? 1), 0);
  rows.push({ input: 'txt corpus (all files)', format: 'txt', bytes: total * 1024 * 1024, runs: 0, mbPerSecond: total / seconds((r) => r.mbPerSecond), cpuMbPerSecond: total / seconds((r) => r.cpuMbPerSecond), note: 'weighted by size' });
  rows.push(await measure('rpm-europe body x20 (one file)', 'txt', 'synthetic-europe-x20.txt', syntheticEurope(20), 400, 5));
  for (const format of ['docx', 'pdf'] as const) {
    const path = sharedPath('formats', `rpm-europe.${format}`);
    rows.push(await measure(`rpm-europe.${format}`, format, path, new Uint8Array(readFileSync(path)), 400, 5));
  }
  console.log('| input | format | size (KB) | runs | MB/s wall | MB/s CPU | note |');
  console.log('|---|---|---:|---:|---:|---:|---|');
  for (const row of rows) {
    console.log(`| ${row.input} | ${row.format} | ${(row.bytes / 1024).toFixed(0)} | ${row.runs || ''} | ${row.mbPerSecond === undefined ? 'n/a' : row.mbPerSecond.toFixed(2)} | ${row.cpuMbPerSecond === undefined ? 'n/a' : row.cpuMbPerSecond.toFixed(2)} | ${row.note} |`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
