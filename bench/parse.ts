// Parse throughput (MB/s of input) per format, on the corpus and on a larger
// synthetic input made by repeating the European report's body.
import { readFileSync, readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { readDocumentFromBytes } from '../src/readers/index.ts';
import { sharedPath } from '../test/support/shared.ts';

interface Row { readonly input: string; readonly format: string; readonly bytes: number; readonly runs: number; readonly mbPerSecond: number | undefined; readonly note: string }

const corpusDir = sharedPath('corpus', 'crime-congress-14');

async function measure(input: string, format: string, name: string, bytes: Uint8Array, minMs = 400, maxRuns = 20): Promise<Row> {
  try {
    const first = performance.now();
    const doc = await readDocumentFromBytes(name, bytes);
    let elapsed = performance.now() - first;
    let runs = 1;
    while (elapsed < minMs && runs < maxRuns) {
      const start = performance.now();
      await readDocumentFromBytes(name, bytes);
      elapsed += performance.now() - start;
      runs++;
    }
    const mbPerSecond = (bytes.length * runs) / (1024 * 1024) / (elapsed / 1000);
    return { input, format, bytes: bytes.length, runs, mbPerSecond, note: `${doc.recommendations.length} recs, ${doc.paragraphs.length} paras` };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { input, format, bytes: bytes.length, runs: 0, mbPerSecond: undefined, note: /not implemented/i.test(message) ? 'n/a (reader not implemented)' : `error: ${message.slice(0, 60)}` };
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
  let corpusBytes = 0;
  let corpusMs = 0;
  for (const name of txtFiles) {
    const bytes = new Uint8Array(readFileSync(`${corpusDir}/${name}`));
    const row = await measure(name, 'txt', name, bytes);
    rows.push(row);
    if (row.mbPerSecond !== undefined) {
      corpusBytes += bytes.length;
      corpusMs += (bytes.length / (1024 * 1024) / row.mbPerSecond) * 1000;
    }
  }
  rows.push({ input: 'txt corpus (all files)', format: 'txt', bytes: corpusBytes, runs: 0, mbPerSecond: corpusBytes / (1024 * 1024) / (corpusMs / 1000), note: 'weighted by size' });
  rows.push(await measure('rpm-europe body x20 (one file)', 'txt', 'synthetic-europe-x20.txt', syntheticEurope(20), 400, 5));
  for (const format of ['docx', 'pdf'] as const) {
    const path = sharedPath('formats', `rpm-europe.${format}`);
    rows.push(await measure(`rpm-europe.${format}`, format, path, new Uint8Array(readFileSync(path)), 400, 5));
  }
  console.log('| input | format | size (KB) | runs | MB/s | note |');
  console.log('|---|---|---:|---:|---:|---|');
  for (const row of rows) {
    console.log(`| ${row.input} | ${row.format} | ${(row.bytes / 1024).toFixed(0)} | ${row.runs || ''} | ${row.mbPerSecond === undefined ? 'n/a' : row.mbPerSecond.toFixed(2)} | ${row.note} |`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
